import { css } from 'lit';

export const crisisStyles = css`
  .crisis {
    background: var(--_crisis-surface);
    border: 2px solid var(--_crisis);
    border-inline-start-width: 6px;
    border-radius: var(--_radius);
    padding: calc(var(--_space) * 0.75) var(--_space);
  }
  .crisis.inline {
    padding: calc(var(--_space) * 0.5) calc(var(--_space) * 0.75);
    font-size: 0.9375em;
  }
  .crisis > :last-child {
    margin-bottom: 0;
  }
  [part='crisis-heading'] {
    font-size: 1.25em;
    color: var(--_crisis);
  }
  .emergency {
    font-weight: 700;
  }
  .crisis-name {
    font-weight: 700;
    margin-bottom: 0.5em;
  }
  .crisis-name .badges {
    font-weight: 400;
  }
  /* Kept a list item, so the browser's own open/closed marker shows; padded to a 44 px target. */
  .steps summary {
    cursor: pointer;
    font-weight: 700;
    padding-block: 0.65em;
  }
  .steps ol {
    margin: 0 0 0.75em;
    padding-inline-start: 1.5em;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
  }
  .action {
    display: inline-flex;
    align-items: center;
    min-height: max(2.75em, 44px);
    padding: 0.4em 1em;
    border-radius: var(--_radius);
    background: var(--_crisis);
    color: var(--_on-crisis);
    font-weight: 700;
    text-decoration: none;
    border: 1px solid transparent; /* visible in forced colors, where backgrounds are dropped */
  }
  @media print {
    .crisis {
      background: none;
    }
    .action {
      background: none;
      color: inherit;
      border-color: currentColor;
      min-height: 0;
    }
  }
  .action:hover {
    text-decoration: underline;
  }
  .action:focus-visible {
    outline-color: var(--_crisis);
  }
`;

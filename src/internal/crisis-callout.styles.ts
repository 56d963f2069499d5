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
  /* Inside another widget's frame the callout is marked by its color and a bar, not a box in a box. */
  .root:not(.bare) .crisis {
    border-width: 0;
    border-inline-start-width: 6px;
    border-radius: 0;
  }
  /* <ally-crisis variant="inline">: a strip whose buttons share one line where the width allows. */
  .compact {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em 1em;
  }
  .compact > * {
    margin: 0;
    min-width: 0;
  }
  .compact > :not(.emergency, .actions, .crisis-name) {
    flex-basis: 100%;
  }
  .compact [part='crisis-heading'] {
    font-size: 1.125em;
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
  /* On a phone every button is as wide as the widget: equal, and easy to hit. */
  @media (max-width: 30em) {
    .actions {
      display: grid;
    }
    .action {
      display: flex;
      justify-content: center;
      text-align: center;
    }
    .compact > .actions {
      flex-basis: 100%;
    }
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

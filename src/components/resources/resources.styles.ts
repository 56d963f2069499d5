import { css } from 'lit';

export const resourcesStyles = css`
  .crisis {
    background: var(--_crisis-surface);
    border: 2px solid var(--_crisis);
    border-inline-start-width: 6px;
    border-radius: var(--_radius);
    padding: calc(var(--_space) * 0.75) var(--_space);
    margin-bottom: var(--_space);
  }
  [part='crisis-heading'] {
    font-size: 1.25em;
    color: var(--_crisis);
  }
  .emergency {
    font-weight: 700;
  }
  .emergency a {
    color: inherit;
  }
  .crisis-name {
    font-weight: 700;
    margin-bottom: 0.5em;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
  }
  .action {
    display: inline-flex;
    align-items: center;
    min-height: 2.75em;
    padding: 0.4em 1em;
    border-radius: var(--_radius);
    background: var(--_crisis);
    color: #ffffff;
    font-weight: 700;
    text-decoration: none;
  }
  .action:hover {
    text-decoration: underline;
  }
  .action:focus-visible {
    outline-color: var(--_crisis);
  }
  .resources {
    display: grid;
    gap: var(--_space);
  }
  .resource {
    border-top: 1px solid var(--_border);
    padding-top: var(--_space);
  }
  [part='resource-name'] {
    font-size: 1.125em;
  }
  .contacts {
    display: grid;
    gap: 0.5em;
  }
  .contact a {
    font-weight: 600;
  }
  .label {
    font-weight: 700;
    margin-inline-end: 0.25em;
  }
  .badges {
    display: inline-flex;
    flex-wrap: wrap;
    gap: 0.25em;
    margin-inline: 0.25em;
    vertical-align: baseline;
  }
  .crisis-badge {
    color: var(--_crisis);
  }
  .hours,
  .note {
    display: block;
    color: var(--_muted);
    font-size: 0.9375em;
  }
  .resource .meta {
    margin: 0.5em 0 0;
  }
`;

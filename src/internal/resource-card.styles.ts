import { css } from 'lit';

// The organizations' cards, and the list of the host's own: they come with the code that shows them (the
// "cards" part, see AllyElement.styledBy).
export const resourceCardStyles = css`
  [part='own-heading'] {
    font-size: 1.125em;
    margin-top: var(--_space);
  }
  .own + .resources {
    margin-top: var(--_space);
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
  /* Phone, text and web links are tap targets for a reader on a phone: 44 px tall, like the crisis buttons. */
  .contact a {
    display: inline-block;
    padding-block: max(0px, (44px - 1.5em) / 2);
    font-weight: 600;
  }
  .label {
    font-weight: 700;
    margin-inline-end: 0.25em;
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

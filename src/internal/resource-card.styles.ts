import { css } from 'lit';

export const resourceCardStyles = css`
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

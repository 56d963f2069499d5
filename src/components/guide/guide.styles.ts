import { css } from 'lit';

export const guideStyles = css`
  .root > * + * {
    margin-top: calc(var(--_space) * 1.5);
  }
  /* The parts sit inside the guide's box: drop their own boxes so the guide reads as one article. */
  ally-tips::part(root),
  ally-resources::part(root),
  ally-crisis::part(root) {
    border: 0;
    padding: 0;
    background: transparent;
  }
  /* Every section heading, the guide's own and its parts', at one size under the guide's title. */
  [part='section-heading'],
  ally-tips::part(heading),
  ally-resources::part(heading) {
    font-size: 1.25em;
  }
  .section > :last-child {
    margin-bottom: 0;
  }
`;

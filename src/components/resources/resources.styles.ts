import { css } from 'lit';

export const resourcesStyles = css`
  .crisis {
    margin-bottom: var(--_space);
  }
  [part='own-heading'] {
    font-size: 1.125em;
    margin-top: var(--_space);
  }
  .resources {
    display: grid;
    gap: var(--_space);
    margin-bottom: 0;
  }
  .own + .resources {
    margin-top: var(--_space);
  }
`;

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
  /* The organizations' space while their file loads: about what the US's three take at each width
     (the container exists only while they load: container queries cost layout time). */
  .waiting {
    container-type: inline-size;
  }
  [aria-busy] {
    min-height: 55em;
  }
  @container (max-width: 44em) {
    [aria-busy] {
      min-height: 80em;
    }
  }
  @container (max-width: 28em) {
    [aria-busy] {
      min-height: 105em;
    }
  }
`;

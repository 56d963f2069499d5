import { css } from 'lit';

export const resourcesStyles = css`
  .crisis {
    margin-bottom: var(--_space);
  }
  .resources {
    display: grid;
    gap: var(--_space);
    margin-bottom: 0;
  }
  /* The organizations' space while their file loads: about what the US's three take at each width
     (the container exists only while they load: container queries cost layout time). */
  .waiting {
    container-type: inline-size;
  }
  /* 55em at 44em wide and more, 105em at 22.5em, in between in proportion (measured at 360-1280 px). */
  [aria-busy] {
    min-height: clamp(55em, 157em - 233cqi, 105em);
  }
`;

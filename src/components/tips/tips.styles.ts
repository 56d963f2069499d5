import { css } from 'lit';

// What <ally-tips> shows at once: its frame and the closing note. The tips themselves are styled by
// tip.styles.ts, which comes with their view (the "prose" part).
export const tipsStyles = css`
  .intro {
    color: var(--_muted);
  }
  .tips {
    margin: 0 0 var(--_space);
  }
  .note {
    font-size: 0.9375em;
    border-top: 1px solid var(--_border);
    padding-top: calc(var(--_space) * 0.75);
  }
  .note p {
    margin-bottom: 0.5em;
  }
  .note .emergency {
    margin: 0.5em 0 0;
  }
  /* The tips' space while their text and its view load (see tips.ts): about what the four English ones
     take at each width, measured at 320-1300 px (the container exists only while they load: container
     queries cost layout time). Cards make two columns from 32.75em (see tip.styles.ts). */
  .waiting {
    container-type: inline-size;
  }
  [aria-busy] {
    min-height: max(27.6em, 46.9em - 71cqi);
  }
  .cards [aria-busy] {
    min-height: max(16.2em, 51.4em - 65.6cqi);
  }
  @container (width >= 32.75em) {
    .cards [aria-busy] {
      min-height: max(16.2em, 25.2em - 16.8cqi);
    }
  }
`;

import { css } from 'lit';

// The tips' own styles: they come with the code that shows them (prose.ts), in the "prose" part, and
// <ally-tips> adopts them when it comes (AllyElement.styledBy); a server renders them as static styles.
export const tipStyles = css`
  .tips {
    display: grid;
    gap: 0;
  }
  /* Two columns at most, so four tips make 2 × 2; one where two would be narrower than 16em. Cards in a
     row share its height; an open card takes a row of its own, so its detail reads at full width. */
  .cards .tips {
    grid-template-columns: repeat(auto-fit, minmax(min(100%, max(16em, 40%)), 1fr));
    gap: calc(var(--_space) * 0.75);
  }
  .cards .open {
    grid-column: 1 / -1;
  }
  .tip {
    border-top: 1px solid var(--_border);
    padding: 0.5em 0;
  }
  .cards .tip {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: 0.5em 0.75em;
  }
  [part='tip-title'] {
    font-size: 1.125em;
    margin: 0;
  }
  button {
    all: unset;
    box-sizing: border-box;
    display: flex;
    width: 100%;
    min-height: 2.75em;
    /* A title that wraps keeps space above and below it. */
    padding-block: 0.375em;
    align-items: center;
    justify-content: space-between;
    gap: 0.5em;
    cursor: pointer;
    color: var(--_accent);
    font: inherit;
    font-weight: 700;
  }
  /* At large text in a narrow card, a long word breaks rather than push the card wider. */
  .title {
    min-width: 0;
    overflow-wrap: anywhere;
    hyphens: auto;
  }
  button:hover .title {
    text-decoration: underline;
  }
  .chevron {
    flex: none;
    width: 1em;
    height: 1em;
    transition: transform 0.15s ease-out;
  }
  [aria-expanded='true'] .chevron {
    transform: rotate(180deg);
  }
  .summary {
    margin-bottom: 0.5em;
  }
  .detail {
    padding-bottom: 0.25em;
  }
  .detail[hidden] {
    display: none;
  }
  [part='detail-heading'] {
    font-size: 1em;
    margin: 0.75em 0 0.25em;
  }
  .say {
    border-inline-start: 4px solid var(--_accent);
    padding-block: 0.25em;
    padding-inline: 0.75em 0;
    margin-inline: 0;
    font-style: italic;
  }
  @media (prefers-reduced-motion: reduce) {
    .chevron {
      transition: none;
    }
  }
  @media print {
    /* Paper cannot expand: every tip prints in full, without the toggle's chrome. */
    .detail[hidden] {
      display: block;
    }
    .chevron {
      display: none;
    }
    button {
      color: inherit;
      min-height: 0;
    }
    .tip {
      break-inside: avoid;
    }
  }
`;

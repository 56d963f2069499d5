import { css } from 'lit';

/**
 * Styles every widget shares.
 *
 * What comes from the host page: only the font family (so a widget reads as part of the page; set
 * --ally-font-family to choose another). Everything else is reset on the widget's root, which host
 * selectors cannot reach: text size starts from the reader's own browser setting (`medium`), not from
 * the page's root font size (so `html { font-size: 62.5% }` does not shrink it); colors, line height,
 * letter spacing and text transforms are the widget's own, so contrast holds on any page. A host
 * changes them on purpose with the --ally-* custom properties or ::part().
 *
 * Colors use light-dark(): the `theme` attribute sets the root's color-scheme (light, dark, or the
 * reader's preference), and one palette serves all three.
 */
export const baseStyles = css`
  :host {
    display: block;
  }
  :host([hidden]) {
    display: none;
  }
  .root {
    all: initial;
    display: block;
    box-sizing: border-box;
    color-scheme: light;
    --_text: var(--ally-color-text, light-dark(#1f2328, #e6edf3));
    --_muted: var(--ally-color-muted, light-dark(#57606a, #9da7b3));
    --_surface: var(--ally-color-surface, light-dark(#ffffff, #0d1117));
    --_border: var(--ally-color-border, light-dark(#d0d7de, #3d444d));
    --_accent: var(--ally-color-accent, light-dark(#1a5fb4, #79b8ff));
    --_crisis: var(--ally-color-crisis, light-dark(#a4262c, #ff9e97));
    --_on-crisis: var(--ally-color-on-crisis, light-dark(#ffffff, #1c0505));
    --_crisis-surface: var(--ally-color-crisis-surface, light-dark(#fdf3f3, #2a1215));
    --_radius: var(--ally-radius, 0.5em);
    --_space: var(--ally-space, 1em);
    /* An undefined variable leaves font-family unset, so it inherits the page's font. */
    font-family: var(--ally-font-family);
    font-size: var(--ally-font-size, medium);
    line-height: 1.5;
    color: var(--_text);
    text-align: start;
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: var(--_space);
  }
  /* appearance="plain": the host frames the widget (a card, a panel), so it draws no frame of its own. */
  .root[data-appearance='plain'] {
    border: 0;
    border-radius: 0;
    padding: 0;
  }
  .root[data-theme='dark'] {
    color-scheme: dark;
  }
  .root[data-theme='auto'] {
    color-scheme: light dark;
  }
  /* On a phone, German compounds in running text break where its dictionary allows, with a hyphen (not
     headings or buttons, and never a link, which may be an address to type); Japanese, written without spaces,
     breaks between phrases (where the browser knows them) and never before small kana. */
  .root:lang(de) :is(p, li) {
    hyphens: auto;
  }
  .root :is(a, button, h1, h2, h3, h4, h5, h6) {
    hyphens: manual;
  }
  .root:lang(ja) {
    line-break: strict;
    word-break: auto-phrase;
  }
  * {
    box-sizing: border-box;
  }
  h1,
  h2,
  h3,
  h4,
  h5,
  h6 {
    margin: 0 0 0.5em;
    line-height: 1.25;
    font-weight: 700;
  }
  [part='heading'] {
    font-size: 1.5em;
  }
  p,
  ul,
  blockquote {
    margin: 0 0 0.75em;
  }
  /* Lines of about 70 characters at most, however wide the page: longer ones are hard to follow. */
  p,
  blockquote,
  ol,
  ul:not([role='list']) {
    max-inline-size: 70ch;
  }
  ul {
    padding-inline-start: 1.25em;
    list-style: disc;
  }
  ul[role='list'] {
    list-style: none;
    padding: 0;
  }
  a {
    /* A long address wraps rather than push the page sideways (large text on a narrow phone). */
    overflow-wrap: anywhere;
    color: var(--_accent);
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }
  a:hover {
    text-decoration-thickness: 2px;
  }
  a:focus-visible,
  button:focus-visible {
    outline: 3px solid var(--_accent);
    outline-offset: 2px;
    border-radius: 2px;
  }
  .meta {
    color: var(--_muted);
    font-size: 0.875em;
  }
  /* "Sources": a text button, like the links it opens, with a 24 px target (WCAG 2.2 target size). */
  .sources-toggle {
    font: inherit;
    color: var(--_accent);
    background: none;
    border: 0;
    padding: 0.2em 0;
    min-height: 24px;
    text-decoration: underline;
    text-underline-offset: 0.15em;
    cursor: pointer;
  }
  @media print {
    .sources[hidden] {
      display: inline;
    }
    .sources-toggle {
      color: inherit;
      text-decoration: none;
      padding: 0;
      min-height: 0;
    }
  }
  .badges {
    display: inline-flex;
    flex-wrap: wrap;
    gap: 0.25em;
    margin-inline: 0.25em;
    /* Firefox sizes an inline flex box to its line without its margins: keep them inside the line. */
    max-inline-size: calc(100% - 0.5em);
    vertical-align: baseline;
  }
  .crisis-badge {
    color: var(--_crisis);
  }
  .badge {
    display: inline-block;
    border: 1px solid currentColor;
    border-radius: 1em;
    padding: 0 0.6em;
    font-size: 0.8125em;
    font-weight: 600;
    /* At large text on a narrow phone a badge's one long word breaks rather than overflow. */
    overflow-wrap: anywhere;
  }
  @media (forced-colors: active) {
    /* System colors replace ours; keep every shape visible with borders. */
    a:focus-visible,
    button:focus-visible {
      outline-color: Highlight;
    }
  }
  @media print {
    /* Paper is white whatever the theme: print in the light palette. */
    .root,
    .root[data-theme] {
      color-scheme: light;
      color: #000;
      background: none;
      border: 0;
      padding: 0;
    }
    /* On paper a link cannot be followed: print its address after it. */
    a[href^='http']::after {
      content: ' (' attr(href) ')';
      font-weight: 400;
      overflow-wrap: anywhere;
    }
  }
  /* "Help in: <country>": a native select, as tall as a button so it is easy to tap. */
  .picker {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25em 0.5em;
  }
  .picker select {
    font: inherit;
    color: inherit;
    background: var(--_surface);
    border: 1px solid var(--_muted);
    border-radius: var(--_radius);
    min-height: max(2.75em, 44px);
    padding: 0.25em 0.5em;
    max-width: 100%;
    /* A flex item: without this it keeps the width of its longest option on a narrow phone. */
    min-width: 0;
  }
`;

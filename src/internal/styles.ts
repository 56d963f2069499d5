import { css } from 'lit';

/**
 * Styles every widget shares. Sizes are in em so a host can scale a widget with one font-size;
 * colors and shapes come from --ally-* custom properties with safe defaults.
 */
export const baseStyles = css`
  :host {
    display: block;
    --_text: var(--ally-color-text, #1f2328);
    --_muted: var(--ally-color-muted, #57606a);
    --_surface: var(--ally-color-surface, #ffffff);
    --_border: var(--ally-color-border, #d0d7de);
    --_accent: var(--ally-color-accent, #1a5fb4);
    --_crisis: var(--ally-color-crisis, #a4262c);
    --_crisis-surface: var(--ally-color-crisis-surface, #fdf3f3);
    --_radius: var(--ally-radius, 0.5em);
    --_space: var(--ally-space, 1em);
    color: var(--_text);
    font-family: var(--ally-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif);
    font-size: var(--ally-font-size, 1rem);
    line-height: 1.5;
    text-align: start;
  }
  :host([hidden]) {
    display: none;
  }
  .root {
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: var(--_space);
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
  ul {
    padding-inline-start: 1.25em;
    list-style: disc;
  }
  ul[role='list'] {
    list-style: none;
    padding: 0;
  }
  a {
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
  .badge {
    display: inline-block;
    border: 1px solid currentColor;
    border-radius: 1em;
    padding: 0 0.6em;
    font-size: 0.8125em;
    font-weight: 600;
    white-space: nowrap;
  }
`;

// The host's side of the iframe page's height messages: each ally-widgets iframe on the page is set to the
// height its page reports, so it never scrolls inside and never leaves a gap. dist/embed/fit-iframes.js
// runs it for a host page that allows a script (the README's "A plain iframe"); the builder's preview
// uses it too.

/** The `type` of the message the iframe page posts: `{ type: 'ally-widgets:height', height }`. */
export const HEIGHT_MESSAGE = 'ally-widgets:height';

/** No widget is taller than this: a page that reports more (or lies) cannot stretch the host's page without end. */
const MAX_HEIGHT = 20000;

/**
 * Listens on `win` for height messages and applies each to the iframe it came from. Messages from
 * anything but one of the page's iframes, and heights that are not numbers, are ignored. Returns a
 * function that stops listening.
 */
export function fitIframes(win: Window = window): () => void {
  const onMessage = (event: MessageEvent) => {
    const data: unknown = event.data;
    if (typeof data !== 'object' || data === null) return;
    const { type, height } = data as { type?: unknown; height?: unknown };
    if (type !== HEIGHT_MESSAGE || typeof height !== 'number' || !Number.isFinite(height)) return;
    for (const frame of win.document.querySelectorAll('iframe')) {
      if (frame.contentWindow === event.source) frame.style.height = `${Math.min(Math.max(Math.ceil(height), 0), MAX_HEIGHT)}px`;
    }
  };
  win.addEventListener('message', onMessage);
  return () => win.removeEventListener('message', onMessage);
}

// The script the benchmark injects into every page before the page's own code runs. It decides when the
// widgets' content is on screen, the same way for all four variants, and reports through a CDP binding
// (no polling from outside, which would add script work to the very page being measured).
//
// Its own work shows up in the trace like any script; the trace reader drops it by its source URL.

export const PROBE_URL = 'bench-probe.js';
export const BINDING = '__benchReport';

/**
 * Runs in the page (stringified: it may use nothing from this module's scope). `tags` are the widget
 * tag names; `settleMs` is how long after the content appears layout shifts still count.
 */
function probe(tags, settleMs, binding) {
  if (window !== window.top) return; // iframes are read from the top page, below
  const selector = tags.join(',');

  // Layout shifts without recent input, from the start (buffered), summed: the page's CLS as it stands
  // when the probe reports. Only the top document's shifts are visible here; an iframe's own shifts are
  // not, which does not matter for these pages (each iframe holds one widget, so nothing in it moves).
  let cls = 0;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) if (!entry.hadRecentInput) cls += entry.value;
  }).observe({ type: 'layout-shift', buffered: true });

  // Every widget host on the page, including those inside the iframe variant's same-origin iframes.
  const hosts = () => [
    ...document.querySelectorAll(selector),
    ...[...document.querySelectorAll('iframe')].flatMap((f) => [...(f.contentDocument?.querySelectorAll(selector) ?? [])]),
  ];
  // A widget has its content when its shadow root holds the crisis line's tel: link, rendered (not
  // display:none), and, for tips, the tip titles; for resources, the organizations' names. Hosts that passed once are not checked again.
  const done = new WeakSet();
  const hasContent = (host) => {
    const root = host.shadowRoot;
    const link = root?.querySelector('a[href^="tel:"]');
    if (!link) return false;
    if (host.localName === 'ally-tips' && !root.querySelector('[part="toggle"] .title')) return false;
    // Resources are complete with the country's organizations (in the library, a part of their own).
    if (host.localName === 'ally-resources' && !root.querySelector('.national [part="resource-name"]')) return false;
    return link.checkVisibility();
  };

  // Checked at the start of every frame (requestAnimationFrame). Once all are present, the time taken
  // is the moment that frame has been painted: a task posted from the frame's rAF callback runs after
  // the frame's style, layout and paint — what the double-rAF idiom approximates, without adding up to
  // a frame (16.7 ms) of rounding that would swamp the smallest pages.
  const expected = () => Number(document.querySelector('meta[name="bench-widgets"]')?.content);
  function benchPoll() {
    const want = expected();
    if (want) {
      let ready = 0;
      for (const host of hosts()) if (done.has(host) || (hasContent(host) && done.add(host))) ready++;
      if (ready >= want) {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => painted(performance.now());
        channel.port2.postMessage(null);
        return;
      }
    }
    requestAnimationFrame(benchPoll);
  }
  requestAnimationFrame(benchPoll);

  // Nodes in the page as a reader's browser holds them: documents, shadow roots and iframes' documents.
  function countNodes(node) {
    let n = 1;
    if (node.shadowRoot) n += countNodes(node.shadowRoot);
    if (node.localName === 'iframe' && node.contentDocument) n += countNodes(node.contentDocument);
    for (let c = node.firstChild; c; c = c.nextSibling) n += countNodes(c);
    return n;
  }

  // Two reports: when the content is painted (the benchmark then stops its trace, which takes a while,
  // during the settling time rather than after it), and settleMs later with CLS and the node count.
  // The binding is looked up only now: CDP installs it in a new document after this script has run.
  function painted(contentMs) {
    window[binding](JSON.stringify({ contentMs }));
    setTimeout(() => window[binding](JSON.stringify({ cls, domNodes: countNodes(document) })), settleMs);
  }
}

/** The probe as the source of a script to evaluate on every new document. */
export function probeSource(tags, settleMs) {
  return `(${probe})(${JSON.stringify(tags)}, ${settleMs}, ${JSON.stringify(BINDING)});\n//# sourceURL=${PROBE_URL}\n`;
}

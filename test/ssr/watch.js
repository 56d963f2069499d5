// A classic script in the server-rendered test pages (render.mjs): it records what the page logs and,
// called at the end of the body — after the server's markup is parsed, before any module runs — every
// node of every shadow root the server rendered, the text readers see, and each node removed or text
// changed from then on. test/ssr/hydrate.test.ts reads it all from window.ssr.
window.ssr = { logged: [], nodes: [], before: [], changes: [], done: false };

for (const level of ['error', 'warn']) {
  const original = console[level];
  console[level] = (...args) => {
    ssr.logged.push(`${level}: ${args.map(String).join(' ')}`);
    original.apply(console, args);
  };
}
addEventListener('error', (event) => ssr.logged.push(`error: ${event.message}`));
addEventListener('unhandledrejection', (event) => ssr.logged.push(`rejection: ${event.reason}`));

/** Every shadow root in or below `node`, nested ones included. */
function shadowRoots(node) {
  const roots = [];
  for (const el of node.querySelectorAll('*')) if (el.shadowRoot) roots.push(el.shadowRoot, ...shadowRoots(el.shadowRoot));
  return roots;
}

/** Every node of a shadow root, in order. */
function nodesOf(root) {
  const nodes = [];
  const walker = document.createTreeWalker(root);
  while (walker.nextNode()) nodes.push(walker.currentNode);
  return nodes;
}

/** What a reader sees of an element: its shadow roots' text, nested ones included, without styles. */
function shownText(node) {
  if (node.nodeType === Node.TEXT_NODE) return node.data;
  if (node.localName === 'style' || node.localName === 'template') return '';
  // A closed select shows its selected option.
  if (node.localName === 'select') return node.selectedOptions[0]?.text ?? '';
  const children = node.shadowRoot ? node.shadowRoot.childNodes : node.childNodes;
  return [...children].map(shownText).join(' ');
}
const widgetText = (el) => shownText(el).replace(/\s+/g, ' ').trim();

function describeNode(node) {
  return node.nodeType === Node.ELEMENT_NODE ? `<${node.localName}>` : JSON.stringify(node.textContent.slice(0, 40));
}

// eslint-disable-next-line @typescript-eslint/no-unused-vars -- called by the page (render.mjs)
function watchServerMarkup() {
  const roots = shadowRoots(document.body);
  ssr.nodes = roots.flatMap(nodesOf);
  ssr.before = [...document.querySelectorAll('main > *')].map(widgetText);
  const observer = new MutationObserver((records) => {
    for (const record of records) {
      // The country picker lists its other countries once hydrated (see country-picker.ts).
      if (record.target.parentElement?.closest('select') || record.target.localName === 'select') continue;
      for (const node of record.removedNodes) ssr.changes.push(`removed ${describeNode(node)}`);
      if (record.type === 'characterData')
        ssr.changes.push(`text ${JSON.stringify(record.oldValue)} → ${JSON.stringify(record.target.data)}`);
    }
  });
  for (const root of roots) observer.observe(root, { childList: true, subtree: true, characterData: true, characterDataOldValue: true });
  ssr.now = () => ({
    nodes: shadowRoots(document.body).flatMap(nodesOf),
    text: [...document.querySelectorAll('main > *')].map(widgetText),
  });
}

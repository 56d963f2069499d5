// Loaded before the widgets on the privacy page: records every way a script could send or store data,
// for the test in the parent page. It wraps the APIs rather than trusting that nothing calls them.
window.__spy = { calls: [] };
const record = (what) => window.__spy.calls.push(what);
const wrap = (object, name, label) => {
  const original = object[name];
  if (typeof original !== 'function') return;
  object[name] = function (...args) {
    record(`${label}(${String(args[0]).slice(0, 80)})`);
    return original.apply(this, args);
  };
};
wrap(window, 'fetch', 'fetch');
wrap(XMLHttpRequest.prototype, 'open', 'XMLHttpRequest.open');
wrap(navigator, 'sendBeacon', 'sendBeacon');
wrap(Storage.prototype, 'setItem', 'Storage.setItem');
wrap(Storage.prototype, 'getItem', 'Storage.getItem');
if (window.indexedDB) wrap(indexedDB, 'open', 'indexedDB.open');
if (window.caches) wrap(caches, 'open', 'caches.open');
const NativeWebSocket = window.WebSocket;
window.WebSocket = function (...args) {
  record(`WebSocket(${args[0]})`);
  return new NativeWebSocket(...args);
};
const NativeEventSource = window.EventSource;
window.EventSource = function (...args) {
  record(`EventSource(${args[0]})`);
  return new NativeEventSource(...args);
};
const cookie = Object.getOwnPropertyDescriptor(Document.prototype, 'cookie');
Object.defineProperty(document, 'cookie', {
  get() {
    record('document.cookie read');
    return cookie.get.call(document);
  },
  set(value) {
    record(`document.cookie = ${value}`);
    cookie.set.call(document, value);
  },
});

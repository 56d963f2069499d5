// A host page with problems of its own: it redefines common globals and throws errors, before and
// after the widgets load. None of this may break a widget.
window.define = 'not a function';
window.process = undefined;
window.global = null;
window.__hostErrorsExpected = 2;
setTimeout(() => {
  throw new Error('host page error (expected)');
});
Promise.reject(new Error('host page rejection (expected)'));

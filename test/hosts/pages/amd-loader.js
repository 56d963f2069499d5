// A minimal AMD loader, as RequireJS pages have: a bundle that detects define.amd would register itself
// as a module here instead of running. Also odd values in globals that bundles sometimes read.
window.define = function define() {
  window.__report.defineCalls++;
};
window.define.amd = { jQuery: true };
window.require = function require() {};
window.process = 'not a process object';
window.global = 42;
window.module = { exports: 'not yours' };
window.exports = 7;

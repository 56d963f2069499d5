// Loaded first by the pages under /probe/ (see built-files.mjs): records what a reader never sees — console
// warnings and errors, uncaught errors and Content-Security-Policy violations — for the test to read as
// window.__probe. It changes nothing on the page.
(() => {
  const probe = { warnings: [], errors: [], violations: [] };
  window.__probe = probe;
  const { warn, error } = console;
  console.warn = (...args) => {
    probe.warnings.push(args.map(String).join(' '));
    warn.apply(console, args);
  };
  console.error = (...args) => {
    probe.errors.push(args.map(String).join(' '));
    error.apply(console, args);
  };
  addEventListener('error', (e) => probe.errors.push(String(e.message)));
  addEventListener('unhandledrejection', (e) => probe.errors.push(String(e.reason)));
  document.addEventListener('securitypolicyviolation', (e) => probe.violations.push(`${e.effectiveDirective} ${e.blockedURI}`));
})();

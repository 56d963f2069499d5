// Loaded first by every host page (a file, so it runs under a strict CSP too): records every error,
// console error and Content-Security-Policy violation, for the test in the parent page to read.
window.__report = { errors: [], violations: [], defineCalls: 0 };
addEventListener('error', (e) => __report.errors.push(`${e.message} (${e.filename || 'page'})`));
addEventListener('unhandledrejection', (e) => __report.errors.push(`unhandled rejection: ${e.reason}`));
document.addEventListener('securitypolicyviolation', (e) =>
  __report.violations.push(`${e.violatedDirective} blocked ${e.blockedURI || e.sample || 'inline'}`),
);
const consoleError = console.error;
console.error = (...args) => {
  __report.errors.push(`console.error: ${args.join(' ')}`);
  consoleError.apply(console, args);
};

// The page's own Lit (or a second copy of the widgets) has already created the "lit-html" policy.
window.trustedTypes?.createPolicy('lit-html', { createHTML: (s) => s });

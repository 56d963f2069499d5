// Constants the builds define (vite.config.ts; web-test-runner.config.mjs for the tests).

/**
 * Whether the build renders on a server and hydrates what a server rendered: true in the npm build,
 * false in the script-tag builds, whose Lit has no hydration support and which never run on a server.
 */
declare const __ALLY_SSR__: boolean;

// The Custom Elements Manifest (dist/custom-elements.json), made by `npm run build` with
// @custom-elements-manifest/analyzer from the elements' JSDoc (@summary, @attr, @fires, @csspart,
// @cssprop, @slot) and Lit's `static properties`. The README's element reference and the framework
// types (dist/types/) are generated from it: see scripts/cem/.
import { resolve } from 'node:path';
import { attributeJsDoc, createProgram, defineCalls, expandedTypes, publicApiOnly, publishedModules } from './scripts/cem/plugins.mjs';

let program;

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/generated/**', 'src/react.ts'],
  outdir: 'dist',
  litelement: true,
  // package.json names the manifest itself ("customElements"): the analyzer would rewrite the file.
  packagejson: false,
  // The files come from a TypeScript program, whose checker spells out type aliases (expandedTypes).
  overrideModuleCreation({ ts, globs }) {
    program = createProgram(ts);
    return [...globs].sort().map((glob) => program.getSourceFile(resolve(glob)));
  },
  plugins: [defineCalls(), expandedTypes(() => program), attributeJsDoc(), publicApiOnly(), publishedModules()],
};

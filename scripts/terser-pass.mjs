// Vite plugins for the script-tag builds: one more minifier pass, by terser, over every chunk before
// Rolldown's own minifier (Oxc) runs on it. The two find different savings: together they beat either
// alone (bundle gzip, Nov 2026: Oxc 18342 B, terser 18365, terser then Oxc 18304). It runs in renderChunk,
// so the file names' hashes cover its output (terser after Oxc, in generateBundle, saves 13 B more but
// would change files after their names were hashed). A third pass, or terser's unsafe options, gain
// under 10 B.
//
// It also shortens the names of our own `private` members (scripts/private-names.mjs says which), with one
// name cache for every chunk of a build, so that a name shortened in one file is the same in the others
// (63 B of gzip in Nov 2026; set ALLY_SHOW_PRIVATE_NAMES=1 to print the names). Lit's own private fields
// are already short in its production build, and its `_$` fields are shared with other copies of Lit on
// the page: neither is touched.
import { minify } from 'terser';
import { privateNames, propertyUses } from './private-names.mjs';

/**
 * @param {{ module: boolean, own: RegExp }} options `module`: the chunks are ES modules (top-level names
 *   are private to them and may be renamed); false for the classic script, whose one global must keep its
 *   name. `own`: the ids of our own source modules, whose `private` members may be shortened.
 */
export function terserPass({ module, own }) {
  /** @type {Map<string, ReturnType<typeof propertyUses>>} */
  const uses = new Map();
  let nameCache = {};
  /** @type {string[]} */
  let names = [];
  return [
    {
      // Reads our TypeScript source before it is compiled, while `private` is still there.
      name: 'ally-terser-pass:read',
      apply: 'build',
      enforce: 'pre',
      buildStart() {
        uses.clear();
        nameCache = {};
        names = [];
      },
      transform(code, id) {
        if (own.test(id)) uses.set(id, propertyUses(code, id));
        return null;
      },
    },
    {
      name: 'ally-terser-pass',
      apply: 'build',
      renderStart() {
        // A name that appears in any module that is not ours (Lit, the content) may be that module's too:
        // keep it. Decided once for the whole build, so that every chunk shortens the same names.
        const foreign = [...this.getModuleIds()]
          .filter((id) => !own.test(id))
          .map((id) => this.getModuleInfo(id)?.code ?? '')
          .join('\n');
        names = privateNames([...uses.values()]).filter((n) => !new RegExp(`(?<![\\w$])${n}(?![\\w$])`).test(foreign));
        if (process.env.ALLY_SHOW_PRIVATE_NAMES) console.log(`terser pass: shortens ${names.join(', ') || 'no names'}`);
      },
      async renderChunk(code) {
        const result = await minify(code, {
          ecma: 2022,
          module,
          toplevel: module,
          compress: { passes: 2 },
          mangle: names.length ? { properties: { regex: new RegExp(`^(${names.join('|')})$`) } } : true,
          nameCache,
          format: { comments: false },
          sourceMap: { asObject: true },
        });
        return { code: result.code, map: result.map };
      },
    },
  ];
}

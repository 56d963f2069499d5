// A Vite plugin for the script-tag builds: one more minifier pass, by terser, over every chunk before
// Rolldown's own minifier (Oxc) runs on it. The two find different savings: together they beat either
// alone (bundle gzip, Nov 2026: Oxc 18342 B, terser 18365, terser then Oxc 18304). It runs in renderChunk,
// so the file names' hashes cover its output (terser after Oxc, in generateBundle, saves 13 B more but
// would change files after their names were hashed). A third pass, or terser's unsafe options, gain
// under 10 B.
import { minify } from 'terser';

/**
 * @param {{ module: boolean }} options `module`: the chunks are ES modules (top-level names are private to
 *   them and may be renamed); false for the classic script, whose one global must keep its name.
 */
export function terserPass({ module }) {
  return {
    name: 'ally-terser-pass',
    apply: 'build',
    async renderChunk(code) {
      const result = await minify(code, {
        ecma: 2022,
        module,
        toplevel: module,
        compress: { passes: 2 },
        mangle: true,
        format: { comments: false },
        sourceMap: { asObject: true },
      });
      return { code: result.code, map: result.map };
    },
  };
}

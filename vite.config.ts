// Two builds from one source (see README, "Builds"):
//   vite build               → dist/     the npm build: ES modules that import lit, one file per source module
//   vite build --mode cdn    → dist/cdn/ the script-tag build: one self-contained, minified ES module, and
//                                        ally-widgets.css, the optional stylesheet that reserves space
// `vite` (npm start) serves the demo pages in demo/.
import { createHash } from 'node:crypto';
import { createReadStream, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, extname, resolve } from 'node:path';
import { transform } from 'lightningcss';
import { defineConfig, type Plugin } from 'vite';
// @ts-expect-error: a plain JavaScript module without type declarations
import { minifyTemplatesPlugin } from './scripts/minify-templates.mjs';
// @ts-expect-error: a plain JavaScript module without type declarations
import { terserPass } from './scripts/terser-pass.mjs';
// @ts-expect-error: a plain JavaScript module without type declarations
import { litTrim } from './scripts/lit-trim.mjs';

const root = import.meta.dirname;
const { version } = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8'));
/** Six characters that name this release in the script-tag build's file names (see chunkFileNames). */
const release = createHash('sha256').update(version).digest('base64url').slice(0, 6);

/**
 * The script-tag bundle loads other languages and countries from files beside it, always from this exact
 * version's folder on the CDN. The CDN's short address (…/npm/ally-widgets@1, or …/npm/ally-widgets with
 * no version at all) gives the bundle a URL that is not its folder; a range such as
 * …/ally-widgets@1/dist/cdn/ally-widgets.js is a folder whose files change with each release, so a cached
 * bundle would ask it for files of its own release that are gone. Both are read from
 * …/ally-widgets@<this version>/dist/cdn/. Any other host (your own folder) serves the files beside it.
 */
function partsBesideBundle(): Plugin {
  const base =
    `var __allyBase=(u=>/\\/ally-widgets(@[^/]*)?\\/?$/.test(u)?u.replace(/(@[^/]*)?\\/?$/,"@${version}/dist/cdn/"):` +
    `new URL("./",u).href.replace(/\\/ally-widgets@[^/]+\\//,"/ally-widgets@${version}/"))(import.meta.url.replace(/[?#].*/,""));`;
  return {
    name: 'ally-parts-beside-bundle',
    apply: 'build',
    buildStart() {
      readByParts.clear();
      names = undefined;
    },
    renderChunk(code, chunk) {
      if (!chunk.isEntry) return handOver(linkToBundle(code, chunk.imports, readByParts)?.code ?? code, chunk.facadeModuleId);
      // Every dynamic import in the bundle is one of its own files (content parts, the guide's template).
      const relative = /import\((["'`])\.\//g;
      if (!relative.test(code)) return null;
      return { code: base + compactPartTable(code.replace(relative, 'import(__allyBase+$1')), map: null };
    },
    generateBundle(_, bundle) {
      // Every chunk has been rendered: the parts have said which of the bundle's exports they read. The
      // public ones are those of src/ally-widgets.ts, through its `export *`.
      const entry = bundle[BUNDLE];
      if (entry?.type !== 'chunk' || !entry.facadeModuleId) return;
      const exportsOf = (id: string, seen = new Set<string>()): string[] => {
        if (seen.has(id)) return [];
        seen.add(id);
        const info = this.getModuleInfo(id);
        return (info?.exports ?? []).flatMap((name) => (name === '*' ? info!.importedIds.flatMap((dep) => exportsOf(dep, seen)) : [name]));
      };
      const own = new Set(exportsOf(entry.facadeModuleId));
      entry.code = publishExports(entry.code, readByParts, (name) => own.has(name));
    },
  };
}

/**
 * A part made of code (the host's own resources, the cards, the tips' view) uses functions of the bundle.
 * It cannot import them by the bundle's address: it loads from the version's folder, and a page that
 * loaded the bundle by another address (the CDN's short one, a query string) would then run a second copy
 * of it. So the bundle puts what the parts import from it under a key of its version on the global object,
 * and such a part reads them from there: it only ever loads after the bundle has run. The module itself
 * exports only the rest, its public exports (the element classes, VERSION…).
 */
const BUNDLE_KEY = `globalThis[Symbol.for(${JSON.stringify(`ally-widgets@${version}`)})]`;
const BUNDLE = 'ally-widgets.js';

function publishExports(code: string, read: Set<string>, isPublic: (name: string) => boolean): string {
  const list = /export\s*\{([^}]*)\};?\s*$/.exec(code);
  if (!list) {
    if (!read.size) return code;
    throw new Error('ally-parts-beside-bundle: the bundle has no export list for the parts to read');
  }
  const specs = list[1]!.split(',').flatMap((spec) => {
    const [local, exported = local] = spec.trim().split(/\s+as\s+/);
    return local && exported ? [{ spec: spec.trim(), local, exported }] : [];
  });
  // A public export (an element class, VERSION, define) stays one, even should a part read it too.
  const own = specs.filter((s) => isPublic(s.exported) || !read.has(s.exported)).map((s) => s.spec);
  const key = (name: string) => (/^[A-Za-z_$][\w$]*$/.test(name) ? name : JSON.stringify(name));
  const fields = specs.filter((s) => read.has(s.exported)).map((s) => `${key(s.exported)}:${s.local}`);
  return `${code.slice(0, list.index)}export{${own.join(',')}};${BUNDLE_KEY}={${fields.join(',')}};\n`;
}

/** The bundle's exports that the parts read (see linkToBundle), for publishExports. */
const readByParts = new Set<string>();

function linkToBundle(code: string, imports: string[], read: Set<string>): { code: string; map: null } | null {
  if (!imports.includes(BUNDLE)) return null;
  const statement = /import\s*\{([^}]*)\}\s*from\s*(["'])\.\/ally-widgets\.js\2;?/;
  const found = statement.exec(code);
  if (!found) throw new Error('ally-parts-beside-bundle: a part imports the bundle in an unexpected way');
  const fields = found[1]!
    .split(',')
    .map((spec) => spec.trim().split(/\s+as\s+/))
    .filter(([name]) => name)
    .map(([name, local = name]) => (read.add(name!), `${JSON.stringify(name)}:${local}`));
  return { code: code.replace(found[0], `const{${fields.join(',')}}=${BUNDLE_KEY};`), map: null };
}

/**
 * Every part file ends by giving itself over to the bundle of its version, when the page loads it as a
 * module script after the bundle (README, "With a script tag"; src/internal/content.ts says why). Loaded
 * by the bundle's import(), or with no bundle of its version on the page, it does nothing more.
 */
function handOver(code: string, module: string | null): { code: string; map: null } {
  const name = module && partNames().get(basename(module, extname(module)));
  const end = /export\s*\{\s*([\w$]+)\s+as\s+default\s*\};?\s*$/.exec(code);
  if (!name || !end) throw new Error(`ally-parts-beside-bundle: ${module} is no part, or exports it in an unexpected way`);
  const key = `globalThis[Symbol.for(${JSON.stringify(`ally-widgets@${version}:part`)})]`;
  return { code: `${code.slice(0, end.index)}${key}?.(${JSON.stringify(name)},${end[1]});${end[0]}`, map: null };
}

/** Each part's name by its file's (part-orgs-us → orgs-US), from the tables of parts the content build wrote. */
let names: Map<string, string> | undefined;
function partNames(): Map<string, string> {
  if (names) return names;
  names = new Map();
  for (const file of readdirSync(src('generated')))
    for (const [, name, part] of readFileSync(src(`generated/${file}`), 'utf8').matchAll(
      /"([\w-]+)": \(\) => import\('\.\/(part-[\w-]+)\.js'\)/g,
    ))
      names.set(part!, name!);
  return names;
}

/**
 * The table of content parts (PART_LOADERS in src/generated/content.ts) is one arrow function per part
 * with the part's file name in it. Each file name is `part-<name in lower case>-<release>.js` (see
 * chunkFileNames), so the bundle gets the names as one string, and the release once, and builds the same
 * table from them (0.14 KB less, and each part added later costs a third as much). The countries' parts
 * are named from the emergency numbers' table, which lists every country with lines of its own (0.08 KB
 * less), when the names match it exactly: one per country, but the bundled ones. The build stops if the
 * table is not found, or a file name does not follow that pattern, rather than ship a bundle that cannot
 * load its parts.
 */
function compactPartTable(code: string): string {
  const entry = /(["'`])([\w-]+)\1\s*:\s*\(\)\s*=>\s*import\(__allyBase\s*\+\s*(["'`])(part-[^"'`]+\.js)\3\)/g;
  const found = new RegExp(`\\{\\s*(?:${entry.source}\\s*,?\\s*)+\\}`).exec(code);
  if (!found) throw new Error('ally-parts-beside-bundle: the table of content parts (PART_LOADERS) was not found');
  let names = [...found[0].matchAll(entry)].map(([, , name, , file]) => {
    if (file !== `part-${name!.toLowerCase()}-${release}.js`)
      throw new Error(`ally-parts-beside-bundle: the part "${name}" is in the unexpected file ${file}`);
    return name!;
  });
  let more = '';
  const emergency = /\bvar (EMERGENCY(?:\$\d+)?) = (\{[^{}]*\});/.exec(code);
  const codes = emergency ? Object.keys(JSON.parse(emergency[2]!) as object) : [];
  if (codes.length) {
    const countries = names.filter((name) => name.startsWith('country-')).map((name) => name.slice(8));
    const bundled = codes.filter((c) => !countries.includes(c));
    if (countries.every((c) => codes.includes(c)) && codes.slice(0, bundled.length).join() === bundled.join()) {
      names = names.filter((name) => !name.startsWith('country-'));
      more = `,...Object.keys(${emergency![1]}).slice(${bundled.length}).map(c=>"country-"+c)`;
    }
  }
  const table =
    `Object.fromEntries([...${JSON.stringify(names.join(' '))}.split(" ")${more}].map(n=>` +
    `[n,()=>import(__allyBase+\`part-\${n.toLowerCase()}-${release}.js\`)]))`;
  return code.replace(found[0], table);
}
/**
 * The code parts that copy markup between widgets (the cards and the tips' view) each carry their own
 * instance of src/internal/copies.ts in the script-tag build: shared, it would be a file of its own that
 * each of them imports, one more request in a row before either can run (the npm build shares it).
 */
function ownCopies(): Plugin {
  const copies = src('internal/copies.ts');
  return {
    name: 'ally-own-copies',
    apply: 'build',
    enforce: 'pre',
    async resolveId(source, importer, options) {
      if (!importer || !/copies(\.js)?$/.test(source)) return null;
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      return resolved?.id === copies ? `${copies}?in=${basename(importer, extname(importer))}` : null;
    },
  };
}

/**
 * The script-tag files start with V8's compile hint (Chrome 136+; other engines read a comment): most
 * of their functions run when a page shows a widget, so V8 compiles them all while the file streams in,
 * on a background thread, instead of each on the main thread the first time it runs. Measured against
 * the same build without it (the benchmark's pages, interleaved, Nov 2026): one widget's content painted
 * 13% sooner (21 runs), fifty widgets' 17% sooner (11 runs), and a third less scripting on the main
 * thread. Added to the written files, after the minifier (which drops comments); their maps move down a
 * line with the code.
 */
const COMPILE_HINT = '//# allFunctionsCalledOnLoad\n';
function compileHints(): Plugin {
  return {
    name: 'ally-compile-hints',
    apply: 'build',
    // On the written files: Rolldown writes each map from its own record, whatever generateBundle changes.
    writeBundle(options, bundle) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk') continue;
        const file = resolve(options.dir!, chunk.fileName);
        writeFileSync(file, COMPILE_HINT + readFileSync(file, 'utf8'));
        if (!existsSync(`${file}.map`)) continue;
        const map = JSON.parse(readFileSync(`${file}.map`, 'utf8')) as { mappings: string };
        map.mappings = `;${map.mappings}`;
        writeFileSync(`${file}.map`, JSON.stringify(map));
      }
    },
  };
}
const src = (p: string) => resolve(root, 'src', p);

/**
 * dist/cdn/ally-widgets.css: the optional stylesheet that keeps each widget's space while the script
 * loads (src/ally-widgets.css, minified). A file, not injected styles, so a strict style-src allows it.
 */
function reserveStylesheet(): Plugin {
  return {
    name: 'ally-reserve-stylesheet',
    apply: 'build',
    generateBundle() {
      const file = src('ally-widgets.css');
      const { code } = transform({ filename: file, code: readFileSync(file), minify: true });
      this.emitFile({ type: 'asset', fileName: 'ally-widgets.css', source: code });
    },
  };
}
const TYPES: Record<string, string> = { '.css': 'text/css', '.json': 'application/json', '.html': 'text/html' };

// The script-tag bundle registers every element; the npm build has one entry per element as well.
const CDN_ENTRIES: Record<string, string> = { 'ally-widgets': src('ally-widgets.ts') };
const NPM_ENTRIES: Record<string, string> = {
  ...CDN_ENTRIES,
  index: src('index.ts'),
  'components/tips/ally-tips': src('components/tips/ally-tips.ts'),
  'components/resources/ally-resources': src('components/resources/ally-resources.ts'),
  'components/resources/ally-resource': src('components/resources/ally-resource.ts'),
  'components/crisis/ally-crisis': src('components/crisis/ally-crisis.ts'),
  'components/guide/ally-guide': src('components/guide/ally-guide.ts'),
  // ally-widgets/react: the React wrappers (@lit/react); React is the app's own.
  react: src('react.ts'),
  // Registers every element and loads every content part: for server-side rendering.
  ssr: src('ssr.ts'),
};

export default defineConfig(({ mode }) => {
  // `--mode iife`: the classic-script build, for CMSs that forbid type="module". Code splitting needs
  // modules, so it holds every language and country in one file.
  const iife = mode === 'iife';
  const cdn = mode === 'cdn' || iife;
  return {
    // Server rendering and hydration (src/env.d.ts) are for the npm build: the script-tag builds' Lit
    // cannot hydrate, and they never run on a server, so their copy of that code goes.
    define: { __ALLY_SSR__: JSON.stringify(!cdn) },
    server: { host: '127.0.0.1' },
    // Scan only the demo pages for dependencies; test pages import the test runner's own modules.
    optimizeDeps: { entries: ['demo/**/*.html'] },
    plugins: [
      { ...minifyTemplatesPlugin(), apply: 'build' as const },
      ...(mode === 'cdn' ? [ownCopies(), partsBesideBundle(), reserveStylesheet()] : []),
      // The script-tag builds carry their own Lit: trimmed to what the widgets use (see the file's header,
      // to re-check on every Lit upgrade), and given one more minifier pass.
      ...(cdn ? [litTrim(), ...terserPass({ module: !iife, own: /\/src\/(?!generated\/)[^?]*\.ts$/ }), compileHints()] : []),
      {
        // npm start: the site root leads to the demo pages, and the built bundle is served byte for byte
        // (not through Vite's transforms), as a CDN would serve it to a third-party page; so is the iframe page.
        name: 'demo-server',
        configureServer(server) {
          server.middlewares.use((req, res, next) => {
            const path = (req.url ?? '').split('?')[0]!;
            if (path === '/') {
              res.writeHead(302, { Location: '/demo/' }).end();
            } else if (/^\/dist\/(cdn|embed)\//.test(path) && existsSync(resolve(root, `.${path}`))) {
              const type = TYPES[extname(path)] ?? 'text/javascript';
              res.writeHead(200, { 'Content-Type': type, 'Cache-Control': 'no-store' });
              createReadStream(resolve(root, `.${path}`)).pipe(res);
            } else {
              next();
            }
          });
        },
      },
    ],
    build: {
      target: 'es2022',
      emptyOutDir: !cdn, // the npm build runs first and clears dist/
      outDir: cdn ? 'dist/cdn' : 'dist',
      minify: cdn,
      // The script-tag files ship their maps without naming them: a few bytes less for every reader.
      sourcemap: cdn ? 'hidden' : true,
      lib: iife
        ? { entry: CDN_ENTRIES, formats: ['iife'], name: 'AllyWidgets', fileName: () => 'ally-widgets.iife.js' }
        : { entry: cdn ? CDN_ENTRIES : NPM_ENTRIES, formats: ['es'] },
      rollupOptions: cdn
        ? // Library mode keeps whitespace in ES output; the script-tag bundle is for browsers only, so
          // minify it fully, without the /* @__PURE__ */ annotations the minifier otherwise keeps (they only
          // help a bundler, and nothing bundles these files again). Languages other than English become files
          // of their own beside it.
          // The iife is one file by itself (library mode turns code splitting off for it). Rolldown's notice of
          // slow plugins is off: on a busy machine it names the extra minifier pass on every build.
          // A code part (the host's own resources) uses the bundle's code: the bundle may export more for it
          // ('allow-extension'), else the bundler would move Lit and the rest into a shared file of their own.
          {
            checks: { pluginTimings: false },
            preserveEntrySignatures: 'allow-extension',
            // The files beside the bundle are named for the release, not each for its own content: the same
            // six characters in every name (part-locale-fr-<release>.js) cost the bundle's table of them
            // almost nothing, where a hash of each file's content cost some 15 bytes a file; and every
            // release still has new names, so no cache serves one release's file to another.
            output: { minify: true, comments: false, chunkFileNames: `[name]-${release}.js` },
          }
        : {
            // lit is a dependency: an app that already uses it ships one copy. So is @lit/react, for the
            // React wrappers, and React is the app's.
            external: [/^lit($|\/)/, /^@lit\//, /^react($|\/)/],
            output: { preserveModules: true, preserveModulesRoot: 'src', entryFileNames: '[name].js' },
          },
    },
  };
});

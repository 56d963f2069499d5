// A Vite plugin that shrinks the static text of Lit's css`` and html`` templates in our own source:
// comments and runs of white space go, which the minifier cannot do inside template literals. It runs
// in every build (the npm build too).
// It uses TypeScript's parser, so nested templates and ${} expressions are left exactly as they are.
import ts from 'typescript';

/**
 * CSS: drop comments, collapse white space, and drop it around punctuation where it never matters; drop
 * the quotes around an attribute selector's value when it is a plain identifier ([part='x'] → [part=x]);
 * drop a number's leading zero (0.75em → .75em) and the spaces around a multiplication by a number
 * (`var(--x) * .75`; a `*` before anything else is a selector's, where a space can matter).
 */
export function minifyCss(text) {
  return text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};,>])\s*/g, '$1')
    .replace(/:\s+/g, ':')
    .replace(/;}/g, '}')
    .replace(/\[([\w-]+)([~|^$*]?=)(['"])([a-zA-Z_][\w-]*)\3\]/g, '[$1$2$4]')
    .replace(/(^|[^\w.#-])0\.(\d)/g, '$1.$2')
    .replace(/ ?\* ?(?=[\d.])/g, '*')
    .trim();
}

// Tags whose box is a block (or, for svg and path, never a word of text): white space beside them never
// shows.
const BLOCK_TAGS = '(section|article|div|p|ul|ol|li|h[1-6]|blockquote|svg|path|details|summary)\\b';
const BLOCK = new RegExp(`^(\\/)?${BLOCK_TAGS}`);
const SPACE_BEFORE_BLOCK = new RegExp(`^ (?=</?${BLOCK_TAGS})`);
const SPACE_AFTER_BLOCK = new RegExp(`(</?${BLOCK_TAGS}[^<>]*>) $`);

/**
 * HTML: drop comments (whole ones: a binding inside a comment stays), unquote plain attribute values,
 * collapse white space to one space
 * (how HTML renders it), keeping it where words meet tags. At the edges of a static part (the template's
 * start or end, or next to an expression), white space beside a block-level tag goes too.
 */
export function minifyHtml(text) {
  return (
    text
      .replace(/<!--[\s\S]*?-->/g, '')
      // A static attribute value of letters, digits, - and _ needs no quotes (class="root" → class=root).
      .replace(/(\s[\w-]+)="([\w-]+)"(?=[\s>])/g, '$1=$2')
      .replace(/\s+/g, ' ')
      .replace(/>\s+</g, (m, offset, s) => (needsSpace(s, offset) ? '> <' : '><'))
      .replace(SPACE_BEFORE_BLOCK, '')
      .replace(SPACE_AFTER_BLOCK, '$1')
  );
}

// A space between two tags matters only when both sides are inline text, e.g. "</span> <a>": keep those.
// Dropping it between block-level tags (</li> <li>, </p> <ul>) is safe.
function needsSpace(s, offset) {
  const before = s.slice(0, offset + 1).match(/<([^<>]*)>$/)?.[1] ?? '';
  const after = s.slice(offset).match(/^>\s*<([^<>]*)>/)?.[1] ?? '';
  return !(BLOCK.test(before) || BLOCK.test(after));
}

/**
 * The `css` and `html` tagged templates in a TypeScript or JavaScript source, outermost first: for each,
 * its tag and its static parts, each with the offsets of its raw text (between the delimiters: ` or }
 * before it, ` or ${ after it). Nested templates and ${} expressions are found exactly, by TypeScript's parser.
 */
export function taggedTemplates(source, fileName, tags = ['css', 'html']) {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const found = [];
  const visit = (node) => {
    if (ts.isTaggedTemplateExpression(node) && ts.isIdentifier(node.tag) && tags.includes(node.tag.text)) {
      const t = node.template;
      const parts = ts.isNoSubstitutionTemplateLiteral(t) ? [t] : [t.head, ...t.templateSpans.map((s) => s.literal)];
      found.push({
        tag: node.tag.text,
        parts: parts.map((part) => {
          const start = part.getStart(file) + 1;
          const end = part.getEnd() - (ts.isTemplateHead(part) || ts.isTemplateMiddle(part) ? 2 : 1);
          return { start, end, text: source.slice(start, end) };
        }),
      });
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}

export function minifyTemplates(source, fileName) {
  const edits = [];
  for (const { tag, parts } of taggedTemplates(source, fileName)) {
    const minify = tag === 'css' ? minifyCss : minifyHtml;
    for (const { start, end, text } of parts) {
      const out = minify(text);
      if (out !== text) edits.push({ start, end, out });
    }
  }
  let result = source;
  for (const e of edits.sort((a, b) => b.start - a.start)) result = result.slice(0, e.start) + e.out + result.slice(e.end);
  return result;
}

export function minifyTemplatesPlugin() {
  return {
    name: 'ally-minify-templates',
    enforce: 'pre',
    transform(code, id) {
      if (!/\/src\/.*\.ts$/.test(id) || id.includes('/generated/')) return null;
      return { code: minifyTemplates(code, id), map: null };
    },
  };
}

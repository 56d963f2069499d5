// A Vite plugin for the script-tag builds (dist/cdn/, module and classic): it removes from the copy of
// Lit bundled there the features ally-widgets does not use. The npm build is untouched: it imports the
// app's own `lit`.
//
// ┌─ RE-CHECK ON EVERY LIT UPGRADE ──────────────────────────────────────────────────────────────────────┐
// │ Each edit replaces one exact piece of Lit's minified production build (node_modules/<package>/*.js), │
// │ so it is tied to the versions in CHECKED. A build with any other version stops with an error. Then: │
// │ read each edit against the new source (the development build, node_modules/<package>/development/,  │
// │ is readable), keep only those whose meaning is unchanged, update their `find` text and CHECKED, and │
// │ run the bundle tests in every browser (BROWSERS=chromium,firefox,webkit, test/bundle, test/hosts,   │
// │ test/embed).                                                                                        │
// └──────────────────────────────────────────────────────────────────────────────────────────────────────┘
//
// Why it is safe:
// - Each feature is removed only while nothing in the bundle uses it: `usedBy` checks every other module
//   the build reads (our source, and any other package it ever bundles) and the build stops, naming the
//   feature and the file, when one does. A src change that starts using one (a directive, `reflect`, a
//   `svg` template…) therefore fails the build instead of breaking in a browser.
// - Another copy of Lit on the page (an app's own, or the npm build next to this bundle) shares nothing
//   that is removed here: no global is changed, only what this copy itself would have set or read. The
//   protocol fields (`_$…`) that copies share keep their names and meaning. test/bundle and test/hosts
//   (csp-lit-duplicate) load the bundle next to another Lit.
// - What does change: the classes this bundle exports are not a base for other Lit elements that need
//   these features (a subclass with `reflect: true` or `type: Number` would not get them). Subclass the
//   npm build's classes instead (README, "Builds").
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import ts from 'typescript';
import { taggedTemplates } from './minify-templates.mjs';

/** The Lit versions whose production builds these edits were checked against. */
export const CHECKED = { 'lit-html': '3.3.3', '@lit/reactive-element': '2.1.2', 'lit-element': '4.2.2' };

const RE = '@lit/reactive-element/reactive-element.js';
const CSS = '@lit/reactive-element/css-tag.js';
const LE = 'lit-element/lit-element.js';
const LH = 'lit-html/lit-html.js';

/**
 * What a module uses, for the `usedBy` checks, read from its syntax (so comments and strings never count):
 * the Lit modules it imports and the names it imports from them, whether it has decorators, every name
 * it mentions (identifiers, property names, and `Symbol.x` as such), the keys of its object literals with the values of
 * their `type` keys, and the static text of its html/svg/mathml templates and of its css`` ones.
 * It also lists the names of its classes' own accessors (get/set, `accessor`) and of the reactive
 * properties it declares (`static properties`, createProperty('x')).
 * @typedef {{ litPaths: string[], litImports: Set<string>, renderPart: boolean, decorators: boolean, names: Set<string>, keys: Set<string>, types: Set<string>, accessors: Set<string>, reactiveKeys: Set<string>, staticStyles: boolean, templates: { tag: string, strings: string[] }[], cssTemplates: { tag: string, strings: string[] }[] }} Usage
 */

/** Kinds of binding in a template, by position: `comment` (inside <!-- -->), `element` (<div ${x}>). */
export function bindingPositions(strings) {
  const kinds = new Set();
  let state = 'text';
  let quote = '';
  strings.forEach((s, i) => {
    for (let j = 0; j < s.length; j++) {
      if (state === 'comment') {
        if (s.startsWith('-->', j)) {
          state = 'text';
          j += 2;
        }
      } else if (state === 'text') {
        if (s.startsWith('<!--', j)) {
          state = 'comment';
          j += 3;
        } else if (s[j] === '<' && /[a-zA-Z]/.test(s[j + 1] ?? '')) state = 'tag';
      } else if (quote) {
        if (s[j] === quote) quote = '';
      } else if (s[j] === '"' || s[j] === "'") quote = s[j];
      else if (s[j] === '>') state = 'text';
    }
    if (i === strings.length - 1) return;
    if (state === 'comment') kinds.add('comment');
    // Inside a tag, a binding is an attribute value (after `=`, or inside quotes) or else the element's.
    else if (state === 'tag' && !quote && !/=\s*$/.test(s)) kinds.add('element');
  });
  return kinds;
}

const importsDirective = (u) => u.litPaths.some((p) => /directive/.test(p));

/**
 * The features removed, each with the edits that remove it and the check that it is unused. `usedBy`
 * returns why a module needs the feature, or nothing; `usedByAll` the same for all modules together.
 * @type {{ id: string, why: string, usedBy?: (u: Usage) => string | undefined, usedByAll?: (usages: Usage[]) => string | undefined, edits: [string, string, string][] }[]}
 */
export const FEATURES = [
  {
    id: 'polyfill-hooks',
    why: 'hooks for the ShadyDOM/ShadyCSS polyfills and for Lit SSR hydration: this ES2022 bundle never runs in a browser that needs the polyfills, and the widgets are never server-rendered by Lit',
    edits: [
      [CSS, 'e=t.ShadowRoot&&(void 0===t.ShadyCSS||t.ShadyCSS.nativeShadow)&&', 'e=t.ShadowRoot&&'],
      [RE, 'p=a.reactiveElementPolyfillSupport,', ''],
      [RE, 'p?.({ReactiveElement:y}),', ''],
      [LE, ',s.litElementHydrateSupport?.({LitElement:i});const o=s.litElementPolyfillSupport;o?.({LitElement:i});', ';'],
      [LH, ',B=t.litHtmlPolyfillSupport;B?.(S,k),', ';'],
    ],
  },
  {
    id: 'error-messages',
    why: 'two long messages for misuse of css`` that our source cannot commit (its styles are static css`` literals); the checks themselves stay',
    edits: [
      [CSS, 'throw Error("CSSResult is not constructable. Use `unsafeCSS` or `css` instead.")', 'throw Error("CSSResult")'],
      [
        CSS,
        `throw Error("Value passed to 'css' function must be a 'css' function result: "+t+". Use 'unsafeCSS' to pass non-literal values, but take care to ensure page security.")`,
        'throw Error("css: "+t)',
      ],
    ],
  },
  {
    id: 'css-values',
    why: 'values inside css`` (another css`` result, a number): our styles are css`` literals without ${}, and nothing calls unsafeCSS',
    usedBy: (u) =>
      u.cssTemplates.some((t) => t.strings.length > 1)
        ? 'has a css`` template with ${} in it'
        : u.litImports.has('unsafeCSS')
          ? 'imports unsafeCSS'
          : undefined,
    edits: [
      [
        CSS,
        'i=(t,...e)=>{const o=1===t.length?t[0]:e.reduce((e,s,o)=>e+(t=>{if(!0===t._$cssResult$)return t.cssText;if("number"==typeof t)return t;throw Error("css: "+t)})(s)+t[o+1],t[0]);return new n(o,t,s)}',
        'i=t=>new n(t[0],t,s)',
      ],
    ],
  },
  {
    id: 'stylesheet-objects',
    why: 'CSSStyleSheet objects in `static styles` (ours are css`` results only)',
    // A class whose `static styles` may hold sheets. (Making sheets for another document's shadow root,
    // as document-styles.ts does, does not go through these code paths.)
    usedBy: (u) => (u.staticStyles && u.names.has('CSSStyleSheet') ? 'has static styles and mentions CSSStyleSheet' : undefined),
    edits: [
      [CSS, 'c=e?t=>t:t=>t instanceof CSSStyleSheet?(t=>{let e="";for(const s of t.cssRules)e+=s.cssText;return r(e)})(t):t', 'c=t=>t'],
      [CSS, 's.adoptedStyleSheets=o.map(t=>t instanceof CSSStyleSheet?t:t.styleSheet)', 's.adoptedStyleSheets=o.map(t=>t.styleSheet)'],
    ],
  },
  {
    id: 'decorators',
    why: 'support for decorators (addInitializer, decorator metadata): our elements declare `static properties`',
    usedBy: (u) =>
      u.decorators
        ? 'has decorators'
        : u.litPaths.some((p) => /decorators/.test(p))
          ? 'imports Lit decorators'
          : ['addInitializer', 'Symbol.metadata', 'litPropertyMetadata'].some((n) => u.names.has(n))
            ? 'uses addInitializer or decorator metadata'
            : undefined,
    edits: [
      [RE, 'static addInitializer(t){this._$Ei(),(this.l??=[]).push(t)}', ''],
      [RE, 'void 0!==t.l&&(this.l=[...t.l]),', ''],
      [RE, ',this.constructor.l?.forEach(t=>t(this))', ''],
      [RE, 'Symbol.metadata??=Symbol("metadata"),a.litPropertyMetadata??=new WeakMap;', ''],
      [
        RE,
        'const t=this[Symbol.metadata];if(null!==t){const s=litPropertyMetadata.get(t);if(void 0!==s)for(const[t,i]of s)this.elementProperties.set(t,i)}',
        '',
      ],
    ],
  },
  {
    id: 'reflect',
    why: 'properties reflected to attributes (`reflect: true`) and `useDefault`',
    usedBy: (u) => (u.keys.has('reflect') || u.keys.has('useDefault') ? 'sets reflect or useDefault' : undefined),
    edits: [
      [
        RE,
        '_$ET(t,s){const i=this.constructor.elementProperties.get(t),e=this.constructor._$Eu(t,i);if(void 0!==e&&!0===i.reflect){const h=(void 0!==i.converter?.toAttribute?i.converter:u).toAttribute(s,i.type);this._$Em=t,null==h?this.removeAttribute(e):this.setAttribute(e,h),this._$Em=null}}',
        '',
      ],
      [RE, 'update(t){this._$Eq&&=this._$Eq.forEach(t=>this._$ET(t,this[t])),this._$EM()}', 'update(t){this._$EM()}'],
      [RE, ',!0===e&&this._$Em!==t&&(this._$Eq??=new Set).add(t)', ''],
      [RE, '||i.useDefault&&i.reflect&&h===this._$Ej?.get(t)&&!this.hasAttribute(r._$Eu(t,i))', ''],
      [RE, 'toAttribute(t,s){switch(s){case Boolean:t=t?l:null;break;case Object:case Array:t=null==t?t:JSON.stringify(t)}return t},', ''],
      [RE, 'c=a.trustedTypes,l=c?c.emptyScript:"",', ''],
      [
        RE,
        'C(t,s,{useDefault:i,reflect:e,wrapped:h},r){i&&!(this._$Ej??=new Map).has(t)&&(this._$Ej.set(t,r??s??this[t]),!0!==h||void 0!==r)||',
        'C(t,s,{wrapped:h},r){',
      ],
      [RE, 'this.hasUpdated||i||(s=void 0)', 'this.hasUpdated||(s=void 0)'],
      [RE, 'this[e]=r??this._$Ej?.get(e)??r,', 'this[e]=r,'],
    ],
  },
  {
    id: 'accessor-properties',
    why: 'reactive properties that a class also defines itself, with get/set or `accessor` (their first value reported to the first update)',
    usedByAll: (usages) => {
      const keys = new Set(usages.flatMap((u) => [...u.reactiveKeys]));
      const both = [...new Set(usages.flatMap((u) => [...u.accessors]))].filter((name) => keys.has(name));
      return both.length ? `reactive properties ${both.join(', ')} have accessors of their own` : undefined;
    },
    edits: [
      [RE, 'this.prototype.hasOwnProperty(t)&&((s=Object.create(s)).wrapped=!0),', ''],
      [
        RE,
        'const t=this.constructor.elementProperties;if(t.size>0)for(const[s,i]of t){const{wrapped:t}=i,e=this[s];!0!==t||this._$AL.has(s)||void 0===e||this.C(s,void 0,i,e)}',
        '',
      ],
    ],
  },
  {
    id: 'converters',
    why: 'attribute converters other than String and Boolean (`type: Number|Object|Array`, custom `converter`)',
    usedBy: (u) =>
      u.keys.has('converter') || ['Number', 'Object', 'Array'].some((t) => u.types.has(t))
        ? 'sets a converter or type Number/Object/Array'
        : undefined,
    edits: [
      [
        RE,
        'fromAttribute(t,s){let i=t;switch(s){case Boolean:i=null!==t;break;case Number:i=null===t?null:Number(t);break;case Object:case Array:try{i=JSON.parse(t)}catch(t){i=null}}return i}',
        'fromAttribute(t,s){return s===Boolean?null!==t:t}',
      ],
      [RE, 'h="function"==typeof t.converter?{fromAttribute:t.converter}:void 0!==t.converter?.fromAttribute?t.converter:u', 'h=u'],
    ],
  },
  {
    id: 'svg-mathml-templates',
    why: 'svg`` and mathml`` templates (an <svg> inside an html`` template still works)',
    usedBy: (u) =>
      ['svg', 'mathml'].some((t) => u.litImports.has(t) || u.templates.some((x) => x.tag === t)) ? 'uses svg`` or mathml``' : undefined,
    edits: [
      [LH, 'l=2===i?"<svg>":3===i?"<math>":""', 'l=""'],
      [LH, '+(2===i?"</svg>":3===i?"</math>":"")', ''],
      [
        LH,
        'if(this.el=S.createElement(f,e),P.currentNode=this.el.content,2===i||3===i){const t=this.el.content.firstChild;t.replaceWith(...t.childNodes)}',
        'this.el=S.createElement(f,e),P.currentNode=this.el.content;',
      ],
    ],
  },
  {
    id: 'raw-text-elements',
    why: 'bindings inside <script>, <style>, <textarea> and <title> in templates (we have none of these elements)',
    usedBy: (u) =>
      u.templates.some((t) => t.strings.some((s) => /<(script|style|textarea|title)\b/i.test(s)))
        ? 'has a <script>, <style>, <textarea> or <title> in a template'
        : undefined,
    edits: [
      [LH, '(y.test(u[2])&&(n=RegExp("</"+u[2],"g")),c=p)', 'c=p'],
      [
        LH,
        'if(y.test(r.tagName)){const t=r.textContent.split(o),i=t.length-1;if(i>0){r.textContent=s?s.emptyScript:"";for(let s=0;s<i;s++)r.append(t[s],c()),P.nextNode(),d.push({type:2,index:++l});r.append(t[i],c())}}',
        '',
      ],
    ],
  },
  {
    id: 'directives',
    why: 'directives (repeat, classMap, ref…) and the element bindings (<div ${ref()}>) only directives can fill',
    usedBy: (u) =>
      importsDirective(u)
        ? 'imports a Lit directive'
        : u.templates.some((t) => bindingPositions(t.strings).has('element'))
          ? 'binds a value in element position (<div ${x}>)'
          : undefined,
    edits: [
      [
        LH,
        'function M(t,i,s=t,e){if(i===E)return i;let h=void 0!==e?s._$Co?.[e]:s._$Cl;const o=a(i)?void 0:i._$litDirective$;return h?.constructor!==o&&(h?._$AO?.(!1),void 0===o?h=void 0:(h=new o(t),h._$AT(t,s,e)),void 0!==e?(s._$Co??=[])[e]=h:s._$Cl=h),void 0!==h&&(i=M(t,h._$AS(t,i.values),h,e)),i}',
        'function M(t,i){return i}',
      ],
      [LH, 'else t.startsWith(o)&&(d.push({type:6,index:l}),r.removeAttribute(t))', ''],
      [LH, ':6===r.type&&(i=new Z(h,this,t))', ':0'],
    ],
  },
  {
    id: 'part-api',
    why: "the parts' API for directives and for callers of Lit's render(): async directives' connection tracking (setConnected, isConnected, _$AU, _$AP, _$AN) and parentNode/startNode/endNode/tagName",
    // A call of render() whose part nobody keeps needs none of it (a container's content, rendered again
    // by the next call).
    usedBy: (u) => (importsDirective(u) ? 'imports a Lit directive' : u.renderPart ? "keeps the part Lit's render() returns" : undefined),
    edits: [
      [
        LH,
        'this._$AV=[],this._$AN=void 0,this._$AD=t,this._$AM=i}get parentNode(){return this._$AM.parentNode}get _$AU(){return this._$AM._$AU}',
        'this._$AV=[],this._$AD=t,this._$AM=i}',
      ],
      [
        LH,
        'get _$AU(){return this._$AM?._$AU??this._$Cv}constructor(t,i,s,e){this.type=2,this._$AH=A,this._$AN=void 0,this._$AA=t,this._$AB=i,this._$AM=s,this.options=e,this._$Cv=e?.isConnected??!0}get parentNode(){let t=this._$AA.parentNode;const i=this._$AM;return void 0!==i&&11===t?.nodeType&&(t=i.parentNode),t}get startNode(){return this._$AA}get endNode(){return this._$AB}',
        'constructor(t,i,s,e){this.type=2,this._$AH=A,this._$AA=t,this._$AB=i,this._$AM=s,this.options=e}',
      ],
      [
        LH,
        '_$AR(t=this._$AA.nextSibling,s){for(this._$AP?.(!1,!0,s);t!==this._$AB;)',
        '_$AR(t=this._$AA.nextSibling){for(;t!==this._$AB;)',
      ],
      [LH, 'setConnected(t){void 0===this._$AM&&(this._$Cv=t,this._$AP?.(t))}', ''],
      [
        LH,
        'get tagName(){return this.element.tagName}get _$AU(){return this._$AM._$AU}constructor(t,i,s,e,h){this.type=1,this._$AH=A,this._$AN=void 0,',
        'constructor(t,i,s,e,h){this.type=1,this._$AH=A,',
      ],
      [LE, 'this.hasUpdated||(this.renderOptions.isConnected=this.isConnected),', ''],
      [
        LE,
        'connectedCallback(){super.connectedCallback(),this._$Do?.setConnected(!0)}disconnectedCallback(){super.disconnectedCallback(),this._$Do?.setConnected(!1)}',
        '',
      ],
    ],
  },
  {
    id: 'comment-bindings',
    why: 'bindings inside HTML comments in templates',
    usedBy: (u) =>
      u.templates.some((t) => bindingPositions(t.strings).has('comment')) ? 'binds a value inside an HTML comment' : undefined,
    edits: [[LH, 'else{let t=-1;for(;-1!==(t=r.data.indexOf(o,t+1));)d.push({type:7,index:l}),t+=o.length-1}', '']],
  },
];

const LIT_FILES = [...new Set(FEATURES.flatMap((f) => f.edits.map(([file]) => file)))];
const LIT_PACKAGE = /\/node_modules\/(lit|lit-html|lit-element|@lit\/reactive-element)\//;
const LIT_SPECIFIER = /^(lit|lit-html|lit-element|@lit\/reactive-element)(\/|$)/;

/** What a module (TypeScript or JavaScript) uses, for the features' checks. */
export function usage(code, id) {
  const file = ts.createSourceFile(id, code, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  /** @type {Usage} */
  const u = {
    litPaths: [],
    litImports: new Set(),
    renderPart: false,
    decorators: false,
    names: new Set(),
    keys: new Set(),
    types: new Set(),
    accessors: new Set(),
    reactiveKeys: new Set(),
    staticStyles: false,
    templates: [],
    cssTemplates: [],
  };
  /** The names Lit's render() has here (imported as itself, or renamed). */
  const renderNames = new Set();
  const addKeys = (object) => {
    if (!object || !ts.isObjectLiteralExpression(object)) return;
    for (const p of object.properties) if (p.name) u.reactiveKeys.add(p.name.getText(file).replace(/^["'`]|["'`]$/g, ''));
  };
  const visit = (node) => {
    const named = (node.name && ts.isIdentifier(node.name) && node.name.text) || '';
    const isStatic = ts.canHaveModifiers(node) && ts.getModifiers(node)?.some((m) => m.kind === ts.SyntaxKind.StaticKeyword);
    if ((ts.isGetAccessor(node) || ts.isSetAccessor(node)) && ts.isClassLike(node.parent) && !isStatic) u.accessors.add(named);
    if (ts.isPropertyDeclaration(node) && ts.getModifiers(node)?.some((m) => m.kind === ts.SyntaxKind.AccessorKeyword))
      u.accessors.add(named);
    if (named === 'styles' && isStatic) u.staticStyles = true;
    if (named === 'properties' && isStatic && ts.isPropertyDeclaration(node)) addKeys(node.initializer);
    if (named === 'properties' && isStatic && ts.isGetAccessor(node))
      node.body?.statements.forEach((st) => ts.isReturnStatement(st) && addKeys(st.expression));
    if (
      ts.isCallExpression(node) &&
      /(^|\.)createProperty$/.test(node.expression.getText(file)) &&
      node.arguments[0] &&
      ts.isStringLiteralLike(node.arguments[0])
    ) {
      u.reactiveKeys.add(node.arguments[0].text);
    }
    if (ts.isDecorator(node)) u.decorators = true;
    else if (ts.isIdentifier(node) || ts.isPrivateIdentifier(node)) {
      u.names.add(node.text);
      // Lit's render(), anywhere but in a statement of its own (its import names it too).
      const call = node.parent;
      if (renderNames.has(node.text) && !ts.isImportSpecifier(call))
        u.renderPart ||= !(ts.isCallExpression(call) && call.expression === node && ts.isExpressionStatement(call.parent));
    } else if (ts.isPropertyAccessExpression(node) && node.expression.getText(file) === 'Symbol') u.names.add(`Symbol.${node.name.text}`);
    else if (ts.isPropertyAssignment(node) || ts.isShorthandPropertyAssignment(node)) {
      const key = node.name.getText(file).replace(/^["'`]|["'`]$/g, '');
      u.keys.add(key);
      if (key === 'type' && ts.isPropertyAssignment(node)) u.types.add(node.initializer.getText(file));
    } else if (
      (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) &&
      node.moduleSpecifier &&
      ts.isStringLiteral(node.moduleSpecifier)
    ) {
      const from = node.moduleSpecifier.text;
      if (LIT_SPECIFIER.test(from)) {
        u.litPaths.push(from);
        const bindings = ts.isImportDeclaration(node) ? node.importClause?.namedBindings : node.exportClause;
        if (bindings && 'elements' in bindings)
          for (const e of bindings.elements) {
            u.litImports.add((e.propertyName ?? e.name).text);
            if ((e.propertyName ?? e.name).text === 'render') renderNames.add(e.name.text);
          }
      }
    } else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) {
      const [arg] = node.arguments;
      if (arg && ts.isStringLiteralLike(arg) && LIT_SPECIFIER.test(arg.text)) u.litPaths.push(arg.text);
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  u.templates = taggedTemplates(code, id, ['html', 'svg', 'mathml']).map((t) => ({ tag: t.tag, strings: t.parts.map((p) => p.text) }));
  u.cssTemplates = taggedTemplates(code, id, ['css']).map((t) => ({ tag: t.tag, strings: t.parts.map((p) => p.text) }));
  return u;
}

/** Applies every edit for `file` to `code`; each must match exactly once. */
export function trim(file, code) {
  for (const feature of FEATURES) {
    for (const [f, find, replace] of feature.edits) {
      if (f !== file) continue;
      const count = code.split(find).length - 1;
      if (count !== 1) {
        throw new Error(`lit-trim: "${feature.id}" expects its text once in ${file}, found it ${count} times: ${find.slice(0, 80)}…`);
      }
      code = code.replace(find, () => replace);
    }
  }
  return code;
}

export function litTrim() {
  const trimmed = new Set();
  const uses = [];
  /** @type {Usage[]} */
  const usages = [];
  return {
    name: 'ally-lit-trim',
    apply: 'build',
    enforce: 'pre',
    buildStart() {
      trimmed.clear();
      uses.length = 0;
      usages.length = 0;
    },
    transform(code, id) {
      const path = id.split('?')[0];
      const file = LIT_FILES.find((f) => path.endsWith(`/node_modules/${f}`));
      if (file) {
        const name = file.startsWith('@') ? file.split('/').slice(0, 2).join('/') : file.split('/')[0];
        const { version } = JSON.parse(readFileSync(join(dirname(path), 'package.json'), 'utf8'));
        if (version !== CHECKED[name]) {
          throw new Error(
            `lit-trim: ${name} is ${version}, but scripts/lit-trim.mjs was checked against ${CHECKED[name]}. ` +
              'Re-check every edit there against the new source (see its header), then update CHECKED.',
          );
        }
        trimmed.add(file);
        return { code: trim(file, code), map: null };
      }
      if (/\/development\//.test(path) && LIT_PACKAGE.test(path)) {
        throw new Error(`lit-trim: the bundle includes Lit's development build (${path}); it expects the production build.`);
      }
      // The generated content is data, which uses no Lit: no need to read it.
      if (LIT_PACKAGE.test(path) || path.includes('/src/generated/') || !/\.[cm]?[jt]sx?$/.test(path)) return null;
      const u = usage(code, path);
      usages.push(u);
      for (const feature of FEATURES) {
        const reason = feature.usedBy?.(u);
        if (reason) uses.push(`${path} ${reason}, but the script-tag build removes Lit's "${feature.id}" (${feature.why})`);
      }
      return null;
    },
    buildEnd(error) {
      if (error) return;
      for (const feature of FEATURES) {
        const reason = feature.usedByAll?.(usages);
        if (reason) uses.push(`${reason}, but the script-tag build removes Lit's "${feature.id}" (${feature.why})`);
      }
      if (uses.length) {
        throw new Error(`lit-trim: ${uses.join('; ')}. Remove that feature from FEATURES in scripts/lit-trim.mjs, or do without it.`);
      }
      const missing = LIT_FILES.filter((f) => !trimmed.has(f));
      if (missing.length) throw new Error(`lit-trim: never saw ${missing.join(', ')}: did Lit's file layout change?`);
    },
  };
}

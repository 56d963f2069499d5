// Plugins for @custom-elements-manifest/analyzer (see custom-elements-manifest.config.mjs). The analyzer
// reads Lit's `static properties`, JSDoc and inheritance by itself; these fill the gaps of this project:
// elements registered through our define(), type aliases spelled out, JSDoc attribute types, the public
// API only, and the modules and paths of the files that ship.

/**
 * The TypeScript program of src/ (the analyzer's own TypeScript, with tsconfig.build.json), whose
 * checker spells out type aliases. Made once, by the config's overrideModuleCreation.
 */
export function createProgram(ts, config = 'tsconfig.build.json') {
  const parsed = ts.getParsedCommandLineOfConfigFile(
    config,
    {},
    {
      ...ts.sys,
      onUnRecoverableConfigFileDiagnostic: (d) => {
        throw new Error(ts.flattenDiagnosticMessageText(d.messageText, '\n'));
      },
    },
  );
  const program = ts.createProgram(parsed.fileNames, parsed.options);
  program.getTypeChecker(); // binds every file: the analyzer walks their nodes' parents
  return program;
}

/**
 * Each attribute's and field's type with its aliases spelled out, as `parsedType` (the name other
 * manifest tools read): `Theme | undefined` → `'light' | 'dark' | 'auto' | undefined`. Object types keep
 * their names (`readonly OwnResource[]`). The framework types are written from these.
 */
export function expandedTypes(getProgram) {
  return {
    name: 'ally - expanded types',
    analyzePhase({ ts, node, moduleDoc }) {
      const doc = classDoc(ts, node, moduleDoc);
      if (!doc) return;
      const checker = getProgram().getTypeChecker();
      const typeOf = (name) => {
        const member = node.members.find((m) => ts.isPropertyDeclaration(m) && m.type && m.name.getText() === name);
        return member && spell(ts, checker, checker.getTypeFromTypeNode(member.type));
      };
      for (const item of [...(doc.attributes ?? []), ...(doc.members ?? [])]) {
        if (!item.type) continue;
        const text = typeOf(item.fieldName ?? item.name);
        if (text && text !== item.type.text) item.parsedType = { text };
      }
    },
  };
}

function spell(ts, checker, type) {
  const flags = ts.TypeFormatFlags.NoTruncation | ts.TypeFormatFlags.UseSingleQuotesForStringLiteralType;
  if (!type.isUnion() || type.flags & ts.TypeFlags.Boolean) return checker.typeToString(type, undefined, flags);
  const parts = type.types.map((t) => checker.typeToString(t, undefined, flags));
  // TypeScript keeps `boolean` in a union as `false | true`.
  if (parts.includes('false') && parts.includes('true')) parts.splice(parts.indexOf('false'), 1, 'boolean');
  // `undefined` last, as people write it.
  const sorted = [...parts.filter((p) => p !== 'true' && p !== 'undefined'), ...parts.filter((p) => p === 'undefined')];
  return sorted.join(' | ');
}

/**
 * Our elements are registered with `define('ally-tips', AllyTips)` (src/internal/define.ts), not
 * `customElements.define`, which is all the analyzer looks for. Each such call becomes the module's
 * custom-element-definition export, and the analyzer then gives the class its tagName.
 */
export function defineCalls() {
  return {
    name: 'ally - define() calls',
    analyzePhase({ ts, node, moduleDoc }) {
      // The program's files have absolute names: the manifest's paths are relative to the project.
      if (ts.isSourceFile(node)) moduleDoc.path = relativePath(moduleDoc.path);
      if (!ts.isCallExpression(node) || !ts.isIdentifier(node.expression) || node.expression.text !== 'define') return;
      const [tag, klass] = node.arguments;
      if (!tag || !klass || !ts.isStringLiteral(tag) || !ts.isIdentifier(klass)) return;
      const module = importedFrom(ts, node.getSourceFile(), klass.text) ?? moduleDoc.path;
      moduleDoc.exports = [
        ...(moduleDoc.exports ?? []),
        { kind: 'custom-element-definition', name: tag.text, declaration: { name: klass.text, module } },
      ];
    },
  };
}

/** The module (relative to the project, as the manifest writes it) that `name` is imported from in `file`. */
function importedFrom(ts, file, name) {
  for (const statement of file.statements) {
    if (!ts.isImportDeclaration(statement) || !ts.isStringLiteral(statement.moduleSpecifier)) continue;
    const named = statement.importClause?.namedBindings;
    if (!named || !ts.isNamedImports(named) || !named.elements.some((e) => e.name.text === name)) continue;
    const from = statement.moduleSpecifier.text;
    if (!from.startsWith('.')) return undefined;
    const base = new URL(`file:///${relativePath(file.fileName)}`);
    return new URL(from, base).pathname.slice(1);
  }
  return undefined;
}

/** The manifest's declaration of the class `node` declares; undefined for any other node. */
function classDoc(ts, node, moduleDoc) {
  if (!ts.isClassDeclaration(node) || !node.name) return undefined;
  return moduleDoc.declarations.find((d) => d.name === node.name.text);
}

const relativePath = (fileName) => fileName.replace(/\\/g, '/').replace(`${process.cwd().replace(/\\/g, '/')}/`, '');

/**
 * A class-level `@attr {type} name - description` documents an attribute's type as authors write it
 * (`heading-level` takes 1–6 or '1'–'6', though the property converts any value). The analyzer lets
 * Lit's `static properties` (the field's TypeScript type) override it; here the JSDoc wins, as the
 * analyzer intends for JSDoc. Runs after the Lit plugin and expandedTypes on the same class.
 */
export function attributeJsDoc() {
  return {
    name: 'ally - class @attr types win',
    analyzePhase({ ts, node, moduleDoc }) {
      const doc = classDoc(ts, node, moduleDoc);
      if (!doc?.attributes) return;
      for (const jsDoc of node.jsDoc ?? []) {
        for (const [, type, name, description] of jsDoc.getFullText().matchAll(/@attr(?:ibute)?\s+\{([^}]+)\}\s+([\w-]+)\s+-\s+(.+)/g)) {
          const attribute = doc.attributes.find((a) => a.name === name);
          if (!attribute) continue;
          attribute.type = { text: type.trim() };
          delete attribute.parsedType;
          attribute.description = description.trim();
        }
      }
    },
  };
}

/**
 * Only what a page may use: no private or protected members (internal state such as the tips'
 * `expanded`, controllers, render helpers), no attribute for a Lit `state: true` property, no Lit
 * plumbing. Runs per module, before the analyzer copies inherited members into each element.
 */
export function publicApiOnly() {
  return {
    name: 'ally - public API only',
    analyzePhase({ ts, node, moduleDoc }) {
      // Lit `state: true` properties: internal reactive state, never an attribute.
      const doc = classDoc(ts, node, moduleDoc);
      if (!doc) return;
      const properties = node.members.find((m) => m.name?.getText() === 'properties' && ts.isPropertyDeclaration(m));
      const object = properties?.initializer;
      if (!object || !ts.isObjectLiteralExpression(object)) return;
      for (const p of object.properties) {
        if (!ts.isPropertyAssignment(p) || !ts.isObjectLiteralExpression(p.initializer)) continue;
        const state = p.initializer.properties.some(
          (o) => o.name?.getText() === 'state' && o.initializer?.kind === ts.SyntaxKind.TrueKeyword,
        );
        if (state) (doc.stateFields ??= []).push(p.name.getText());
      }
    },
    moduleLinkPhase({ moduleDoc }) {
      for (const doc of moduleDoc.declarations ?? []) {
        if (doc.kind !== 'class') continue;
        const hidden = new Set(doc.stateFields ?? []);
        delete doc.stateFields;
        doc.members = doc.members?.filter((m) => {
          const internal = m.privacy === 'private' || m.privacy === 'protected' || /^[_#]/.test(m.name) || hidden.has(m.name);
          if (internal) hidden.add(m.name);
          return !internal;
        });
        doc.attributes = doc.attributes?.filter((a) => !hidden.has(a.fieldName));
        // A field's `@attr name` JSDoc (which lit-analyzer reads) makes the analyzer copy the field's own
        // `attribute` link into the attribute: not a key of the schema's attributes.
        for (const a of doc.attributes ?? []) delete a.attribute;
        // In the order of their properties; attributes without one (`lang`) last.
        const order = (a) => {
          const i = doc.members?.findIndex((m) => m.name === a.fieldName) ?? -1;
          return i < 0 ? Infinity : i;
        };
        doc.attributes?.sort((a, b) => order(a) - order(b));
        for (const key of ['members', 'attributes']) if (doc[key] && !doc[key].length) delete doc[key];
      }
    },
  };
}

/**
 * The manifest describes the package as published: its elements, the base class they inherit from, and
 * the entry modules that register them or export them; no internal helpers. `src/x.ts` becomes
 * `dist/x.js` in module paths and references: the files a page or a tool imports.
 */
export function publishedModules() {
  const published = (path) => path.replace(/^\/?src\/(.*)\.(ts|js)$/, 'dist/$1.js');
  // Paths and references, made relative to the project (a re-export's `./x.js` to its module's folder).
  const visit = (value, from) => {
    if (Array.isArray(value)) return value.forEach((v) => visit(v, from));
    if (!value || typeof value !== 'object') return;
    for (const [key, v] of Object.entries(value)) {
      if ((key === 'module' || key === 'path') && typeof v === 'string') {
        value[key] = published(v.startsWith('.') ? new URL(v, `file:///${from}`).pathname.slice(1) : v);
      } else visit(v, from);
    }
  };
  const ENTRIES = ['src/index.ts', 'src/ally-widgets.ts'];
  const kept = (module) =>
    ENTRIES.includes(module.path) ||
    module.declarations?.some((d) => d.customElement) ||
    module.exports?.some((e) => e.kind === 'custom-element-definition');
  return {
    name: 'ally - published modules',
    packageLinkPhase({ customElementsManifest }) {
      customElementsManifest.modules = customElementsManifest.modules.filter(kept);
      for (const module of customElementsManifest.modules) visit(module, module.path);
    },
  };
}

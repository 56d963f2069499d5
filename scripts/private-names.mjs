// Which property names of our own source the script-tag builds may shorten: the members declared
// `private` in TypeScript that are used as nothing else. TypeScript keeps `private` names as they are, and
// a minifier must keep every property name it cannot prove is used only by our code; this proves it.
//
// A name qualifies only if, in every module of our source, it appears as a property solely as a `private`
// member's declaration or as `this.<name>`, and never inside a string or template (where it could be read
// by name: `changed.has('name')`, `.name=${…}` in a template, `'name' in x`). The terser pass then drops
// any name that also appears in a module of the bundle that is not ours (Lit, the generated content), and
// terser itself keeps every DOM and built-in property name. Public members are never shortened: pages
// may use them.
import ts from 'typescript';

/**
 * A class member or constructor parameter declared `private` or `protected`. Protected members are for
 * our own subclasses: the script-tag bundle's classes are not a base for other elements (README,
 * "Builds": subclass the npm build's), and Lit's own lifecycle names (render, willUpdate…) stay, as
 * every name Lit uses does.
 */
const isPrivate = (node) => ts.getCombinedModifierFlags(node) & (ts.ModifierFlags.Private | ts.ModifierFlags.Protected);

/**
 * How one module uses property names: `privates`, the names it declares private; `others`, names it uses
 * as a property in any other way; `words`, every word inside its strings and templates.
 */
export function propertyUses(code, fileName) {
  const file = ts.createSourceFile(fileName, code, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const privates = new Set();
  const others = new Set();
  const words = new Set();
  const visit = (node) => {
    if (ts.isStringLiteralLike(node) || ts.isTemplateHead(node) || ts.isTemplateMiddle(node) || ts.isTemplateTail(node)) {
      for (const w of node.text.match(/[\w$]+/g) ?? []) words.add(w);
    } else if (ts.isIdentifier(node) || ts.isPrivateIdentifier(node)) {
      const parent = node.parent;
      const name = node.text;
      if (
        (ts.isClassElement(parent) || ts.isParameter(parent) || ts.isTypeElement(parent)) &&
        parent.name === node &&
        !ts.isConstructorDeclaration(parent)
      ) {
        // A member: private, or a name others may use. A plain parameter is a variable, not a property.
        if (ts.isParameter(parent) && !ts.isParameterPropertyDeclaration(parent, parent.parent)) return;
        (isPrivate(parent) ? privates : others).add(name);
      } else if (ts.isPropertyAccessExpression(parent) && parent.name === node) {
        if (parent.expression.kind !== ts.SyntaxKind.ThisKeyword) others.add(name);
      } else if (
        ((ts.isPropertyAssignment(parent) || ts.isShorthandPropertyAssignment(parent) || ts.isEnumMember(parent)) &&
          parent.name === node) ||
        (ts.isBindingElement(parent) &&
          (parent.propertyName === node || (!parent.propertyName && ts.isObjectBindingPattern(parent.parent)))) ||
        (ts.isQualifiedName(parent) && parent.right === node) ||
        ts.isJsxAttribute(parent)
      ) {
        others.add(name);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return { privates, others, words };
}

/** The names that qualify, from the uses of every module of our source. */
export function privateNames(uses) {
  const all = (key) => new Set(uses.flatMap((u) => [...u[key]]));
  const others = all('others');
  const words = all('words');
  return [...all('privates')].filter((name) => !others.has(name) && !words.has(name)).sort();
}

// The Custom Elements Manifest (dist/custom-elements.json, made by npm run build) against the elements as
// they run: every attribute it lists is one the element observes, and the CSS parts it lists are exactly
// the parts the element renders (or, for the guide, exports from the elements inside it).
import { expect, fixture } from '@open-wc/testing';
import '../src/ally-widgets.js';
import { settle } from './helpers.js';

interface Declaration {
  tagName?: string;
  attributes?: { name: string }[];
  cssParts?: { name: string }[];
}

async function manifestElements(): Promise<Map<string, Declaration>> {
  const response = await fetch('/dist/custom-elements.json');
  if (!response.ok) throw new Error('dist/custom-elements.json is missing: run npm run build');
  const manifest = (await response.json()) as { modules: { declarations?: Declaration[] }[] };
  const all = manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.tagName);
  return new Map(all.map((d) => [d.tagName!, d]));
}

type Widget = HTMLElement & { updateComplete: Promise<unknown> };

// Each widget as it renders the most: US lines (988's steps, organizations with links), a tip open, one
// resource of the organization's own.
const MARKUP: Record<string, string> = {
  'ally-tips': '<ally-tips open></ally-tips>',
  'ally-resources': '<ally-resources><ally-resource name="Acme EAP" phone="+1 800 555 0100"></ally-resource></ally-resources>',
  'ally-crisis': '<ally-crisis></ally-crisis>',
  'ally-guide': '<ally-guide><ally-resource name="Acme EAP" phone="+1 800 555 0100"></ally-resource></ally-guide>',
};

/** The part names an element's shadow root renders, and those it exports from elements inside it. */
function renderedParts(el: Element): string[] {
  const names = new Set<string>();
  for (const node of el.shadowRoot!.querySelectorAll('[part], [exportparts]')) {
    for (const name of (node.getAttribute('part') ?? '').split(/\s+/)) if (name) names.add(name);
    for (const name of (node.getAttribute('exportparts') ?? '').split(','))
      if (name.trim()) names.add(name.trim().split(':').pop()!.trim());
  }
  return [...names].sort();
}

describe('the Custom Elements Manifest, against the running elements', () => {
  let elements: Map<string, Declaration>;
  before(async () => {
    elements = await manifestElements();
  });

  it('lists every element registered', () => {
    expect([...elements.keys()].sort()).to.deep.equal(['ally-crisis', 'ally-guide', 'ally-resource', 'ally-resources', 'ally-tips']);
    for (const tag of elements.keys()) expect(customElements.get(tag), tag).to.exist;
  });

  for (const tag of Object.keys(MARKUP)) {
    it(`<${tag}>: its attributes are the ones it observes`, () => {
      const observed = (customElements.get(tag) as unknown as { observedAttributes: string[] }).observedAttributes;
      const documented = elements.get(tag)!.attributes!.map((a) => a.name);
      expect([...documented].sort()).to.deep.equal([...observed].sort());
    });

    it(`<${tag}>: its CSS parts are the parts it renders`, async () => {
      const el = await fixture<Widget>(MARKUP[tag]!);
      await settle(el.shadowRoot!);
      const documented = elements
        .get(tag)!
        .cssParts!.map((p) => p.name)
        .sort();
      expect(renderedParts(el)).to.deep.equal(documented);
    });
  }
});

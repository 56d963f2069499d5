import { expect, fixture, html } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import { all, captureConsole, deepAll, expectPrivateWebLinks, one, reviewedText, text } from '../../../test/helpers.js';
import guideEn from '../../generated/part-guide-en.js';
import localeEs from '../../generated/part-locale-es.js';
import './ally-guide.js';
import type { AllyGuide } from './guide.js';
import type { AllyCrisis } from '../crisis/crisis.js';
import type { AllyTips } from '../tips/tips.js';
import type { AllyResources } from '../resources/resources.js';

const SIGNS = [
  'Struggling with daily tasks, like eating, washing, or getting out of bed',
  'Sudden mood swings, or seeming suddenly calm after a long low period',
  'Growing restless, angry, or agitated',
  'Pulling away from friends, family, work, or school',
  'Talking about wanting to die, being a burden, or feeling trapped or hopeless',
  'Looking for ways to die, or making a plan',
  'Drinking or using drugs more than before',
  'Acting recklessly, giving things away, or saying goodbye',
  'Losing touch with reality, such as being confused or hearing voices',
  'Hurting themselves or others, or threatening to',
];

/** The guide's title and section headings, in reading order. */
const OUTLINE = [
  'Being a mental-health ally',
  'If you or someone you know is in crisis',
  'What it means to be an ally',
  'How to support someone',
  'Warning signs of a crisis',
  'Where to turn for help',
  'Caring for mental health',
];

/** Renders a guide and waits until it, and each widget inside it, has finished rendering. */
async function render(template: TemplateResult): Promise<AllyGuide> {
  const el = await fixture<AllyGuide>(template);
  await el.updateComplete;
  await parts(el);
  return el;
}

/** The guide's three inner widgets, each rendered (with its language and country loaded). */
async function parts(el: AllyGuide) {
  const crisis = one<AllyCrisis>(el, 'ally-crisis');
  const tips = one<AllyTips>(el, 'ally-tips');
  const resources = one<AllyResources>(el, 'ally-resources');
  await Promise.all([crisis.updateComplete, tips.updateComplete, resources.updateComplete]);
  return { crisis, tips, resources };
}

const level = (h: Element) => Number(h.localName.slice(1));
/** Every heading a reader (or a screen reader's heading list) meets, as "h3 Title". */
const headings = (el: AllyGuide) => deepAll(el.shadowRoot!, 'h1, h2, h3, h4, h5, h6');
const outline = (el: AllyGuide, deepest: number) =>
  headings(el)
    .filter((h) => level(h) <= deepest)
    .map((h) => `${h.localName} ${text(h)}`);
const hrefs = (root: Element) => deepAll(root.shadowRoot!, 'a').map((a) => a.getAttribute('href') ?? '');
const section = (el: AllyGuide, id: string) => one(el, `section[aria-labelledby="${id}"]`);

describe('<ally-guide>', () => {
  describe('rendering', () => {
    it('shows its title as an h2', async () => {
      const el = await render(html`<ally-guide></ally-guide>`);
      const title = one(el, '[part="heading"]');
      expect(title.localName).to.equal('h2');
      expect(text(title)).to.equal('Being a mental-health ally');
    });

    it('shows the sections in reading order: crisis, ally, tips, signs, resources, closing', async () => {
      const el = await render(html`<ally-guide></ally-guide>`);
      const article = one(el, '[part="root"]');
      const order = [...article.children].map((c) =>
        c.localName.startsWith('ally-')
          ? c.localName
          : c.localName === 'section'
            ? text(c.querySelector('[part="section-heading"]'))
            : `${c.localName}[${c.part}]`,
      );
      expect(order).to.deep.equal([
        'h2[heading]',
        'p[country-picker]',
        'ally-crisis',
        'What it means to be an ally',
        'ally-tips',
        'Warning signs of a crisis',
        'ally-resources',
        'Caring for mental health',
      ]);
      // ...and they are laid out top to bottom in that order.
      const tops = [...article.children].map((c) => c.getBoundingClientRect().top);
      for (let i = 1; i < tops.length; i++) expect(tops[i], `section ${i}`).to.be.greaterThan(tops[i - 1]!);
    });

    it('starts with the crisis callout for the US', async () => {
      const el = await render(html`<ally-guide></ally-guide>`);
      const { crisis } = await parts(el);
      expect(text(one(crisis, '[part="crisis-heading"]'))).to.equal('If you or someone you know is in crisis');
      expect(one(crisis, '[part="emergency-call"]').getAttribute('href')).to.equal('tel:911');
      expect(all<HTMLAnchorElement>(crisis, '[part="action"]').map((a) => a.getAttribute('href'))).to.deep.equal([
        'tel:988',
        'sms:988',
        'https://988lifeline.org/',
      ]);
    });

    it('explains what an ally is and why stigma matters', async () => {
      const el = await render(html`<ally-guide></ally-guide>`);
      const paragraphs = [...section(el, 'ally').querySelectorAll('p')].map(text);
      expect(paragraphs).to.have.length(2);
      expect(paragraphs[0]).to.match(/^A mental-health ally is someone who stands by a person/);
      expect(paragraphs[1]).to.match(/^Stigma is the shame and judgment/);
    });

    it('shows the four tips', async () => {
      const el = await render(html`<ally-guide></ally-guide>`);
      const { tips } = await parts(el);
      expect(text(one(tips, '[part="heading"]'))).to.equal('How to support someone');
      expect(all(tips, '[part="toggle"] .title').map(text)).to.deep.equal([
        'Listen actively',
        'Educate yourself',
        'Encourage self-care',
        'Be patient and keep showing up',
      ]);
    });

    it('lists the warning signs of a crisis', async () => {
      const el = await render(html`<ally-guide></ally-guide>`);
      const signs = section(el, 'signs');
      expect(text(signs.querySelector('p'))).to.equal(
        'A mental-health crisis can happen to anyone. Watch for these signs, especially if they are new or getting worse.',
      );
      expect([...signs.querySelectorAll('li')].map(text)).to.deep.equal(SIGNS);
      expect(text(signs)).to.contain('Not everyone shows signs. Trust your instincts');
    });

    it('shows NAMI, Mental Health America and SAMHSA, and no second crisis callout', async () => {
      const el = await render(html`<ally-guide></ally-guide>`);
      const { resources } = await parts(el);
      expect(text(one(resources, '[part="heading"]'))).to.equal('Where to turn for help');
      expect(all(resources, '[part="resource-name"]').map(text)).to.deep.equal([
        'NAMI, the National Alliance on Mental Illness',
        'Mental Health America',
        'SAMHSA National Helpline',
      ]);
      expect(all(resources, '[part="crisis"]'), 'the resources show no callout of their own').to.have.length(0);
      expect(deepAll(el.shadowRoot!, '[part="crisis"]'), 'one crisis callout in the whole guide').to.have.length(1);
    });

    it('closes with caring for mental health, reviewed and sourced', async () => {
      const el = await render(html`<ally-guide></ally-guide>`);
      const closing = section(el, 'closing');
      expect(text(closing.querySelector('p'))).to.match(/^Mental health matters as much as physical health\./);
      expect(text(closing.querySelector('.meta'))).to.equal(reviewedText(guideEn.locales!.en!.guide!));
      expectPrivateWebLinks([...closing.querySelectorAll<HTMLAnchorElement>('.meta a')]);
    });
  });

  describe('attributes', () => {
    it('layout="cards" lays the tips out as cards; an unknown layout is warned about once and lists them', async () => {
      const cards = await render(html`<ally-guide layout="cards"></ally-guide>`);
      const tips = cards.shadowRoot!.querySelector<AllyTips>('ally-tips')!;
      expect(tips.shadowRoot!.querySelector('[part="root"]')!.classList.contains('cards')).to.be.true;
      const logged = captureConsole();
      try {
        const odd = await render(html`<ally-guide layout="grid"></ally-guide>`);
        const inner = odd.shadowRoot!.querySelector<AllyTips>('ally-tips')!;
        expect(inner.shadowRoot!.querySelector('[part="root"]')!.classList.contains('list')).to.be.true;
        expect(logged.warnings.filter((w) => w.includes('layout'))).to.have.length(1);
      } finally {
        logged.restore();
      }
    });

    for (const [given, title, sections] of [
      ['1', 'h1', 'h2'],
      ['2', 'h2', 'h3'],
      ['3', 'h3', 'h4'],
    ] as const) {
      it(`heading-level="${given}": the title is an ${title} and every section heading an ${sections}`, async () => {
        const el = await render(html`<ally-guide heading-level=${given}></ally-guide>`);
        expect(outline(el, Number(sections.slice(1)))).to.deep.equal([
          `${title} ${OUTLINE[0]}`,
          ...OUTLINE.slice(1).map((h) => `${sections} ${h}`),
        ]);
      });
    }

    it('the heading outline never skips a level, through every nested widget', async () => {
      const el = await render(html`<ally-guide heading-level="2"></ally-guide>`);
      const list = headings(el);
      expect(list.length).to.be.greaterThan(OUTLINE.length);
      expect(level(list[0]!)).to.equal(2);
      for (let i = 1; i < list.length; i++) {
        expect(level(list[i]!), `${list[i]!.localName} ${text(list[i])}`).to.be.within(3, level(list[i - 1]!) + 1);
      }
      // The tips and organizations sit one level below their section.
      const { tips, resources } = await parts(el);
      expect(all(tips, '[part="tip-title"]').map((h) => h.localName)).to.deep.equal(['h4', 'h4', 'h4', 'h4']);
      expect(all(resources, '[part="resource-name"]').map((h) => h.localName)).to.deep.equal(['h4', 'h4', 'h4']);
    });

    it('heading replaces the title text only', async () => {
      const el = await render(html`<ally-guide heading="Supporting a coworker"></ally-guide>`);
      expect(outline(el, 3)).to.deep.equal(['h2 Supporting a coworker', ...OUTLINE.slice(1).map((h) => `h3 ${h}`)]);
    });

    it('lang="es" shows the guide and its parts in Spanish', async () => {
      const el = await render(html`<ally-guide lang="es"></ally-guide>`);
      const { crisis, tips, resources } = await parts(el);
      expect(one(el, '[part="root"]').getAttribute('lang')).to.equal('es');
      expect(outline(el, 3)).to.deep.equal([
        'h2 Ser una persona aliada en salud mental',
        'h3 Si tú o alguien que conoces están en crisis',
        'h3 Qué significa ser una persona aliada',
        'h3 Cómo apoyar a alguien',
        'h3 Señales de alerta de una crisis',
        'h3 Dónde buscar ayuda',
        'h3 Cuidar la salud mental',
      ]);
      for (const part of [crisis, tips, resources]) {
        expect(one(part, '[part="root"]').getAttribute('lang'), part.localName).to.equal('es');
      }
      expect(all(tips, '[part="toggle"] .title').map(text)[0]).to.equal('Escucha con atención');
      expect([...section(el, 'signs').querySelectorAll('li')].map(text)[0]).to.equal(
        'Dificultad para hacer las tareas diarias, como comer, lavarse o levantarse de la cama',
      );
      expect(all(resources, '[part="resource-name"]').map(text)[0]).to.equal('NAMI, la Alianza Nacional de Enfermedades Mentales');
      expect(all<HTMLAnchorElement>(crisis, '[part="action"]').map(text)[0]).to.equal('Llama al 988');
      expect(text(section(el, 'closing').querySelector('.meta'))).to.equal(reviewedText(localeEs.locales!.es!.guide!, 'es'));
    });

    it('lang="es-MX" passes Mexico to the crisis callout', async () => {
      const el = await render(html`<ally-guide lang="es-MX"></ally-guide>`);
      const { crisis } = await parts(el);
      expect(text(one(crisis, '[part="crisis-heading"]'))).to.equal('Si tú o alguien que conoces están en crisis');
      expect(all<HTMLAnchorElement>(crisis, '[part="action"]').map((a) => [text(a), a.getAttribute('href')])).to.deep.equal([
        ['Llama al 800 911 2000', 'tel:+528009112000'],
      ]);
      expect(one(crisis, '[part="emergency-call"]').getAttribute('href')).to.equal('tel:911');
      for (const us of ['tel:988', 'sms:988']) expect(hrefs(el), 'no US line anywhere in the guide').to.not.include(us);
    });

    it('country="GB" reaches the crisis callout and the resources', async () => {
      const el = await render(html`<ally-guide country="GB"></ally-guide>`);
      const { crisis, resources } = await parts(el);
      expect(all<HTMLAnchorElement>(crisis, '[part="action"]').map((a) => [text(a), a.getAttribute('href')])).to.deep.equal([
        ['Call 116 123', 'tel:116123'],
      ]);
      expect(text(one(crisis, '.crisis-name'))).to.match(/^Samaritans /);
      expect(all(resources, '[part="resource-name"]').map(text)).to.deep.equal(['Shout', 'NHS 111, mental health option']);
      for (const us of ['tel:988', 'tel:911']) expect(hrefs(crisis)).to.not.include(us);
      expect(hrefs(resources)).to.not.include('tel:+18009506264');
    });

    it('country="GB" shows no US number anywhere in the guide, and the crisis line once, at the top', async () => {
      const el = await render(html`<ally-guide country="GB"></ally-guide>`);
      const { tips } = await parts(el);
      const links = hrefs(el);
      expect(links).to.include('tel:116123');
      for (const us of ['tel:988', 'sms:988', 'tel:911']) expect(links, us).to.not.include(us);
      expect(links.filter((h) => h === 'tel:116123')).to.have.length(1);
      expect(one(tips, '[part="note"]').querySelectorAll('a')).to.have.length(0);
    });

    it('<ally-resource> children appear under "From your organization"', async () => {
      const el = await render(html`<ally-guide>
        <ally-resource name="Acme EAP" phone="+1 800 555 0100">Free, private counseling for staff.</ally-resource>
      </ally-guide>`);
      const { resources } = await parts(el);
      expect(text(one(resources, '[part="own-heading"]'))).to.equal('From your organization');
      const own = one(resources, '.own [part="resource"]');
      expect(text(own.querySelector('[part="resource-name"]'))).to.equal('Acme EAP');
      expect(text(own.querySelector('.summary'))).to.equal('Free, private counseling for staff.');
      const call = own.querySelector('a')!;
      expect(call.getAttribute('href')).to.equal('tel:+18005550100');
      expect(text(call)).to.equal('Call 1-800-555-0100');
      // Before the national organizations.
      const names = all(resources, '[part="resource-name"]').map(text);
      expect(names).to.deep.equal([
        'Acme EAP',
        'NAMI, the National Alliance on Mental Illness',
        'Mental Health America',
        'SAMHSA National Helpline',
      ]);
    });

    it('an <ally-resource> added later shows up too', async () => {
      const el = await render(html`<ally-guide></ally-guide>`);
      const { resources } = await parts(el);
      expect(all(resources, '[part="own-heading"]')).to.have.length(0);
      const added = document.createElement('ally-resource');
      added.setAttribute('name', 'Acme EAP');
      added.setAttribute('phone', '+1 800 555 0100');
      el.append(added);
      await new Promise((r) => setTimeout(r)); // the child observer reacts after a microtask
      await el.updateComplete;
      await resources.updateComplete;
      expect(text(one(resources, '.own [part="resource-name"]'))).to.equal('Acme EAP');
      expect(one(resources, '.own a').getAttribute('href')).to.equal('tel:+18005550100');
    });
  });

  describe('accessibility', () => {
    it('passes axe', async () => {
      const el = await render(html`<ally-guide></ally-guide>`);
      await expect(el).to.be.accessible();
    });

    it('passes axe in Spanish', async () => {
      const el = await render(html`<ally-guide lang="es"></ally-guide>`);
      await expect(el).to.be.accessible();
    });

    it('the guide is an article named by its title, and each section by its heading', async () => {
      const el = await render(html`<ally-guide></ally-guide>`);
      const article = one(el, '[part="root"]');
      expect(article.localName).to.equal('article');
      const labelOf = (node: Element) => text(el.shadowRoot!.getElementById(node.getAttribute('aria-labelledby')!));
      expect(labelOf(article)).to.equal('Being a mental-health ally');
      expect(all(el, '[part="section"]').map(labelOf)).to.deep.equal([
        'What it means to be an ally',
        'Warning signs of a crisis',
        'Caring for mental health',
      ]);
    });

    it('tap targets in the crisis callout are at least 44 px high', async () => {
      const el = await render(html`<ally-guide></ally-guide>`);
      const { crisis } = await parts(el);
      const links = all<HTMLAnchorElement>(crisis, '[part="action"]');
      expect(links).to.have.length(3);
      for (const a of links) expect(a.getBoundingClientRect().height, text(a)).to.be.at.least(43.5);
    });
  });

  describe('bad input', () => {
    let log: ReturnType<typeof captureConsole>;
    beforeEach(() => (log = captureConsole()));
    afterEach(() => log.restore());

    it('heading-level="9" falls back to 2 with a warning, and the sections to 3', async () => {
      const el = await render(html`<ally-guide heading-level="9"></ally-guide>`);
      expect(outline(el, 3)).to.deep.equal([`h2 ${OUTLINE[0]}`, ...OUTLINE.slice(1).map((h) => `h3 ${h}`)]);
      expect(log.warnings).to.have.length(1);
      expect(log.warnings[0]).to.contain('ally-guide').and.contain('heading-level="9"');
    });

    it('country="ZZ" shows international help in the callout, with a warning naming the value', async () => {
      const el = await render(html`<ally-guide country="ZZ"></ally-guide>`);
      const { crisis, resources } = await parts(el);
      expect(all<HTMLAnchorElement>(crisis, '[part="action"]').map((a) => a.getAttribute('href'))).to.deep.equal([
        'https://findahelpline.com/',
      ]);
      expect(hrefs(crisis).filter((h) => /^(tel|sms):/.test(h))).to.deep.equal([]);
      // Where to turn: the directory, so the heading is never left with nothing under it.
      expect(all(resources, '[part="resource-name"]').map(text)).to.deep.equal(['Find A Helpline']);
      expect(log.warnings.length).to.be.at.least(1);
      expect(log.warnings.every((w) => w.includes('country="ZZ"'))).to.be.true;
    });

    it('an <ally-resource> without a name is skipped with a warning', async () => {
      const el = await render(html`<ally-guide><ally-resource phone="+1 800 555 0100"></ally-resource></ally-guide>`);
      const { resources } = await parts(el);
      expect(all(resources, '[part="own-heading"]')).to.have.length(0);
      expect(log.warnings.join('\n')).to.contain('has no name');
    });

    it('never parses HTML given as a heading', async () => {
      const el = await render(html`<ally-guide heading="<img src=x onerror=alert(1)>Hi"></ally-guide>`);
      const title = one(el, '[part="heading"]');
      expect(title.querySelector('img')).to.be.null;
      expect(text(title)).to.equal('<img src=x onerror=alert(1)>Hi');
    });
  });
});

describe('<ally-guide> with an unknown language', () => {
  it('warns once, not once per part, and renders English', async () => {
    const log = captureConsole();
    try {
      const el = await render(html`<ally-guide lang="xx"></ally-guide>`);
      expect(text(one(el, '[part="heading"]'))).to.equal('Being a mental-health ally');
      expect(log.warnings).to.have.length(1);
      expect(log.warnings[0]).to.contain('lang="xx"');
    } finally {
      log.restore();
    }
  });
});

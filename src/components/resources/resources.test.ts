import { expect, fixture, html } from '@open-wc/testing';
import { all, captureConsole, expectPrivateWebLinks, one, text } from '../../../test/helpers.js';
import './ally-resources.js';
import type { AllyResources } from './resources.js';

const links = (el: Element, selector = 'a') => all<HTMLAnchorElement>(el, selector);
/** The hrefs of links inside a part of the shadow DOM. */
const hrefsIn = (node: Element, selector: string) =>
  [...node.querySelectorAll<HTMLAnchorElement>(selector)].map((a) => a.getAttribute('href'));

describe('<ally-resources>', () => {
  describe('rendering', () => {
    it('shows the crisis line first: call, text or chat 988', async () => {
      const el = await fixture<AllyResources>(html`<ally-resources></ally-resources>`);
      const first = links(el)[0]!;
      expect(first.closest('[part="crisis"]'), 'the first link is in the crisis callout').to.exist;
      const crisis = one(el, '[part="crisis"]');
      expect(text(crisis)).to.contain('988 Suicide & Crisis Lifeline');
      expect(links(el, '[part="action"]').map((a) => [text(a), a.getAttribute('href')])).to.deep.equal([
        ['Call 988', 'tel:988'],
        ['Text 988', 'sms:988'],
        ['Chat online at 988lifeline.org', 'https://988lifeline.org/'],
      ]);
      // As rendered, not only in the DOM: a flex layout can swallow the space before the number.
      expect(links(el, '[part="action"]').map((a) => a.innerText.trim())).to.deep.equal([
        'Call 988',
        'Text 988',
        'Chat online at 988lifeline.org',
      ]);
      const badges = [...crisis.querySelectorAll('.crisis-name .badge')].map(text);
      expect(badges).to.deep.equal(['Open 24/7', 'Free', 'Confidential']);
    });

    it('says to call 911 in immediate danger, as a tap-to-call link', async () => {
      const el = await fixture<AllyResources>(html`<ally-resources></ally-resources>`);
      expect(text(one(el, '[part="emergency"]'))).to.equal('If someone is in immediate danger, call emergency services now:');
      const call = one(el, '[part="emergency-call"]');
      expect(call.getAttribute('href')).to.equal('tel:911');
      expect(text(call)).to.equal('Call 911');
    });

    it('then NAMI, Mental Health America and SAMHSA, in that order', async () => {
      const el = await fixture<AllyResources>(html`<ally-resources></ally-resources>`);
      expect(all(el, '[part="resource-name"]').map(text)).to.deep.equal([
        'NAMI, the National Alliance on Mental Illness',
        'Mental Health America',
        'SAMHSA National Helpline',
      ]);
      const crisisBottom = one(el, '[part="crisis"]').getBoundingClientRect().bottom;
      expect(one(el, '[part="resource"]').getBoundingClientRect().top).to.be.at.least(crisisBottom);
    });

    it('links every phone number as tel: and every text number as sms:', async () => {
      const el = await fixture<AllyResources>(html`<ally-resources></ally-resources>`);
      const nami = one(el, '[data-resource="nami"]');
      expect(hrefsIn(nami, '[data-contact] a')).to.deep.equal(['tel:+18009506264', 'sms:62640?body=Friend']);
      expect(text(nami.querySelector('[data-contact="helpline"] a'))).to.equal('Call 1-800-950-NAMI (6264)');
      const mha = one(el, '[data-resource="mha"]');
      expect(hrefsIn(mha, '[data-contact] a')).to.deep.equal(['https://screening.mhanational.org/screening-tools/', 'sms:741741?body=MHA']);
      const samhsa = one(el, '[data-resource="samhsa"]');
      expect(hrefsIn(samhsa, '[data-contact] a')).to.deep.equal([
        'tel:+18006624357',
        'tel:+18004874889',
        'sms:435748',
        'https://findtreatment.gov/',
      ]);
      expect(text(samhsa)).to.contain('Call 1-800-662-HELP (4357)');
    });

    it('every tel: and sms: link dials an international number or a short code', async () => {
      const el = await fixture<AllyResources>(html`<ally-resources></ally-resources>`);
      const dial = links(el).filter((a) => /^(tel|sms):/.test(a.href));
      expect(dial.length).to.be.at.least(9);
      for (const a of dial) expect(a.getAttribute('href')).to.match(/^(tel|sms):(\+[1-9]\d{6,14}|\d{3,6})(\?body=[\w%]+)?$/);
    });

    it('says NAMI’s HelpLine is not a crisis line, and gives its hours', async () => {
      const el = await fixture<AllyResources>(html`<ally-resources></ally-resources>`);
      const helpline = one(el, '[data-resource="nami"] [data-contact="helpline"]');
      expect(text(helpline)).to.contain('Not a crisis line');
      expect(text(helpline)).to.contain('Monday to Friday, 10 a.m. to 10 p.m. Eastern time');
      expect(text(one(el, '[data-resource="mha"] [data-contact="crisis-text"]'))).to.contain('Crisis support');
      expect(text(one(el, '[data-resource="samhsa"] [data-contact="helpline"]'))).to.contain('Open 24/7');
    });

    it('links each organization’s website and shows when it was reviewed', async () => {
      const el = await fixture<AllyResources>(html`<ally-resources></ally-resources>`);
      const sites = all(el, '[part="resource"] .meta').map((m) => m.querySelector('a')!.getAttribute('href'));
      expect(sites).to.deep.equal(['https://www.nami.org/', 'https://mhanational.org/', 'https://www.samhsa.gov/']);
      for (const meta of all(el, '.meta')) expect(text(meta)).to.match(/Reviewed \w+ \d{1,2}, \d{4}\./);
    });

    it('web links are https and send no referrer', async () => {
      const el = await fixture<AllyResources>(html`<ally-resources></ally-resources>`);
      const web = links(el).filter((a) => !/^(tel|sms):/.test(a.href));
      expect(web.length).to.be.at.least(10);
      expectPrivateWebLinks(web);
    });
  });

  describe('attributes', () => {
    it('heading replaces the title text', async () => {
      const el = await fixture<AllyResources>(html`<ally-resources heading="Get help now"></ally-resources>`);
      expect(text(one(el, '[part="heading"]'))).to.equal('Get help now');
    });

    it('heading-level sets the title level and nests the rest below it', async () => {
      const el = await fixture<AllyResources>(html`<ally-resources heading-level="3"></ally-resources>`);
      expect(one(el, '[part="heading"]').localName).to.equal('h3');
      expect(one(el, '[part="crisis-heading"]').localName).to.equal('h4');
      expect(all(el, '[part="resource-name"]').map((h) => h.localName)).to.deep.equal(['h4', 'h4', 'h4']);
      el.headingLevel = 6;
      await el.updateComplete;
      expect(one(el, '[part="heading"]').localName).to.equal('h6');
      expect(one(el, '[part="resource-name"]').localName).to.equal('h6');
    });
  });

  describe('accessibility', () => {
    it('passes axe', async () => {
      const el = await fixture<AllyResources>(html`<ally-resources></ally-resources>`);
      await expect(el).to.be.accessible();
    });

    it('tap targets in the crisis callout are at least 44 px high', async () => {
      const el = await fixture<AllyResources>(html`<ally-resources></ally-resources>`);
      for (const a of links(el, '[part="action"]')) expect(a.getBoundingClientRect().height).to.be.at.least(43.5);
    });

    it('every phone and text link is a tap target at least 44 px high, on a phone-width column', async () => {
      const wrap = await fixture<HTMLDivElement>(html`<div style="width: 360px"><ally-resources></ally-resources></div>`);
      const el = wrap.firstElementChild as AllyResources;
      await el.updateComplete;
      const dial = links(el).filter((a) => /^(tel|sms):/.test(a.href));
      expect(dial.length).to.equal(9); // call 911, call and text 988, and six organization numbers
      for (const a of dial) expect(a.getBoundingClientRect().height, a.href).to.be.at.least(43.5);
    });

    it('fits a 320 px column without sideways scrolling', async () => {
      const wrap = await fixture<HTMLDivElement>(html`<div style="width: 320px"><ally-resources></ally-resources></div>`);
      const el = wrap.firstElementChild as AllyResources;
      await el.updateComplete;
      const box = one(el, '[part="root"]');
      expect(box.scrollWidth).to.be.at.most(box.clientWidth + 1);
    });
  });

  describe('countries', () => {
    it('country="GB" shows Samaritans 116 123 and none of the US lines', async () => {
      const el = await fixture<AllyResources>(html`<ally-resources country="GB"></ally-resources>`);
      expect(links(el, '[part="action"]').map((a) => [text(a), a.getAttribute('href')])).to.deep.equal([['Call 116 123', 'tel:116123']]);
      expect(all(el, '[part="resource-name"]').map(text)).to.deep.equal(['Shout', 'NHS 111, mental health option']);
      const dialed = links(el)
        .map((a) => a.getAttribute('href'))
        .filter((h) => /^(tel|sms):/.test(h!));
      for (const us of ['tel:988', 'sms:988', 'tel:911', 'tel:+18009506264']) expect(dialed).to.not.include(us);
    });

    it('lang="es-MX" shows Mexico’s line, in Spanish', async () => {
      const el = await fixture<AllyResources>(html`<ally-resources lang="es-MX"></ally-resources>`);
      expect(text(one(el, '[part="heading"]'))).to.equal('Dónde buscar ayuda');
      expect(links(el, '[part="action"]').map((a) => a.getAttribute('href'))).to.deep.equal(['tel:+528009112000']);
      expect(one(el, '[part="emergency-call"]').getAttribute('href')).to.equal('tel:911');
    });

    it('a country without its own lines gets the international directory, never another country’s lines', async () => {
      const el = await fixture<AllyResources>(html`<ally-resources country="SE"></ally-resources>`);
      expect(links(el).filter((a) => /^(tel|sms):/.test(a.href))).to.be.empty;
      expect(hrefsIn(one(el, '[part="crisis"]'), '[part="action"]')).to.deep.equal(['https://findahelpline.com/']);
      expect(text(one(el, '[part="emergency"]'))).to.equal('If someone is in immediate danger, call your local emergency number now.');
      expect(all(el, '[part="resource"]')).to.be.empty;
    });
  });

  describe('your organization’s resources', () => {
    it('an <ally-resource> child appears first, under "From your organization", after the crisis line', async () => {
      const el = await fixture<AllyResources>(html`<ally-resources>
        <ally-resource name="Acme EAP" phone="+1 800 555 0100" href="https://eap.example.com">24/7 counseling for employees</ally-resource>
      </ally-resources>`);
      const first = one(el, '[part="resource"]');
      expect(text(first.querySelector('[part="resource-name"]'))).to.equal('Acme EAP');
      expect(text(first)).to.contain('24/7 counseling for employees');
      expect(first.querySelector('a[href^="tel:"]')!.getAttribute('href')).to.equal('tel:+18005550100');
      expect(text(first.querySelector('a[href^="tel:"]'))).to.equal('Call 1-800-555-0100');
      const site = first.querySelector<HTMLAnchorElement>('a[href^="https:"]')!;
      expect(site.href).to.equal('https://eap.example.com/');
      expect(site.rel).to.equal('noopener noreferrer');
      expect(text(one(el, '[part="own-heading"]'))).to.equal('From your organization');
      const crisisBottom = one(el, '[part="crisis"]').getBoundingClientRect().bottom;
      expect(first.getBoundingClientRect().top).to.be.greaterThan(crisisBottom);
      expect(all(el, '[part="resource-name"]').map(text)).to.deep.equal([
        'Acme EAP',
        'NAMI, the National Alliance on Mental Illness',
        'Mental Health America',
        'SAMHSA National Helpline',
      ]);
      await expect(el).to.be.accessible();
    });

    it('the resources property takes the same data from JavaScript, after any children', async () => {
      const el = await fixture<AllyResources>(html`<ally-resources
        .resources=${[{ name: 'Peer listeners', sms: '555 0101', hours: 'Weekdays 9 to 5', description: 'Talk to a trained coworker.' }]}
        ><ally-resource name="Acme EAP"></ally-resource
      ></ally-resources>`);
      const own = all(el, '.own [part="resource"]');
      expect(own.map((r) => text(r.querySelector('[part="resource-name"]')))).to.deep.equal(['Acme EAP', 'Peer listeners']);
      expect(own[1]!.querySelector('a')!.getAttribute('href')).to.equal('sms:5550101');
      expect(text(own[1])).to.contain('Weekdays 9 to 5').and.contain('Talk to a trained coworker.');
    });

    it('finds <ally-resource> wrapped in a paragraph, as WordPress writes it', async () => {
      const el = await fixture<AllyResources>(html`<ally-resources
        ><p><ally-resource name="Acme EAP" phone="+1 800 555 0100">Counseling</ally-resource></p></ally-resources
      >`);
      expect(text(one(el, '.own [part="resource-name"]'))).to.equal('Acme EAP');
    });

    it('re-renders when a child is added or changed', async () => {
      const el = await fixture<AllyResources>(html`<ally-resources></ally-resources>`);
      const child = document.createElement('ally-resource');
      child.setAttribute('name', 'Acme EAP');
      el.append(child);
      await new Promise((r) => setTimeout(r));
      await el.updateComplete;
      expect(text(one(el, '.own [part="resource-name"]'))).to.equal('Acme EAP');
      child.setAttribute('name', 'Acme Employee Assistance');
      await new Promise((r) => setTimeout(r));
      await el.updateComplete;
      expect(text(one(el, '.own [part="resource-name"]'))).to.equal('Acme Employee Assistance');
    });

    it('no-national hides the built-in organizations but keeps the crisis line', async () => {
      const el = await fixture<AllyResources>(html`<ally-resources no-national>
        <ally-resource name="Acme EAP"></ally-resource>
      </ally-resources>`);
      expect(all(el, '[part="resource-name"]').map(text)).to.deep.equal(['Acme EAP']);
      expect(one(el, '[part="crisis"]')).to.exist;
    });

    it('no-crisis hides the crisis callout', async () => {
      const el = await fixture<AllyResources>(html`<ally-resources no-crisis></ally-resources>`);
      expect(all(el, '[part="crisis"]')).to.be.empty;
      expect(all(el, '[part="resource"]')).to.have.length(3);
    });
  });

  describe('bad input', () => {
    it('heading-level="9" falls back to 2 with a warning', async () => {
      const log = captureConsole();
      try {
        const el = await fixture<AllyResources>(html`<ally-resources heading-level="9"></ally-resources>`);
        expect(one(el, '[part="heading"]').localName).to.equal('h2');
        expect(log.warnings).to.have.length(1);
        expect(log.warnings[0]).to.contain('ally-resources').and.contain('heading-level="9"');
      } finally {
        log.restore();
      }
    });

    const withConsole = async (run: (log: ReturnType<typeof captureConsole>) => Promise<void>) => {
      const log = captureConsole();
      try {
        await run(log);
      } finally {
        log.restore();
      }
      expect(log.errors).to.be.empty;
    };

    for (const bad of [
      'javascript:alert(1)',
      'JavaScript:alert(1)',
      ' javascript:alert(1)',
      'java\tscript:alert(1)',
      'vbscript:msgbox(1)',
      'data:text/html,<script>alert(1)</script>',
      'tel:*%2306%23',
    ]) {
      it(`href="${bad}" is shown as text, never as a link, with a warning`, () =>
        withConsole(async (log) => {
          const el = await fixture<AllyResources>(
            html`<ally-resources><ally-resource name="Bad" href=${bad}></ally-resource></ally-resources>`,
          );
          const card = one(el, '.own [part="resource"]');
          expect(card.querySelectorAll('a')).to.have.length(0);
          expect(text(card)).to.contain(bad.replace(/\s+/g, ' ').trim());
          expect(log.warnings).to.have.length(1);
          expect(log.warnings[0]).to.contain('href=').and.contain('not linked');
        }));
    }

    it('an sms that is not a phone number is shown as text, not an sms: link', () =>
      withConsole(async (log) => {
        const el = await fixture<AllyResources>(
          html`<ally-resources><ally-resource name="Acme" sms="text us"></ally-resource></ally-resources>`,
        );
        const card = one(el, '.own [part="resource"]');
        expect(card.querySelector('a')).to.be.null;
        expect(text(card)).to.contain('text us');
        expect(log.warnings.join()).to.contain('sms="text us"');
      }));

    it('a phone that is not a phone number is shown as text, not a tel: link', () =>
      withConsole(async (log) => {
        const el = await fixture<AllyResources>(
          html`<ally-resources><ally-resource name="Acme" phone="call HR"></ally-resource></ally-resources>`,
        );
        const card = one(el, '.own [part="resource"]');
        expect(card.querySelector('a[href^="tel:"]')).to.be.null;
        expect(text(card)).to.contain('call HR');
        expect(log.warnings.join()).to.contain('phone="call HR"');
      }));

    it('HTML in a description is shown as text, never parsed or run', () =>
      withConsole(async () => {
        (window as unknown as { pwned?: boolean }).pwned = false;
        const el = await fixture<AllyResources>(
          html`<ally-resources .resources=${[
            { name: 'X', description: '<img src=x onerror="window.pwned=true"><b>bold</b>' },
          ]}></ally-resources>`,
        );
        const card = one(el, '.own [part="resource"]');
        expect(card.querySelector('img, b')).to.be.null;
        expect(text(card)).to.contain('<img src=x onerror="window.pwned=true"><b>bold</b>');
        await new Promise((r) => setTimeout(r, 50));
        expect((window as unknown as { pwned?: boolean }).pwned).to.equal(false);
      }));

    it('an <ally-resource> child with HTML inside shows its text only', async () => {
      const el = await fixture<AllyResources>(html`<ally-resources
        ><ally-resource name="Acme"><b>Bold</b> counseling</ally-resource></ally-resources
      >`);
      const card = one(el, '.own [part="resource"]');
      expect(card.querySelector('b')).to.be.null;
      expect(text(card)).to.contain('Bold counseling');
    });

    it('a resource without a name is skipped with a warning', () =>
      withConsole(async (log) => {
        const el = await fixture<AllyResources>(html`<ally-resources
          ><ally-resource phone="+1 800 555 0100"></ally-resource><ally-resource name="Acme EAP"></ally-resource
        ></ally-resources>`);
        expect(all(el, '.own [part="resource-name"]').map(text)).to.deep.equal(['Acme EAP']);
        expect(log.warnings).to.have.length(1);
        expect(log.warnings[0]).to.contain('no name');
      }));

    for (const [label, value] of [
      ['a string', 'Acme EAP'],
      ['an object', { name: 'Acme' }],
      ['a number', 42],
    ] as const) {
      it(`a resources value that is ${label} is ignored with a warning`, () =>
        withConsole(async (log) => {
          const el = await fixture<AllyResources>(html`<ally-resources .resources=${value}></ally-resources>`);
          expect(all(el, '.own')).to.be.empty;
          expect(all(el, '[part="resource"]')).to.have.length(3);
          expect(log.warnings).to.have.length(1);
          expect(log.warnings[0]).to.contain('must be an array');
        }));
    }

    it('country="ZZ" shows international help with a warning, and never US lines', () =>
      withConsole(async (log) => {
        const el = await fixture<AllyResources>(html`<ally-resources country="ZZ"></ally-resources>`);
        expect(links(el).filter((a) => /^(tel|sms):/.test(a.href))).to.be.empty;
        expect(text(one(el, '[part="crisis"]'))).to.contain('Find A Helpline');
        expect(log.warnings).to.have.length(1);
        expect(log.warnings[0]).to.contain('country="ZZ"');
      }));
  });

  it('many widgets show the same organizations (copied after the first), and each still follows its own language', async () => {
    const wrap = await fixture<HTMLDivElement>(html`<div>
      <ally-resources></ally-resources><ally-resources></ally-resources><ally-resources theme="dark"></ally-resources>
    </div>`);
    const widgets = [...wrap.children] as AllyResources[];
    for (const el of widgets) await el.updateComplete;
    const names = (el: Element) => all(el, '.national [part="resource-name"]').map(text);
    const first = names(widgets[0]!);
    expect(first).to.have.length(3);
    for (const el of widgets) expect(names(el)).to.deep.equal(first);
    // A re-render keeps a widget's list; a language change gives it the list in that language.
    const list = one(widgets[1]!, '.national');
    widgets[1]!.setAttribute('theme', 'dark');
    await widgets[1]!.updateComplete;
    expect(one(widgets[1]!, '.national')).to.equal(list);
    widgets[2]!.setAttribute('lang', 'es');
    await widgets[2]!.updateComplete;
    expect(names(widgets[2]!)[0]).to.contain('la Alianza Nacional');
    expect(names(widgets[0]!)).to.deep.equal(first);
    // Copies are links like any other: a click tells the page which resource and channel.
    const seen: string[] = [];
    wrap.addEventListener('ally-resource-activate', (e) => seen.push(`${e.detail.id} ${e.detail.channel}`));
    const phone = widgets[1]!.shadowRoot!.querySelector<HTMLAnchorElement>('.national a[data-channel="phone"]')!;
    phone.addEventListener('click', (e) => e.preventDefault());
    phone.click();
    expect(seen).to.deep.equal([`${phone.dataset.resource} phone`]);
  });

  it('a copied callout is never another country’s: the emergency number is part of what is copied', async () => {
    // Latvia's lines are a file of their own: until it comes, its widget shows the international directory
    // with Latvia's emergency number (112). Sweden has no lines and no confirmed number of its own.
    const wrap = await fixture<HTMLDivElement>(html`<div>
      <ally-resources country="LV"></ally-resources><ally-resources country="SE"></ally-resources>
    </div>`);
    const [latvia, sweden] = [...wrap.children] as AllyResources[];
    await Promise.all([latvia!.updateComplete, sweden!.updateComplete]);
    expect(one(latvia!, '[part="emergency-call"]').getAttribute('href')).to.equal('tel:112');
    expect(all(sweden!, '[part="emergency-call"]').map((a) => a.getAttribute('href'))).to.deep.equal([]);
    expect(text(one(sweden!, '[part="emergency"]'))).to.equal('If someone is in immediate danger, call your local emergency number now.');
  });

  it('many widgets show the same crisis callout (copied after the first): each its own, working, and following its own language', async () => {
    const wrap = await fixture<HTMLDivElement>(html`<div>
      <ally-resources></ally-resources><ally-resources></ally-resources><ally-resources country="GB"></ally-resources>
    </div>`);
    const widgets = [...wrap.children] as AllyResources[];
    for (const el of widgets) await el.updateComplete;
    const callout = (el: Element) => one(el, '[part="crisis"]');
    const [a, b, gb] = widgets.map(callout);
    expect(a!.outerHTML.replace(/<!--[^]*?-->/g, ''), 'the copy is the same markup').to.equal(b!.outerHTML.replace(/<!--[^]*?-->/g, ''));
    expect(a, 'not one node shown twice').to.not.equal(b);
    expect(b!.getRootNode()).to.equal(widgets[1]!.shadowRoot);
    expect(text(gb!)).to.contain('Samaritans').and.not.contain('988');
    // A reader opens the sources in one copy: only that one opens.
    const toggle = b!.querySelector<HTMLButtonElement>('.sources-toggle')!;
    toggle.click();
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    expect(a!.querySelector('.sources-toggle')!.getAttribute('aria-expanded')).to.equal('false');
    // A copy's links tell the page which line and channel, like the first widget's.
    const seen: string[] = [];
    wrap.addEventListener('ally-resource-activate', (e) => seen.push(`${e.detail.id} ${e.detail.channel}`));
    const call = b!.querySelector<HTMLAnchorElement>('[part="action"][data-channel="phone"]')!;
    call.addEventListener('click', (e) => e.preventDefault());
    call.click();
    expect(seen).to.deep.equal(['lifeline-988 phone']);
    // A re-render keeps the copy (and its open sources); a language change gives the callout in that language.
    widgets[1]!.setAttribute('theme', 'dark');
    await widgets[1]!.updateComplete;
    expect(callout(widgets[1]!)).to.equal(b);
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    widgets[1]!.setAttribute('lang', 'es');
    await widgets[1]!.updateComplete;
    expect(text(callout(widgets[1]!))).to.contain('Llama al 988');
    expect(text(callout(widgets[0]!))).to.contain('Call 988');
  });
});

// The React wrappers (ally-widgets/react) rendered by React 19 in the browser: props reach the element as
// its properties (`resources` as data, not text), and the widgets' events reach React's props. Also the
// bare tags, which React 19 gives properties too. React comes bundled for the tests (see
// web-test-runner.config.mjs, reactForTests).
import { expect, oneEvent } from '@open-wc/testing';
import { createElement } from 'react';
import { flushSync } from 'react-dom';
import { createRoot, type Root } from 'react-dom/client';
import { AllyResources, AllyTips } from '../src/react.js';
import type { AllyResources as AllyResourcesElement } from '../src/components/resources/resources.js';
import type { AllyTips as AllyTipsElement } from '../src/components/tips/tips.js';
import type { TipToggleDetail } from '../src/internal/ally-element.js';
import { all, one, text } from './helpers.js';

describe('React wrappers', () => {
  let host: HTMLElement;
  let root: Root;
  const render = (node: ReturnType<typeof createElement>) => flushSync(() => root.render(node));
  beforeEach(() => {
    host = document.createElement('div');
    document.body.append(host);
    root = createRoot(host);
  });
  afterEach(() => {
    root.unmount();
    host.remove();
  });

  const acme = [{ name: 'Acme EAP', phone: '+1 800 555 0100', hours: '24/7' }];

  it('<AllyResources resources={…}>: the array reaches the element as its property, and shows', async () => {
    render(createElement(AllyResources, { resources: acme, noNational: true, headingLevel: 3 }));
    const el = host.querySelector<AllyResourcesElement>('ally-resources')!;
    expect(el.resources).to.equal(acme);
    expect(el.hasAttribute('resources')).to.be.false;
    expect(el.noNational).to.be.true;
    await el.updateComplete;
    expect(text(one(el, '.own'))).to.include('Acme EAP');
    expect(one(el, 'h3[part="heading"]')).to.exist;
    // A new array re-renders it.
    render(createElement(AllyResources, { resources: [{ name: 'Beta Help' }], noNational: true }));
    await el.updateComplete;
    expect(text(one(el, '.own'))).to.include('Beta Help');
  });

  it('<AllyTips onAllyTipToggle={…} tips={[…]}>: the event reaches React with its detail', async () => {
    const seen: TipToggleDetail[] = [];
    render(
      createElement(AllyTips, { tips: ['educate', 'listen'], onAllyTipToggle: (e: CustomEvent<TipToggleDetail>) => seen.push(e.detail) }),
    );
    const el = host.querySelector<AllyTipsElement>('ally-tips')!;
    await el.updateComplete;
    const toggles = all<HTMLButtonElement>(el, '[part="toggle"]');
    expect(toggles.map((b) => b.id)).to.deep.equal(['toggle-educate', 'toggle-listen']);
    toggles[0]!.click();
    expect(seen).to.deep.equal([{ id: 'educate', open: true }]);
  });

  it('the bare tag in React 19: properties where the element has them, attributes otherwise, on* events', async () => {
    const seen: string[] = [];
    render(
      createElement('ally-resources', {
        resources: acme,
        'no-national': true,
        'heading-level': 4,
        'onally-resource-activate': (e: CustomEvent<{ channel: string }>) => seen.push(e.detail.channel),
      }),
    );
    const el = host.querySelector<AllyResourcesElement>('ally-resources')!;
    expect(el.resources).to.equal(acme);
    expect(el.getAttribute('heading-level')).to.equal('4');
    await el.updateComplete;
    expect(text(one(el, '.own'))).to.include('Acme EAP');
    const link = one<HTMLAnchorElement>(el, '.own a[href^="tel:"]');
    const stop = (e: Event) => e.preventDefault();
    document.addEventListener('click', stop, true);
    try {
      setTimeout(() => link.click());
      await oneEvent(el, 'ally-resource-activate');
    } finally {
      document.removeEventListener('click', stop, true);
    }
    expect(seen).to.deep.equal(['phone']);
  });
});

import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
describe('smoke', () => {
  it('renders', async () => {
    const el = await fixture(html`<div><button>hi</button></div>`);
    el.querySelector('button')!.focus();
    await sendKeys({ press: 'Tab' });
    expect(el.textContent).to.equal('hi');
    await expect(el).to.be.accessible();
  });
});

// A page that already registered <ally-tips> from another ally-widgets version: loading the bundle must
// not throw, must keep the existing element, must warn once about it, and must still register the rest.
import { expect } from '@open-wc/testing';
import { captureConsole } from '../helpers.js';

describe('script-tag bundle next to another version', () => {
  it('skips the taken tag with a warning and registers the others', async () => {
    class OlderTips extends HTMLElement {
      static version = '0.0.1-older';
    }
    customElements.define('ally-tips', OlderTips);
    const log = captureConsole();
    try {
      await import(/* @vite-ignore */ new URL('/dist/cdn/ally-widgets.js', location.href).href);
    } finally {
      log.restore();
    }
    expect(customElements.get('ally-tips')).to.equal(OlderTips);
    expect(customElements.get('ally-resources')).to.exist;
    expect(log.warnings).to.have.length(1);
    expect(log.warnings[0]).to.contain('<ally-tips>').and.contain('0.0.1-older');
    expect(log.errors).to.be.empty;
  });
});

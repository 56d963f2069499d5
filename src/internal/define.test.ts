import { expect } from '@open-wc/testing';
import { captureConsole } from '../../test/helpers.js';
import { define } from './define.js';

const versioned = (version: string) =>
  class extends HTMLElement {
    static version = version;
  };

describe('define()', () => {
  let log: ReturnType<typeof captureConsole>;
  beforeEach(() => (log = captureConsole()));
  afterEach(() => log.restore());

  it('registers a new tag', () => {
    const A = versioned('1.0.0');
    define('ally-test-new', A);
    expect(customElements.get('ally-test-new')).to.equal(A);
  });

  it('skips a second registration of the same version silently', () => {
    const A = versioned('1.0.0');
    const B = versioned('1.0.0');
    define('ally-test-same', A);
    expect(() => define('ally-test-same', B)).to.not.throw();
    expect(customElements.get('ally-test-same')).to.equal(A);
    expect(log.warnings).to.be.empty;
  });

  it('skips a different version with a warning naming both versions', () => {
    define('ally-test-other', versioned('1.0.0'));
    expect(() => define('ally-test-other', versioned('2.0.0'))).to.not.throw();
    expect(log.warnings).to.have.length(1);
    expect(log.warnings[0]).to.contain('<ally-test-other>').and.contain('1.0.0').and.contain('2.0.0');
  });

  it('does nothing when the same class is defined twice', () => {
    const A = versioned('1.0.0');
    define('ally-test-twice', A);
    define('ally-test-twice', A);
    expect(log.warnings).to.be.empty;
  });
});

import { expect, fixture, html } from '@open-wc/testing';
import { inheritedLang, isRegionCode, matchLanguage, regionOf } from './locale.js';

describe('locale helpers', () => {
  it('inheritedLang takes the element’s own lang, else the closest ancestor’s, across shadow roots', async () => {
    const outer = await fixture<HTMLDivElement>(html`<div lang="es-MX"><span></span><p lang="fr"><b></b></p></div>`);
    expect(inheritedLang(outer.querySelector('span')!)).to.equal('es-MX');
    expect(inheritedLang(outer.querySelector('b')!)).to.equal('fr');
    const host = outer.querySelector('span')!;
    const inner = document.createElement('i');
    host.attachShadow({ mode: 'open' }).append(inner);
    expect(inheritedLang(inner)).to.equal('es-MX');
  });

  it('matchLanguage falls back from a region to its base language, and says when nothing matches', () => {
    const available = ['en', 'es'];
    expect(matchLanguage('es', available)).to.equal('es');
    expect(matchLanguage('es-MX', available)).to.equal('es');
    expect(matchLanguage('ES_mx', available)).to.equal('es');
    expect(matchLanguage('en-GB', available)).to.equal('en');
    expect(matchLanguage('xx', available)).to.be.undefined;
    expect(matchLanguage('fr-CA', available)).to.be.undefined;
  });

  it('regionOf reads the region of a language tag', () => {
    expect(regionOf('en-GB')).to.equal('GB');
    expect(regionOf('es-mx')).to.equal('MX');
    expect(regionOf('zh-Hant-TW')).to.equal('TW');
    expect(regionOf('es-419')).to.equal('419');
    expect(regionOf('en')).to.be.undefined;
    expect(regionOf('')).to.be.undefined;
  });

  it('isRegionCode knows real country codes from made-up ones', () => {
    expect(isRegionCode('GB')).to.be.true;
    expect(isRegionCode('SE')).to.be.true;
    expect(isRegionCode('ZZ')).to.be.false;
    expect(isRegionCode('USA')).to.be.false;
    expect(isRegionCode('us')).to.be.false;
  });
});

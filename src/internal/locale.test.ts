import { expect, fixture, html } from '@open-wc/testing';
import { ZONES } from '../generated/content.js';
import { device, deviceCountry, inheritedLang, isRegionCode, matchLanguage, regionOf, zoneCountry } from './locale.js';

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

  describe('the reader’s device', () => {
    const TABLE = 'US Chicago New_York Indianapolis Indiana/Knox Kentucky/ GB London IN Calcutta Kolkata';
    const saved = { ...device };
    afterEach(() => Object.assign(device, saved));

    it('zoneCountry maps a zone, by either of its names, to its country', () => {
      expect(zoneCountry('America/Chicago', TABLE)).to.equal('US');
      expect(zoneCountry('America/Indiana/Knox', TABLE)).to.equal('US');
      expect(zoneCountry('Europe/London', TABLE)).to.equal('GB');
      expect(zoneCountry('Asia/Calcutta', TABLE)).to.equal('IN');
      expect(zoneCountry('Asia/Kolkata', TABLE)).to.equal('IN');
    });

    it('zoneCountry: a group of zones given by its name and a slash holds every zone under it, and only those', () => {
      expect(zoneCountry('America/Kentucky/Louisville', TABLE)).to.equal('US');
      expect(zoneCountry('America/Kentucky/Monticello', TABLE)).to.equal('US');
      for (const zone of ['America/Kentucky', 'America/Indiana/Vevay', 'America/Argentina/Salta', 'America/Kentuckyx/A']) {
        expect(zoneCountry(zone, TABLE), zone).to.equal('');
      }
    });

    it('the bundled table: every US zone of the time-zone database, each group only where no other country has a zone in it', () => {
      for (const zone of [
        'America/Indiana/Tell_City',
        'America/North_Dakota/New_Salem',
        'America/Kentucky/Louisville',
        'America/Boise',
        'Pacific/Honolulu',
      ]) {
        expect(zoneCountry(zone, ZONES), zone).to.equal('US');
      }
      for (const zone of ['America/Toronto', 'America/Argentina/Ushuaia', 'America/Mexico_City'])
        expect(zoneCountry(zone, ZONES), zone).to.equal('');
    });

    it('zoneCountry: a place not in the table is elsewhere (""); a zone that is no place says nothing', () => {
      expect(zoneCountry('Europe/Rome', TABLE)).to.equal('');
      for (const zone of ['UTC', 'Etc/UTC', 'Etc/GMT+5', 'GMT', 'Mars/Olympus', '', '/London', 'London']) {
        expect(zoneCountry(zone, TABLE), zone).to.equal(undefined);
      }
    });

    it('deviceCountry: the time zone first, then the first language with a region', () => {
      device.timeZone = () => 'Europe/London';
      device.languages = () => ['en-US'];
      expect(deviceCountry(TABLE)).to.equal('GB');
      device.timeZone = () => 'Etc/UTC';
      expect(deviceCountry(TABLE)).to.equal('US');
      device.languages = () => ['de', 'fr-CH', 'en-GB'];
      expect(deviceCountry(TABLE)).to.equal('CH');
      device.languages = () => ['de', 'en'];
      expect(deviceCountry(TABLE)).to.equal(undefined);
    });

    it('deviceCountry never throws: no time-zone support, a broken Intl, odd values', () => {
      device.timeZone = () => {
        throw new RangeError('no time zones here');
      };
      device.languages = () => ['es-MX'];
      expect(deviceCountry(TABLE)).to.equal('MX'); // the languages still tell
      device.timeZone = () => undefined;
      expect(deviceCountry(TABLE)).to.equal('MX');
      device.timeZone = () => 42;
      device.languages = () => [null, 7, {}, 'pt-BR'];
      expect(deviceCountry(TABLE)).to.equal('BR');
      device.languages = () => {
        throw new Error('navigator is gone');
      };
      expect(deviceCountry(TABLE)).to.equal(undefined);
    });
  });
});

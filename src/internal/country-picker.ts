// "Help in: United Kingdom ▾": which country's help a widget shows, and a native <select> to show another
// country's, for every widget on the page at once (chooseCountry). Country names come from the browser
// (Intl.DisplayNames) in the reader's language, so they cost no bytes; the choice is not stored.
import { html, type TemplateResult } from 'lit';
import { COUNTRIES, OTHER_COUNTRIES, type UiText } from './content.js';
import { chooseCountry } from './locale-controller.js';

const namers = new Map<string, Intl.DisplayNames | undefined>();

/** A country's name in a language, or its code where the browser cannot name it. */
function countryName(code: string, lang: string): string {
  if (!namers.has(lang)) {
    try {
      namers.set(lang, new Intl.DisplayNames([lang], { type: 'region' }));
    } catch {
      namers.set(lang, undefined);
    }
  }
  try {
    return namers.get(lang)?.of(code) ?? code;
  } catch {
    return code;
  }
}

/** The covered countries with their names in a language, in that language's order: made once per language. */
const sorted = new Map<string, (readonly [string, string])[]>();
function optionsIn(lang: string): (readonly [string, string])[] {
  let options = sorted.get(lang);
  if (!options) {
    options = COUNTRIES.map((code) => [code, countryName(code, lang)] as const).sort((a, b) => a[1].localeCompare(b[1], lang));
    sorted.set(lang, options);
  }
  return options;
}

/**
 * The picker for a widget showing `country` (a code, or OTHER_COUNTRIES) in `lang`. The `selected`
 * attribute marks the country in markup (a server render's too); the select's `value` keeps it selected
 * once a reader has chosen another, which the attribute alone no longer changes. By the server's rules
 * (`all` false) it lists only that country and "Another country": a server's names and order of the
 * others may not be the browser's, which lists them all once the widget has hydrated.
 */
export function countryPicker(country: string, lang: string, ui: UiText, all = true): TemplateResult {
  // (The script-tag builds always list them all: see env.d.ts.)
  const options =
    all || !__ALLY_SSR__ ? optionsIn(lang) : COUNTRIES.includes(country) ? [[country, countryName(country, lang)] as const] : [];
  const choose = (event: Event) => {
    const select = event.target as HTMLSelectElement;
    chooseCountry(select.ownerDocument, select.value);
  };
  return html`<p class="picker" part="country-picker">
    <label for="country">${ui.crisis.countryLabel}</label>
    <select id="country" @change=${choose} .value=${country}>
      ${options.map(([code, name]) => html`<option value=${code} ?selected=${code === country}>${name}</option>`)}
      <option value=${OTHER_COUNTRIES} ?selected=${country === OTHER_COUNTRIES}>${ui.crisis.otherCountry}</option>
    </select>
  </p>`;
}

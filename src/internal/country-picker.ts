// "Help in: United Kingdom ▾": which country's help a widget shows, and a native <select> to show another
// country's, for every widget on the page at once (chooseCountry). The countries' names come with each
// language's content, in its order (scripts/content.mjs); the choice is not stored.
import { html, type TemplateResult } from 'lit';
import { COUNTRIES, OTHER_COUNTRIES, locale, type UiText } from './content.js';
import { chooseCountry } from './locale-controller.js';

/**
 * The covered countries with their names in a language, in its order (the content's list is the same
 * as COUNTRIES). Content without names, a part of another build, lists them by code rather than none.
 */
const optionsIn = (lang: string): (readonly [string, string])[] =>
  Object.entries(locale(lang).countries ?? Object.fromEntries(COUNTRIES.map((code) => [code, code])));

/**
 * The options of a picker, as DOM: built once per language, country and wording, and cloned for each
 * widget. On a page with many widgets that is far cheaper than a Lit template per option (29 each). The
 * country shown is selected in the markup (`selected`), as in a server's render.
 */
const optionNodes = new Map<string, DocumentFragment>();
function optionsFragment(key: string, country: string, lang: string, other: string): DocumentFragment {
  let fragment = optionNodes.get(key);
  if (!fragment) {
    fragment = document.createDocumentFragment();
    for (const [code, name] of [...optionsIn(lang), [OTHER_COUNTRIES, other] as const]) {
      const option = fragment.appendChild(document.createElement('option'));
      option.value = code;
      option.text = name;
      option.defaultSelected = code === country;
    }
    optionNodes.set(key, fragment);
  }
  return fragment;
}

/** Each widget's copy of its options, kept while its language, country and wording (the key) hold. */
const copies = new WeakMap<object, { key: string; node: Node }>();

/**
 * The picker for a widget (`owner`) showing `country` (a code, or OTHER_COUNTRIES) in `lang`. The
 * select's `value` keeps the country selected once a reader has chosen another. By the server's rules
 * (`all` false) it lists only that country and "Another country", and the browser lists them all once
 * the widget has hydrated. The options are cloned DOM (`clone`), or a template where a server renders
 * them or a widget keeps a server's nodes.
 */
export function countryPicker(owner: object, country: string, lang: string, ui: UiText, all = true, clone = true): TemplateResult {
  const other = ui.crisis.otherCountry;
  let options: unknown;
  // (The script-tag builds have no server rules and no hydration: see env.d.ts.)
  if (!__ALLY_SSR__ || (all && clone)) {
    const key = `${lang} ${country} ${other}`;
    let copy = copies.get(owner);
    if (copy?.key !== key) copies.set(owner, (copy = { key, node: optionsFragment(key, country, lang, other).cloneNode(true) }));
    options = copy.node;
  } else {
    const shown = optionsIn(lang).filter(([code]) => all || code === country);
    options = html`${shown.map(([code, name]) => html`<option value=${code} ?selected=${code === country}>${name}</option>`)}
      <option value=${OTHER_COUNTRIES} ?selected=${country === OTHER_COUNTRIES}>${other}</option>`;
  }
  const choose = (event: Event) => {
    const select = event.target as HTMLSelectElement;
    chooseCountry(select.ownerDocument, select.value);
  };
  return html`<p class="picker" part="country-picker">
    <label for="country">${ui.crisis.countryLabel}</label>
    <select id="country" @change=${choose} .value=${country}>
      ${options}
    </select>
  </p>`;
}

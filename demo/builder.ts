// The embed-code builder: choices → snippet (demo/snippet.ts) and a live preview.
import { cdnBase, snippet, type EmbedChoices, type Integrity, type WidgetTag } from './snippet.js';
import { LANGUAGES, VERSION } from '../src/generated/content.js';
import { COUNTRIES } from '../src/internal/content.js';

// Every language and country the content has, named by the browser: the builder lists what the build holds,
// with nothing to update when a language or a country is added.
const named = (type: 'language' | 'region', code: string, lang: string) => {
  try {
    return new Intl.DisplayNames([lang], { type }).of(code) ?? code;
  } catch {
    return code;
  }
};

const form = document.querySelector<HTMLFormElement>('#choices')!;
const output = document.querySelector<HTMLTextAreaElement>('#snippet')!;
const preview = document.querySelector<HTMLDivElement>('#preview')!;
const base = form.querySelector<HTMLInputElement>('#base')!;
const countries = form.querySelector<HTMLSelectElement>('#country')!;
const byName = (a: HTMLOptionElement, b: HTMLOptionElement) => a.text.localeCompare(b.text);
// Each language in its own words ("Deutsch", "日本語"), with its code for readers of neither.
const languages = form.querySelector<HTMLSelectElement>('#lang')!;
for (const code of LANGUAGES) languages.add(Object.assign(new Option(`${named('language', code, code)} (${code})`, code), { lang: code }));
[...languages.options]
  .slice(1)
  .sort(byName)
  .forEach((option) => languages.add(option));
for (const option of COUNTRIES.map((code) => new Option(named('region', code, 'en'), code)).sort(byName)) countries.add(option);
countries.add(new Option('Another country (international directory)', 'SE'));
base.value = cdnBase(VERSION);

// The hashes are computed by the build (scripts/integrity.mjs) from the exact files it made.
let integrity: Integrity = { version: VERSION, files: {}, parts: {} };

function choices(): EmbedChoices {
  const data = new FormData(form);
  const value = (name: string) => String(data.get(name) ?? '');
  return {
    widgets: data.getAll('widgets').map(String) as WidgetTag[],
    lang: value('lang'),
    country: value('country'),
    theme: value('theme') as EmbedChoices['theme'],
    layout: value('layout') as EmbedChoices['layout'],
    script: value('script') as EmbedChoices['script'],
    base: value('base').replace(/\/?$/, '/'),
  };
}

function update(): void {
  const c = choices();
  output.value = integrity.files['ally-widgets.js'] ? snippet(c, integrity) : 'Loading…';
  // The preview shows the same elements, rendered by this page's own copy of the widgets.
  preview.replaceChildren(
    ...c.widgets.map((tag) => {
      const el = document.createElement(tag);
      if (c.lang) el.setAttribute('lang', c.lang);
      if (c.country) el.setAttribute('country', c.country);
      if (c.theme !== 'light') el.setAttribute('theme', c.theme);
      if (tag === 'ally-tips' && c.layout === 'cards') el.setAttribute('layout', 'cards');
      return el;
    }),
  );
}

form.addEventListener('input', update);
form.addEventListener('change', update);
document.querySelector('#copy')!.addEventListener('click', async () => {
  const status = document.querySelector('#copied')!;
  try {
    await navigator.clipboard.writeText(output.value);
    status.textContent = 'Copied.';
  } catch {
    output.select();
    status.textContent = 'Press Ctrl+C (or ⌘C) to copy the selected code.';
  }
});

update();
fetch(new URL('../dist/cdn/integrity.json', import.meta.url))
  .then((r) => (r.ok ? r.json() : Promise.reject(new Error(String(r.status)))))
  .then((data: Integrity) => {
    // Hashes of another version's files would pin the snippet to the wrong bytes: refuse them, and an
    // older build's list that lacks the stylesheet or the parts.
    if (data.version !== VERSION || !data.files['ally-widgets.js'] || !data.files['ally-widgets.css'] || !data.parts) {
      throw new Error(`integrity.json is for ${data.version}, not ${VERSION}`);
    }
    integrity = data;
    update();
    document.documentElement.dataset.ready = 'true';
  })
  .catch(() => {
    output.value = 'Run "npm run build" first: the code needs the integrity hashes of the files it names.';
  });

// The embed-code builder: the form's choices → the code for where it will be pasted (embed-choices.ts,
// snippet.ts, platform-snippets.ts) and a live preview. Nothing is stored or sent anywhere; the clipboard is
// used only when the Copy button is pressed.
import { arrange, type EmbedChoices, type OwnResourceInput, type PlacedWidget, type Target, type WidgetTag } from './embed-choices.js';
import { cdnBase, snippet, type Integrity } from './snippet.js';
import { blocks, embedUrl, iframes, shortcodes } from './platform-snippets.js';
import { fitIframes } from '../embed/fit-iframes.js';
// From the generated content only: src/internal/ would bring a second copy of Lit into the builder's own
// script, whose Trusted Types policy the site's CSP then refuses.
import { COUNTRIES, LANGUAGES, VERSION } from '../src/generated/content.js';

// Every language and country the content has, named by the browser: the builder lists what the build holds,
// with nothing to update when a language or a country is added.
const named = (type: 'language' | 'region', code: string, lang: string) => {
  try {
    return new Intl.DisplayNames([lang], { type }).of(code) ?? code;
  } catch {
    return code;
  }
};

/** Where the built files are (dist/ in the repository, the site's own root on the static site). */
const dist = new URL(document.querySelector<HTMLMetaElement>('meta[name="ally-dist"]')!.content, document.baseURI);
/** This site's copy of the iframe page: the default address, and always the preview's (the page's policy allows only its own frames). */
const ownEmbedPage = new URL('embed/index.html', dist).href;

const form = document.querySelector<HTMLFormElement>('#choices')!;
const output = document.querySelector<HTMLTextAreaElement>('#snippet')!;
const notes = document.querySelector<HTMLUListElement>('#notes')!;
const previewBox = document.querySelector<HTMLDivElement>('#preview')!;
const resourceList = form.querySelector<HTMLDivElement>('#resource-list')!;
const resourceTemplate = document.querySelector<HTMLTemplateElement>('#resource-template')!;
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
form.querySelector<HTMLInputElement>('#base')!.value = cdnBase(VERSION);
form.querySelector<HTMLInputElement>('#embed-page')!.value = ownEmbedPage;

// The hashes are computed by the build (scripts/integrity.mjs) from the exact files it made.
let integrity: Integrity = { version: VERSION, files: {}, parts: {} };

function choices(): EmbedChoices {
  const data = new FormData(form);
  const value = (name: string) => String(data.get(name) ?? '');
  const resources = [...resourceList.querySelectorAll('fieldset')].map((set) => {
    const field = (name: keyof OwnResourceInput) => set.querySelector<HTMLInputElement>(`[data-field="${name}"]`)!.value;
    return { name: field('name'), phone: field('phone'), href: field('href'), hours: field('hours'), description: field('description') };
  });
  const headings: EmbedChoices['headings'] = {};
  for (const tag of ['ally-crisis', 'ally-tips', 'ally-resources', 'ally-guide'] as const) headings[tag] = value(`heading-${tag}`);
  return {
    target: value('target') as Target,
    widgets: data.getAll('widgets').map(String) as WidgetTag[],
    lang: value('lang'),
    country: value('country'),
    theme: value('theme') as EmbedChoices['theme'],
    layout: value('layout') as EmbedChoices['layout'],
    headingLevel: value('heading-level'),
    headings,
    resources,
    script: value('script') as EmbedChoices['script'],
    base: value('base').replace(/\/?$/, '/'),
    embedPage: value('embed-page') || ownEmbedPage,
    fitScript: data.has('fit-script'),
  };
}

/** Why the code may not carry everything chosen, beyond the arrangement's own notes. */
function targetNotes(c: EmbedChoices, placed: PlacedWidget[]): string[] {
  if (c.target === 'block' && placed.some((w) => w.resources.length)) {
    return [
      'Blocks do not carry your own resources: add them once in WordPress under Settings → Ally Widgets (they then show in every widget on the site), or choose the shortcode.',
    ];
  }
  if (c.target === 'iframe' && placed.length > 1) return ['Each widget gets an iframe of its own.'];
  return [];
}

function code(c: EmbedChoices): string {
  if (!arrange(c).widgets.length) return '';
  try {
    switch (c.target) {
      case 'shortcode':
        return shortcodes(c);
      case 'block':
        return blocks(c);
      case 'iframe':
        return iframes(c);
      default:
        return integrity.files['ally-widgets.js'] ? snippet(c, integrity) : 'Loading…';
    }
  } catch {
    // An address that is not a URL yet, while it is being typed.
    return c.target === 'iframe'
      ? 'Give the full address of the iframe page, starting with https://'
      : 'Give the full address of the files.';
  }
}

/** A widget of the preview, as the code places it, rendered by this page's own copy of the widgets. */
function previewElement({ tag, attributes, resources }: PlacedWidget): HTMLElement {
  const el = document.createElement(tag);
  for (const [name, value] of attributes) el.setAttribute(name, value === true ? '' : value);
  for (const r of resources) {
    const own = document.createElement('ally-resource');
    for (const field of ['name', 'phone', 'href', 'hours'] as const) if (r[field].trim()) own.setAttribute(field, r[field].trim());
    own.textContent = r.description.trim();
    el.append(own);
  }
  return el;
}

function previewFrame(w: PlacedWidget): HTMLIFrameElement {
  const frame = document.createElement('iframe');
  frame.src = embedUrl(ownEmbedPage, w);
  frame.title = `Preview: ${w.tag.slice('ally-'.length)}`;
  return frame;
}

/** What the preview last showed: it is rebuilt only when that changes, so typing in the code's address fields does not reload it. */
let shown = '';

/**
 * Shows the code for the form's choices; with `preview`, the preview too. The preview follows finished
 * values only (a `change`: the field left, or a choice made), so that it does not rebuild the widgets,
 * and warn about a half-typed phone number, on every key.
 */
function update(withPreview = true): void {
  const c = choices();
  const { widgets, notes: why } = arrange(c);
  output.value = code(c);
  notes.replaceChildren(
    ...[...why, ...targetNotes(c, widgets)].map((text) => Object.assign(document.createElement('li'), { textContent: text })),
  );
  // Only the fields that apply to this kind of code are shown (hidden ones leave the tab order too).
  for (const el of document.querySelectorAll<HTMLElement>('[data-target]')) el.hidden = el.dataset.target !== c.target;
  for (const el of form.querySelectorAll<HTMLElement>('.heading-field')) el.hidden = !widgets.some((w) => w.tag === el.dataset.widget);
  const key = JSON.stringify([c.target === 'iframe', widgets]);
  if (!withPreview || key === shown) return;
  shown = key;
  previewBox.replaceChildren(...widgets.map(c.target === 'iframe' ? previewFrame : previewElement));
}

/** Numbers the resources' fieldsets, and gives each field an id its label points to. */
function numberResources(): void {
  resourceList.querySelectorAll('fieldset').forEach((set, i) => {
    set.querySelector('legend')!.textContent = `Resource ${i + 1}`;
    set.querySelector('.remove')!.textContent = `Remove resource ${i + 1}`;
    for (const label of set.querySelectorAll<HTMLLabelElement>('label[data-for]')) {
      const id = `resource-${i + 1}-${label.dataset.for}`;
      label.htmlFor = id;
      set.querySelector(`[data-field="${label.dataset.for}"]`)!.id = id;
    }
  });
}

function addResource(): void {
  const set = resourceTemplate.content.firstElementChild!.cloneNode(true) as HTMLFieldSetElement;
  set.querySelector('.remove')!.addEventListener('click', () => {
    const next = set.nextElementSibling ?? set.previousElementSibling;
    set.remove();
    numberResources();
    update();
    // Focus stays in the list: on the next resource's Remove button, else on Add.
    (next?.querySelector<HTMLElement>('.remove') ?? form.querySelector<HTMLElement>('#add-resource'))!.focus();
  });
  resourceList.append(set);
  numberResources();
  update();
  set.querySelector<HTMLInputElement>('[data-field="name"]')!.focus();
}

form.addEventListener('input', () => update(false));
form.addEventListener('change', () => update());
form.querySelector('#add-resource')!.addEventListener('click', addResource);
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
// The preview's iframes take the height their page reports, as fit-iframes.js does on a host page.
fitIframes();

update();
fetch(new URL('cdn/integrity.json', dist))
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
    if (choices().target === 'script')
      output.value = 'Run "npm run build" first: the code needs the integrity hashes of the files it names.';
  });

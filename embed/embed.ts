// The iframe page (dist/embed/index.html), for platforms that take an iframe but no script: SharePoint
// Online, Google Sites, Confluence, an LMS. Its query string chooses one widget and its attributes:
//
//   index.html?widget=tips&lang=es&country=MX&theme=auto&layout=cards&heading-level=3
//   index.html?widget=resources&resource1-name=Acme%20EAP&resource1-phone=…&resource1-hours=…
//
// Names are the widget's own attribute names, and only those: the list is the element class's own
// (`observedAttributes`), and each value is set as an attribute, so the widget checks it exactly as it
// checks one written in a page (one warning, a sensible fallback). Nothing from the query is ever parsed as
// markup. The page tells its parent its height whenever it changes (see fit-iframes.ts for the listener).
//
// The import below is the script-tag bundle beside this folder (../cdn/ally-widgets.js, see
// scripts/embed.mjs), so the widgets load their language and country files from there, as on any page.
import { AllyCrisis, AllyGuide, AllyResources, AllyTips } from '../src/ally-widgets.js';
import { describe } from '../src/internal/warn.js';
import { HEIGHT_MESSAGE } from './fit-iframes.js';

const WIDGETS = { tips: AllyTips, resources: AllyResources, crisis: AllyCrisis, guide: AllyGuide };
type WidgetName = keyof typeof WIDGETS;
/** Without a (known) `widget`, the page shows everything at once: the guide. */
const DEFAULT_WIDGET: WidgetName = 'guide';
/** `resource1-name`, `resource2-phone`…: the organization's own resources, as the `resources` property takes them. */
const RESOURCE_FIELD = /^resource([1-9]\d?)-([a-z]+)$/;

const warn = (message: string) => console.warn(`ally-widgets iframe page: ${message}`);

/** The widget the query names, or the guide (with one warning for a name that is not a widget). */
function widgetName(params: URLSearchParams): WidgetName {
  const asked = params.get('widget');
  if (asked === null) return DEFAULT_WIDGET;
  if (Object.hasOwn(WIDGETS, asked)) return asked as WidgetName;
  warn(`widget=${describe(asked)} is not one of ${Object.keys(WIDGETS).join(', ')}; showing the guide.`);
  return DEFAULT_WIDGET;
}

/** The widget, with every attribute the query gives that the element has; the other names are reported once. */
export function widgetFromQuery(search: string, doc: Document = document): HTMLElement {
  const params = new URLSearchParams(search);
  const name = widgetName(params);
  const widget = WIDGETS[name];
  const el = doc.createElement(`ally-${name}`);
  const attributes = new Set(widget.observedAttributes);
  // Boolean attributes (no-crisis, open…) are on when present; `=false` is read as off, as a person means it.
  // (Lit's rule for the attribute's name: the one given, else the property's name in lower case.)
  const booleans = new Set(
    [...widget.elementProperties]
      .filter(([, o]) => o.type === Boolean && o.attribute !== false)
      .map(([property, o]) => (typeof o.attribute === 'string' ? o.attribute : String(property).toLowerCase())),
  );
  const resources: Record<string, string>[] = [];
  const ignored: string[] = [];
  for (const [key, value] of params) {
    const field = RESOURCE_FIELD.exec(key);
    if (key === 'widget') continue;
    if (attributes.has(key)) {
      if (!booleans.has(key)) el.setAttribute(key, value);
      else if (value !== 'false') el.setAttribute(key, '');
    } else if (field && widget.elementProperties.has('resources')) {
      // Any field name: the widget reads the ones it knows (name, phone, sms, href, hours, description).
      (resources[Number(field[1]) - 1] ??= {})[field[2]!] = value;
    } else {
      ignored.push(key);
    }
  }
  if (ignored.length) {
    const names = ignored.slice(0, 5).map((n) => describe(n));
    warn(`<ally-${name}> has no ${names.join(', ')}${ignored.length > 5 ? '…' : ''}; ignored.`);
  }
  const given = resources.filter(Boolean);
  if (given.length) (el as AllyResources).resources = given as unknown as AllyResources['resources'];
  return el;
}

/** Posts the page's height to the parent page whenever it changes (the iframe's own height aside). */
function reportHeight(): void {
  if (window.parent === window) return;
  let last = -1;
  new ResizeObserver(() => {
    const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
    if (height === last) return;
    last = height;
    window.parent.postMessage({ type: HEIGHT_MESSAGE, height }, '*');
  }).observe(document.body);
}

const widget = widgetFromQuery(location.search);
// The page's color scheme follows the widget's theme (see embed.css): an iframe whose scheme differs from
// its host page's gets an opaque background from the browser, which would show around the widget.
document.documentElement.dataset.theme = widget.getAttribute('theme') ?? '';
document.body.append(widget);
reportHeight();

// What the builder's choices put on the page, whatever the code's form (script tag, WordPress shortcode
// or block, iframe): which widgets, in which order, with which attributes and resources — and, in plain
// words, why a widget was dropped or leaves out its crisis line. Pure functions of the choices, so a test
// can check exactly what a person gets; each form of code (snippet.ts, platform-snippets.ts) only writes
// this down in its own syntax.

export type WidgetTag = 'ally-tips' | 'ally-resources' | 'ally-crisis' | 'ally-guide';

/** Where the code will be pasted: a page that takes a script, WordPress (shortcode or block), or an iframe-only platform. */
export type Target = 'script' | 'shortcode' | 'block' | 'iframe';

/** One of the organization's own resources, as typed: every field may be empty. */
export interface OwnResourceInput {
  name: string;
  phone: string;
  href: string;
  hours: string;
  description: string;
}

export interface EmbedChoices {
  target: Target;
  widgets: WidgetTag[];
  /** '' = follow the page's language. */
  lang: string;
  /** '' = where the reader is (README, "Which country"). */
  country: string;
  theme: 'light' | 'dark' | 'auto';
  layout: 'list' | 'cards';
  /** '' = the default, 2. */
  headingLevel: string;
  /** Each widget's own heading; '' or missing = its usual, translated one. */
  headings: Partial<Record<WidgetTag, string>>;
  resources: OwnResourceInput[];
  /** module: <script type="module">; classic: the IIFE build, for CMSs that forbid modules. */
  script: 'module' | 'classic';
  /** Where the script-tag files are served from, ending in "/". */
  base: string;
  /** The address of the iframe page (…/embed/index.html). */
  embedPage: string;
  /** For an iframe on a page that allows one script: add the script that fits each iframe to its content. */
  fitScript: boolean;
}

/** An attribute as the elements spell it (`heading-level`), with its value; `true` for a boolean attribute. */
export type Attribute = [name: string, value: string | true];

export interface PlacedWidget {
  tag: WidgetTag;
  attributes: Attribute[];
  /** The organization's own resources it shows (those with a name; the widget skips the others). */
  resources: OwnResourceInput[];
}

/** The order on the page: the crisis callout first, then the tips, then where to turn. */
const ORDER: WidgetTag[] = ['ally-crisis', 'ally-tips', 'ally-resources', 'ally-guide'];
/** The widgets that show the organization's own resources. */
const WITH_RESOURCES: WidgetTag[] = ['ally-resources', 'ally-guide'];

export const NOTES = {
  none: 'Choose at least one widget to get code.',
  guideAlone:
    'The whole guide already has the crisis line, the tips and where to turn for help, so the code shows only the guide: the other widgets would repeat them.',
  crisisFirst:
    'The crisis callout comes first, so the tips and “Where to turn for help” leave out their own copy of the crisis line (no-crisis): it is shown once.',
  resourcesAfterTips:
    '“Where to turn for help” comes right after the tips and starts with the crisis line, so the tips’ closing note leaves it out (no-crisis): it is shown once.',
  resourcesUnshown: 'Your own resources show only in “Where to turn for help” or in the whole guide: choose one of them to show them.',
} as const;

const hasText = (r: OwnResourceInput) => Object.values(r).some((v) => v.trim() !== '');

/**
 * The widgets to place, in page order, each with its attributes, and the notes that explain the
 * arrangement. The crisis line shows once: the guide holds everything, so it stands alone; otherwise the
 * first widget that shows the crisis line keeps it and the others get `no-crisis`.
 */
export function arrange(c: EmbedChoices): { widgets: PlacedWidget[]; notes: string[] } {
  const chosen = ORDER.filter((tag) => c.widgets.includes(tag));
  const notes: string[] = [];
  let tags = chosen;
  if (chosen.includes('ally-guide') && chosen.length > 1) {
    tags = ['ally-guide'];
    notes.push(NOTES.guideAlone);
  }
  if (!tags.length) notes.push(NOTES.none);
  const has = (tag: WidgetTag) => tags.includes(tag);
  // Who leaves the crisis line out: after a crisis callout, the tips and the resources; before the
  // resources' callout, the tips' closing note.
  const noCrisis = new Set<WidgetTag>();
  if (has('ally-crisis') && (has('ally-tips') || has('ally-resources'))) {
    noCrisis.add('ally-tips').add('ally-resources');
    notes.push(NOTES.crisisFirst);
  } else if (has('ally-tips') && has('ally-resources')) {
    noCrisis.add('ally-tips');
    notes.push(NOTES.resourcesAfterTips);
  }
  const resources = c.resources.filter(hasText);
  if (resources.length && !tags.some((tag) => WITH_RESOURCES.includes(tag))) notes.push(NOTES.resourcesUnshown);

  const widgets = tags.map((tag): PlacedWidget => {
    const attributes: Attribute[] = [];
    const add = (name: string, value: string | true | undefined) => value && attributes.push([name, value]);
    add('lang', c.lang);
    add('country', c.country);
    if (c.theme !== 'light') add('theme', c.theme);
    add('heading', c.headings[tag]?.trim());
    if (c.headingLevel && c.headingLevel !== '2') add('heading-level', c.headingLevel);
    if (tag === 'ally-tips' && c.layout === 'cards') add('layout', 'cards');
    if (noCrisis.has(tag)) add('no-crisis', true);
    return { tag, attributes, resources: WITH_RESOURCES.includes(tag) ? resources : [] };
  });
  return { widgets, notes };
}

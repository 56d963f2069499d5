// What the server-rendering tests render: the `resources` they pass, and the pages of widgets that the
// browser test hydrates (test/ssr/hydrate.test.ts). Plain data, shared by Node (render.mjs) and the
// browser (hydrate-page.js).

/** An organization's own resources, as a page passes them in the `resources` property. */
export const RESOURCES = [
  {
    name: 'Acme EAP',
    phone: '+1 800 555 0100',
    href: 'https://eap.example.com/',
    hours: '24/7',
    description: 'Free, confidential counseling',
  },
  { name: 'Acme HR', href: 'mailto:hr@example.com' },
];

const every = (attrs, tips = {}) => [
  { tag: 'ally-tips', attrs: { ...attrs, ...tips } },
  { tag: 'ally-crisis', attrs },
  { tag: 'ally-resources', attrs, resources: true },
  { tag: 'ally-guide', attrs, resources: true },
];

/**
 * Each page: its widgets, each `{ tag, attrs, resources, children }` (`resources`: the widget gets
 * RESOURCES as its property; `children`: light-DOM markup, such as <ally-resource> elements).
 */
export const PAGES = {
  // Language and country set on each widget: the server and the browser agree, nothing changes.
  'es-GB': every({ lang: 'es', country: 'GB' }),
  // Open tips: their details come in a part of their own, which the browser waits for before hydrating.
  'en-US': every({ lang: 'en', country: 'US' }, { open: true }),
  // A country without lines of its own: the international directory, on both sides.
  'en-AR': every({ lang: 'en-AR' }),
  // Nothing set: the server shows the directory; the browser then shows the reader's country, and reads
  // the <ally-resource> children that a server cannot see.
  unset: [
    { tag: 'ally-crisis', attrs: {} },
    {
      tag: 'ally-resources',
      attrs: {},
      children: '<ally-resource name="Acme Chaplain" phone="+1 800 555 0199">Someone to talk to</ally-resource>',
    },
  ],
};

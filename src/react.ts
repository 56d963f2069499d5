// React wrappers of the elements (`ally-widgets/react`), made with @lit/react: props are set as the
// element's properties (so `resources` passes an array, not text), and the widgets' events are React
// props. Importing this registers the elements. React is an optional peer dependency of the package.
//
//   import { AllyTips, AllyResources } from 'ally-widgets/react';
//   <AllyTips tips={['listen', 'educate']} headingLevel={3} onAllyTipToggle={(e) => e.detail.open} />
//   <AllyResources resources={[{ name: 'Acme EAP', phone: '+1 800 555 0100' }]} />
//
// Its types also give `<ally-tips>` and the other tags their JSX types (dist/types/jsx.d.ts).
import * as React from 'react';
import { createComponent, type EventName } from '@lit/react';
import { AllyCrisis as AllyCrisisElement } from './components/crisis/ally-crisis.js';
import { AllyGuide as AllyGuideElement } from './components/guide/ally-guide.js';
import { AllyResource as AllyResourceElement } from './components/resources/ally-resource.js';
import { AllyResources as AllyResourcesElement } from './components/resources/ally-resources.js';
import { AllyTips as AllyTipsElement } from './components/tips/ally-tips.js';
import type { ResourceActivateDetail, TipToggleDetail } from './internal/ally-element.js';

const onAllyResourceActivate = 'ally-resource-activate' as EventName<CustomEvent<ResourceActivateDetail>>;
const onAllyTipToggle = 'ally-tip-toggle' as EventName<CustomEvent<TipToggleDetail>>;

/** A wrapper: React, the tag and its class, and the element's events as props. */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- no events: what @lit/react's own default is
const wrap = <I extends HTMLElement, E extends Record<string, EventName> = {}>(
  tagName: string,
  elementClass: new () => I,
  displayName: string,
  events?: E,
) => createComponent({ react: React, tagName, elementClass, events, displayName });

/** `<ally-tips>`: props `tips`, `layout`, `open`, `noCrisis` and the shared ones; `onAllyTipToggle`. */
export const AllyTips = wrap('ally-tips', AllyTipsElement, 'AllyTips', { onAllyTipToggle, onAllyResourceActivate });

/** `<ally-resources>`: `resources` (an array of your own), `noNational`, `noCrisis`; `<AllyResource>` children. */
export const AllyResources = wrap('ally-resources', AllyResourcesElement, 'AllyResources', { onAllyResourceActivate });

/** The attributes of `<ally-resource>`, which has no properties of its own: it is read by its container. */
interface AllyResourceAttributes {
  name?: string;
  href?: string;
  phone?: string;
  sms?: string;
  hours?: string;
}

/** `<ally-resource>`, inside `<AllyResources>` or `<AllyGuide>`: `name`, `href`, `phone`, `sms`, `hours`; its text is the description. */
export const AllyResource = wrap(
  'ally-resource',
  AllyResourceElement as unknown as new () => AllyResourceElement & AllyResourceAttributes,
  'AllyResource',
);

/** `<ally-crisis>`: `variant` (`banner` or `inline`). */
export const AllyCrisis = wrap('ally-crisis', AllyCrisisElement, 'AllyCrisis', { onAllyResourceActivate });

/** `<ally-guide>`: `resources`; `onAllyTipToggle` from its tips. */
export const AllyGuide = wrap('ally-guide', AllyGuideElement, 'AllyGuide', { onAllyTipToggle, onAllyResourceActivate });

// The classes, helpers and types, without registering any element: for custom tag names or scoped
// registries. Import 'ally-widgets' (src/ally-widgets.ts) to register every element.
export { AllyTips, type TipsLayout } from './components/tips/tips.js';
export { AllyResources } from './components/resources/resources.js';
export { AllyResource } from './components/resources/resource.js';
export { AllyCrisis } from './components/crisis/crisis.js';
export { AllyGuide } from './components/guide/guide.js';
export type { CrisisVariant } from './internal/crisis-callout.js';
export type { OwnResource } from './internal/own-resources.js';
export { define, type VersionedElement } from './internal/define.js';
export { VERSION } from './generated/content.js';
export type { ResourceActivateDetail, Theme, TipToggleDetail } from './internal/ally-element.js';

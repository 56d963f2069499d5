// The classes, helpers and types, without registering any element: for custom tag names or scoped
// registries. Import 'ally-widgets' (src/ally-widgets.ts) to register every element.
export { AllyTips, type TipsLayout } from './components/tips/tips.js';
export { AllyResources } from './components/resources/resources.js';
export { define, type VersionedElement } from './internal/define.js';
export { VERSION } from './generated/content.js';

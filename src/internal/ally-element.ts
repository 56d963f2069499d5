import { LitElement, type PropertyValues } from 'lit';
import { VERSION } from '../generated/content.js';
import { FALLBACK_LANGUAGE } from './content.js';
import { parseHeadingLevel, type HeadingLevel } from './heading.js';

/**
 * What every ally-widgets element shares: its version (for safe registration), the `heading` and
 * `heading-level` attributes, and the language it renders in.
 *
 * Reactive properties are declared with `static properties` and `declare` fields, not decorators: the
 * output is smaller and no build step has to lower decorator syntax (see README, "Contributing").
 */
export abstract class AllyElement extends LitElement {
  static readonly version: string = VERSION;

  static override properties = {
    heading: {},
    headingLevel: { attribute: 'heading-level' },
  };

  /** The widget's title; by default a localized one. */
  declare heading: string | undefined;
  /** The level (1–6) of the widget's title, so it fits the host page's heading outline. Default 2. */
  declare headingLevel: number | string | undefined;

  /** The validated heading level used for rendering. */
  protected level: HeadingLevel = 2;

  /**
   * The language the widget renders in. Only English ships so far, so every element renders English and
   * marks its content `lang="en"`, which keeps screen readers from reading it with another voice.
   */
  protected get language(): string {
    return FALLBACK_LANGUAGE;
  }

  /** The element's tag name, for warnings. */
  protected get tag(): string {
    return this.localName;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('headingLevel')) this.level = parseHeadingLevel(this.headingLevel, this.tag);
  }
}

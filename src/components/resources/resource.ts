import { VERSION } from '../../generated/content.js';

// A data-only element: no Lit, no rendering. HTMLElement does not exist during server rendering, so the
// class extends whatever base the environment has.
const Base = (globalThis.HTMLElement ?? class {}) as typeof HTMLElement;

/**
 * @summary One of the organization's own resources, such as an Employee Assistance Program. Place it
 * inside `<ally-resources>`; it shows nothing by itself. Its text is the description, always shown as
 * plain text.
 *
 * @attr {string} name - Required: the resource's name. A resource without one is skipped with a warning.
 * @attr {string} href - Its web address (https, http or mailto); anything else is shown as text, not linked.
 * @attr {string} phone - A phone number, linked as `tel:`; text that is not a phone number is shown, not linked.
 * @attr {string} sms - A number to text, linked as `sms:`.
 * @attr {string} hours - When it is open, in your own words.
 */
export class AllyResource extends Base {
  static readonly version: string = VERSION;

  constructor() {
    super();
    // An empty shadow root renders nothing, so the description is never shown twice.
    this.attachShadow({ mode: 'open' });
  }
}

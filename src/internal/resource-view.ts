// What a resource card shows, whoever supplied the resource: the packaged content or the host page.
// Both become a ResourceView, so one renderer (resource-card.ts) draws them the same way.
import type { Channel, Contact, Source, UiText } from './content.js';
import { html, type TemplateResult } from 'lit';
import { fillParts } from './format.js';

export interface ContactView {
  id: string;
  channel: Channel;
  /** The link's address; absent when the value was not safe to link, and is shown as text instead. */
  href?: string;
  /** The link text: a string, or a template with the number isolated left to right. */
  text: unknown;
  label?: string;
  hours?: string;
  note?: string;
  crisis?: boolean;
  open247?: boolean;
  free?: boolean;
  confidential?: boolean;
}

export interface ResourceView {
  id: string;
  /** Text, or the project's own text with its Japanese marked (see markLanguages). */
  name: unknown;
  summary?: string;
  /** Opening hours of the resource as a whole (host-given resources). */
  hours?: string;
  contacts: ContactView[];
  website?: { href?: string; text: string };
  reviewed?: string;
  sources?: Source[];
}

/**
 * A contact's link text: its own action text, else "Call {number}", "Text {number}", ... The number is
 * isolated left to right, so "1-800-950-NAMI (6264)" keeps its order inside right-to-left text.
 */
export function actionText(c: Pick<Contact, 'action' | 'channel' | 'display' | 'keyword'>, ui: UiText): unknown[] {
  const values = { number: ltr(c.display ?? ''), keyword: c.keyword ?? '' };
  if (c.action) return fillParts(c.action, values);
  if (c.channel === 'phone') return fillParts(ui.common.call, values);
  if (c.channel === 'sms') return fillParts(c.keyword ? ui.common.textKeyword : ui.common.text, values);
  return [ui.common.chat];
}

export const ltr = (value: string): TemplateResult => html`<bdi dir="ltr">${value}</bdi>`;

export function contactView(c: Contact, ui: UiText): ContactView {
  const { id, channel, href, label, hours, note, crisis, open247, free, confidential } = c;
  return { id, channel, href, text: actionText(c, ui), label, hours, note, crisis, open247, free, confidential };
}

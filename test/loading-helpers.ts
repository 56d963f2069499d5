// Helpers for the loading tests: replace content-part loaders, and read whether a widget shows help.
import { PART_LOADERS } from '../src/generated/content.js';
import { deepAll, text } from './helpers.js';

export type Widget = HTMLElement & { updateComplete: Promise<boolean> };

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
export const frame = () => new Promise((r) => requestAnimationFrame(r));

/** Every part answers only after `ms`; returns a function that restores the real loaders. */
export function delayParts(names: string[], ms: number): () => void {
  const real = names.map((name) => [name, PART_LOADERS[name]!] as const);
  for (const [name, load] of real) PART_LOADERS[name] = () => sleep(ms).then(load);
  return () => real.forEach(([name, load]) => (PART_LOADERS[name] = load));
}

/** Whether a widget shows a reader where to turn now: the emergency advice and a crisis line or directory. */
export function showsHelp(el: Element): boolean {
  const emergency = deepAll(el.shadowRoot!, '[part="emergency"]');
  const actions = deepAll(el.shadowRoot!, '[part="action"]');
  return emergency.length > 0 && /\S/.test(text(emergency[0])) && actions.length > 0;
}

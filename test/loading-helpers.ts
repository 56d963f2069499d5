// Helpers for the loading tests: replace content-part loaders, and read whether a widget shows help.
import { PART_LOADERS } from '../src/generated/content.js';
import { AllyElement } from '../src/internal/ally-element.js';
import { deepAll, text } from './helpers.js';

export type Widget = HTMLElement & { updateComplete: Promise<boolean> };

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
export const frame = () => new Promise((r) => requestAnimationFrame(r));

type Loader = (typeof PART_LOADERS)[string];

/**
 * Replaces content-part loaders, each made from the real one, and the wait budget if one is given;
 * returns a function that puts both back.
 */
export function replaceLoaders(make: Record<string, (real: Loader) => Loader>, loadWait?: number): () => void {
  const saved = Object.keys(make).map((name) => [name, PART_LOADERS[name]!] as const);
  const wait = AllyElement.loadWait;
  for (const [name, real] of saved) PART_LOADERS[name] = make[name]!(real);
  if (loadWait !== undefined) AllyElement.loadWait = loadWait;
  return () => {
    for (const [name, real] of saved) PART_LOADERS[name] = real;
    AllyElement.loadWait = wait;
  };
}

/** Every part answers only after `ms`; returns a function that restores the real loaders. */
export const delayParts = (names: string[], ms: number): (() => void) =>
  replaceLoaders(Object.fromEntries(names.map((name) => [name, (real: Loader) => () => sleep(ms).then(real)])));

/** Whether a widget shows a reader where to turn now: the emergency advice and a crisis line or directory. */
export function showsHelp(el: Element): boolean {
  const emergency = deepAll(el.shadowRoot!, '[part="emergency"]');
  const actions = deepAll(el.shadowRoot!, '[part="action"]');
  return emergency.length > 0 && /\S/.test(text(emergency[0])) && actions.length > 0;
}

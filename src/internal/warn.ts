// One place for the widgets' console warnings, so each starts with the element it is about and none
// can flood the console: host values are described briefly, never printed whole.

const MAX = 300;

/** Logs one warning, at most MAX characters long. */
export function warn(tag: string, message: string): void {
  console.warn(`<${tag}>: ${message.length > MAX ? `${message.slice(0, MAX)}…` : message}`);
}

/**
 * Any JavaScript value, described for a warning in a few words. Never throws: host values may be
 * symbols, objects without a prototype, revoked proxies or objects whose toString throws.
 */
export function describe(value: unknown): string {
  try {
    if (typeof value === 'string') return JSON.stringify(value.length > 60 ? `${value.slice(0, 60)}…` : value);
    if (value instanceof Error) return describe(value.message);
    if (typeof value === 'object' && value !== null) return Array.isArray(value) ? 'an array' : 'an object';
    if (typeof value === 'function') return 'a function';
    return String(value); // numbers, booleans, bigints, symbols, null, undefined
  } catch {
    return 'an unreadable value';
  }
}

/**
 * Text from a property a page or framework set: strings as given; numbers, booleans and bigints as
 * their text (`heading={2024}` in JSX). Anything else is ignored with a warning.
 */
export function toText(value: unknown, name: string, onWarn: (message: string) => void): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') return String(value);
  onWarn(`${name} must be text, not ${describe(value)}; ignored.`);
  return undefined;
}

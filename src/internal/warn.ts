/** One place for the widgets' console warnings, so each starts with the element it is about. */
export function warn(tag: string, message: string): void {
  console.warn(`<${tag}>: ${message}`);
}

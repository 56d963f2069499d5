/**
 * A custom element class that says which ally-widgets version defined it, and may ask registration to
 * wait a moment (`beforeDefine`: see AllyElement).
 */
export type VersionedElement = CustomElementConstructor & { version?: string; beforeDefine?: () => Promise<unknown> | undefined };

/**
 * Registers `tag` unless it is already registered. A page may load the script-tag bundle twice, or next
 * to the npm build: the first registration wins and later ones are skipped, with a warning when the
 * versions differ, because `customElements.define` would otherwise throw and break the host page.
 */
export function define(tag: string, ctor: VersionedElement): void {
  // Registers at once, unless the class asks to wait (only while a page's preloads are arriving).
  const wait = ctor.beforeDefine?.();
  if (wait) void wait.then(() => register(tag, ctor));
  else register(tag, ctor);
}

function register(tag: string, ctor: VersionedElement): void {
  const registry = globalThis.customElements;
  if (!registry) return; // server-side rendering without a DOM shim: nothing to register
  const existing = registry.get(tag) as VersionedElement | undefined;
  if (existing) {
    if (existing !== ctor && existing.version !== ctor.version) {
      console.warn(
        `ally-widgets: <${tag}> is taken by version ${existing.version ?? '?'}; ${ctor.version} not registered. Load ally-widgets once.`,
      );
    }
    return;
  }
  registry.define(tag, ctor);
}

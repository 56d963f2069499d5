import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';

/**
 * Re-renders its host when the host's light-DOM children change: `<ally-resource>` elements are page
 * content, added, edited or removed by the page (or a framework) at any time.
 */
export class ChildrenController implements ReactiveController {
  private observer?: MutationObserver;

  constructor(private readonly host: ReactiveControllerHost & Element) {
    host.addController(this);
  }

  hostConnected(): void {
    if (isServer) return; // a server renders once: there is nothing to watch
    this.observer ??= new MutationObserver(() => this.host.requestUpdate());
    this.observer.observe(this.host, { childList: true, subtree: true, attributes: true, characterData: true });
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
  }
}

import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';

/**
 * Tells its host when its page prints, so that content rendered only on demand (a closed tip's detail)
 * is rendered for paper. Listens for `beforeprint` and for the print media query (which also fires when
 * print media is emulated); once printed, the content stays rendered.
 */
export class PrintController implements ReactiveController {
  printing = false;
  private media?: MediaQueryList;
  private win?: Window | null;

  constructor(private readonly host: ReactiveControllerHost & Element) {
    host.addController(this);
  }

  private readonly onPrint = (event?: Event): void => {
    // The media query also reports the end of printing: that changes nothing.
    if (this.printing || (event && 'matches' in event && !event.matches)) return;
    this.printing = true;
    this.host.requestUpdate();
    // The browser lays the page out for paper as soon as this event is over: render now, not in a
    // microtask. (Content that is not loaded yet cannot make it; see README, "Print".)
    (this.host as unknown as { performUpdate?: () => void }).performUpdate?.();
  };

  hostConnected(): void {
    if (isServer) return; // no page to print on a server
    const win = (this.win = this.host.ownerDocument.defaultView);
    if (!win || this.printing) return;
    win.addEventListener('beforeprint', this.onPrint);
    this.media = win.matchMedia?.('print');
    this.media?.addEventListener?.('change', this.onPrint);
    if (this.media?.matches) this.onPrint();
  }

  hostDisconnected(): void {
    this.win?.removeEventListener('beforeprint', this.onPrint);
    this.media?.removeEventListener?.('change', this.onPrint);
  }
}

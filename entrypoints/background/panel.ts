import { browser } from 'wxt/browser';

/**
 * Open the panel for the reader's window. Must run synchronously inside the click/menu/command
 * handler, before any await: Chrome only honours sidePanel.open() during the user gesture.
 */
export function openPanel(tab: { id?: number; windowId?: number }): void {
  const b = browser as unknown as {
    sidePanel?: { open(o: { windowId?: number; tabId?: number }): Promise<void> };
    sidebarAction?: { open(): Promise<void> };
  };
  if (b.sidePanel) {
    b.sidePanel.open({ windowId: tab.windowId }).catch((e) => console.warn('Parallax: could not open the side panel', e));
  } else if (b.sidebarAction) {
    // Firefox: the sidebar, opened from the same gesture.
    b.sidebarAction.open().catch((e) => console.warn('Parallax: could not open the sidebar', e));
  }
}

/** Chrome remembers this across restarts: set it false so toolbar clicks reach action.onClicked. */
export function keepActionClickForUs(): void {
  const sp = (browser as unknown as { sidePanel?: { setPanelBehavior(o: { openPanelOnActionClick: boolean }): Promise<void> } }).sidePanel;
  sp?.setPanelBehavior({ openPanelOnActionClick: false }).catch(() => undefined);
}

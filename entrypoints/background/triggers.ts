/**
 * The three ways a reader asks: toolbar button (and its shortcut, _execute_action), the context
 * menu on the page / a selection / a link. Each opens the panel first, inside the gesture.
 */
import { browser, type Browser } from 'wxt/browser';
import { explainTab } from './explain';
import { explainLink, explainSelection } from './explain-other';
import { hostPermission } from '@/utils/core/url';
import { openPanel } from './panel';

export const MENU_PAGE = 'parallax-explain-page';
export const MENU_SELECTION = 'parallax-explain-selection';
export const MENU_LINK = 'parallax-explain-link';

export function onToolbarClick(tab: Browser.tabs.Tab): void {
  openPanel(tab);
  if (tab.id !== undefined) void explainTab(tab.id, tab.url);
}

export function onMenuClick(info: Browser.contextMenus.OnClickData, tab?: Browser.tabs.Tab): void {
  if (!tab || tab.id === undefined) return;
  // Both must start inside the click: the panel, and the prompt for a linked site's permission.
  const granted = info.menuItemId === MENU_LINK && info.linkUrl ? requestLinkAccess(info.linkUrl) : undefined;
  openPanel(tab);
  const pageUrl = tab.url ?? info.pageUrl ?? '';
  if (info.menuItemId === MENU_LINK && info.linkUrl) void explainLink(tab.id, pageUrl, info.linkUrl, granted);
  else if (info.menuItemId === MENU_SELECTION && info.selectionText) void explainSelection(tab.id, pageUrl, info.selectionText);
  else void explainTab(tab.id, tab.url);
}

function requestLinkAccess(linkUrl: string): Promise<boolean> | undefined {
  try {
    return browser.permissions.request({ origins: [hostPermission(linkUrl)] });
  } catch {
    return undefined;
  }
}

export function setupContextMenu(): void {
  browser.runtime.onInstalled.addListener(() => {
    void browser.contextMenus.removeAll().then(() => {
      browser.contextMenus.create({ id: MENU_PAGE, title: 'Explain this story', contexts: ['page'] });
      browser.contextMenus.create({ id: MENU_SELECTION, title: 'Explain this story (from the selection)', contexts: ['selection'] });
      browser.contextMenus.create({ id: MENU_LINK, title: 'Explain the linked story', contexts: ['link'] });
    });
  });
  browser.contextMenus.onClicked.addListener(onMenuClick);
}

export function setupToolbar(): void {
  (browser.action ?? (browser as unknown as { browserAction: typeof browser.action }).browserAction).onClicked.addListener(onToolbarClick);
}

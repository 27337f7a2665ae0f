/**
 * The panel follows the active tab; a story must never stay under a page it does not belong
 * to. When a tab starts loading another address, what the panel showed for it is dropped.
 */
import { browser } from 'wxt/browser';
import { clearTabView, getTabView } from '@/utils/tab-state';

export function setupTabFollowing(): void {
  browser.tabs.onUpdated.addListener(async (tabId, change) => {
    if (change.status !== 'loading' && !change.url) return;
    const view = await getTabView(tabId);
    if (!view) return;
    // Without access to the new page Chrome does not tell us its address: treat it as new.
    if (!change.url || stripHash(change.url) !== stripHash(view.url)) await clearTabView(tabId);
  });
  browser.tabs.onRemoved.addListener((tabId) => void clearTabView(tabId));
}

function stripHash(url: string): string {
  const [beforeHash = ''] = url.split('#');
  return beforeHash;
}

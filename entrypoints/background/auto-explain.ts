/**
 * Sites the reader chose to have explained as they browse: Parallax holds that site's host
 * permission (asked for at the reader's click), so it may read the page without a click.
 */
import { browser } from 'wxt/browser';
import { getSettings } from '@/utils/settings';
import { explainTab } from './explain';
import { mayRead } from './site-access';

export function setupAutoExplain(): void {
  browser.tabs.onUpdated.addListener(async (tabId, change, tab) => {
    if (change.status !== 'complete' || !tab.url || tab.incognito) return;
    let origin: string;
    try {
      origin = new URL(tab.url).origin;
    } catch {
      return;
    }
    const settings = await getSettings();
    if (!settings.autoExplainSites.includes(origin)) return;
    if (!(await mayRead(tab.url))) return;
    await explainTab(tabId, tab.url);
  });
}

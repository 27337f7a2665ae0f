/** Keep the local feed index fresh on an alarm, once the reader has seen what it fetches. */
import { browser } from 'wxt/browser';
import { db } from '@/utils/db';
import { refreshFeeds } from '@/utils/feeds';
import { getSettings } from '@/utils/settings';

const ALARM = 'parallax-feeds';

export function setupFeedPolling(): void {
  browser.alarms.onAlarm.addListener(async (alarm) => {
    if (alarm.name !== ALARM) return;
    const settings = await getSettings();
    if (!settings.firstRunSeen) return;
    await refreshFeeds(db(), settings, { fetch: (...a) => fetch(...a) });
  });
  void getSettings().then((s) => browser.alarms.create(ALARM, { periodInMinutes: s.sources.feeds.pollMinutes }));
}

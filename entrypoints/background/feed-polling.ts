/** Keep the local feed index fresh on an alarm, once the reader has seen what it fetches. */
import { browser } from 'wxt/browser';
import { db } from '@/utils/db';
import { dexieFeedStore } from '@/utils/feed-index/dexie-store';
import { refreshFeeds } from '@/utils/feed-index/refresh';
import { getSettings } from '@/utils/settings';

const ALARM = 'parallax-feeds';

export function setupFeedPolling(): void {
  browser.alarms.onAlarm.addListener(async (alarm) => {
    if (alarm.name !== ALARM) return;
    const settings = await getSettings();
    if (!settings.firstRunSeen) return;
    await refreshFeeds(dexieFeedStore(db()), settings, { fetch: (...a) => fetch(...a) });
  });
  void getSettings().then((s) => browser.alarms.create(ALARM, { periodInMinutes: s.sources.feeds.pollMinutes }));
}

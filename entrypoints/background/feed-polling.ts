/** Keep the local feed index fresh on an alarm, once the reader has seen what it fetches; then check followed stories. */
import { browser } from 'wxt/browser';
import { db } from '@/utils/db';
import { dexieFeedStore } from '@/utils/feed-index/dexie-store';
import { refreshFeeds } from '@/utils/feed-index/refresh';
import { getSettings } from '@/utils/settings';
import { pollFollowed, showFollowBadge } from './following';

export const FEED_ALARM = 'parallax-feeds';

export function setupFeedPolling(): void {
  browser.alarms.onAlarm.addListener(async (alarm) => {
    if (alarm.name !== FEED_ALARM) return;
    const settings = await getSettings();
    if (!settings.firstRunSeen) return;
    const store = dexieFeedStore(db());
    const polled = await refreshFeeds(store, settings, { fetch: (...a) => fetch(...a) });
    await pollFollowed(store, polled.added, settings);
  });
  void getSettings().then((s) => browser.alarms.create(FEED_ALARM, { periodInMinutes: s.sources.feeds.pollMinutes }));
  // The badge is not kept across browser restarts: set it again whenever the worker starts.
  void showFollowBadge().catch(() => undefined);
}

/**
 * Followed stories in the worker: after every feed poll, the poll's new items are checked against
 * each followed story (utils/story/follow.ts); the toolbar badge shows how many have news, and,
 * when the reader turned it on, a system notification names the story and the outlets.
 */
import { browser } from 'wxt/browser';
import { db } from '@/utils/db';
import type { WordCounts } from '@/utils/core/match';
import { buildQuery } from '@/utils/core/query';
import type { Candidate } from '@/utils/core/types';
import type { FeedItemRecord } from '@/utils/feed-index/keys';
import type { FeedIndexStore } from '@/utils/feed-index/store';
import type { Settings } from '@/utils/settings';
import { guardedSearch } from '@/utils/sources/guard';
import { sessionHealthStore } from '@/utils/sources/health-store';
import { NEWS_SOURCES } from '@/utils/sources/registry';
import { correctionsItem } from '@/utils/story/corrections-store';
import { checkFollowed, storiesWithNews, type FollowNews } from '@/utils/story/follow';
import { statsDays } from '@/utils/story/follow-match';
import { followPrefsItem } from '@/utils/story/follow-prefs';
import type { StoryRecord } from '@/utils/db';

/** The badge: how many followed stories have news the reader has not opened ('' for none). */
export async function showFollowBadge(): Promise<void> {
  const n = (await storiesWithNews(db())).length;
  await browser.action.setBadgeText({ text: n ? String(n) : '' });
  if (n) await browser.action.setBadgeBackgroundColor({ color: '#1d4ed8' });
}

/** GDELT and Google News for one followed story, paced and guarded like a story job's requests. */
function searchFollowed(settings: Settings) {
  const remote = NEWS_SOURCES.filter((s) => !s.local && s.enabled(settings));
  return async (story: StoryRecord): Promise<Candidate[]> => {
    const query = buildQuery(story.article);
    const ctx = { fetch: (...a: Parameters<typeof fetch>) => fetch(...a), settings, health: sessionHealthStore };
    const answers = await Promise.allSettled(remote.map((s) => guardedSearch(s, query, ctx, sessionHealthStore, { minIntervalMs: s.minIntervalMs?.(settings) ?? 0 })));
    return answers.flatMap((a) => (a.status === 'fulfilled' ? (Array.isArray(a.value) ? a.value : a.value.items) : []));
  };
}

async function notify(news: FollowNews[]): Promise<void> {
  if (!news.length || !(await followPrefsItem.getValue()).notify) return;
  if (!browser.notifications || !(await browser.permissions.contains({ permissions: ['notifications'] }))) return;
  for (const n of news) {
    const outlets = [...new Set(n.items.map((i) => i.outlet.name))];
    // Plain text only: notifications render no markup, and the titles are third-party text.
    await browser.notifications.create(`parallax-follow-${n.storyId}`, {
      type: 'basic',
      iconUrl: browser.runtime.getURL('/icon/128.png'),
      title: `New coverage: ${n.title}`.slice(0, 200),
      message: `${outlets.join(', ')}`.slice(0, 300),
    });
  }
}

/** After a poll: check its new items against every followed story, then the badge and notifications. */
export async function pollFollowed(store: FeedIndexStore, added: FeedItemRecord[], settings: Settings, now = Date.now()): Promise<void> {
  const prefs = await followPrefsItem.getValue();
  const days = statsDays(added);
  // Read only when some followed story may match a new item (most polls: none does).
  const stats = async (): Promise<WordCounts | undefined> => (days ? store.wordCounts(...days) : undefined);
  const askSearch = prefs.askSearch && !settings.feedsOnly;
  const corrections = await correctionsItem.getValue();
  const result = await checkFollowed(db(), added, { now, stats, search: askSearch ? searchFollowed(settings) : undefined, searchPerPoll: 2, corrections });
  await showFollowBadge();
  await notify(result.news);
}

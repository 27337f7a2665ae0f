/** Commands the panel and options page may send. */
import { browser } from 'wxt/browser';
import { db } from '@/utils/db';
import { clearFeedIndex } from '@/utils/feed-index/dexie-store';
import { serve } from '@/utils/messaging';
import { getSettings } from '@/utils/settings';
import { runStory } from '@/utils/story/job';
import { recomposeStory } from '@/utils/story/writer';
import { jobDeps } from './job-deps';
import { correctionsItem } from '@/utils/story/corrections-store';
import { explainTab } from './explain';
import { resumeReading, resumeStory } from './resume';
import { openStory, summarizeSource } from './open-story';
import { testAiEngine } from './test-ai';
import { explainLink, explainSelection } from './explain-other';
import { followStory, markFollowSeen, unfollowStory } from '@/utils/story/follow';
import { showFollowBadge } from './following';

export function registerStoryService(): void {
  serve({
    async explainTab({ tabId, force }) {
      const tab = await browser.tabs.get(tabId);
      await explainTab(tabId, tab.url, { force });
      return { ok: true };
    },
    async explainLink({ tabId, url }) {
      const tab = await browser.tabs.get(tabId);
      await explainLink(tabId, tab.url ?? '', url);
      return { ok: true };
    },
    async explainSelection({ tabId, text }) {
      const tab = await browser.tabs.get(tabId);
      await explainSelection(tabId, tab.url ?? '', text);
      return { ok: true };
    },
    async testAi() {
      return testAiEngine(await getSettings());
    },
    async openStory(data) {
      return { ok: true, storyId: await openStory(data) };
    },
    async summarizeSource({ storyId, url }) {
      await summarizeSource(storyId, url);
      return { ok: true };
    },
    async refreshStory({ storyId }) {
      const story = await db().stories.get(storyId);
      if (!story) return { ok: false, error: 'This story is no longer in the cache.' };
      await db().stories.update(storyId, { coverageAt: null });
      await runStory(story.article, { ...(await jobDeps()), db: db() });
      return { ok: true };
    },
    async resumeStory({ storyId }) {
      void resumeStory(storyId);
      return { ok: true };
    },
    async resumeReading({ tabId }) {
      void resumeReading(tabId);
      return { ok: true };
    },
    async deleteStory({ storyId }) {
      await db().stories.delete(storyId);
      await unfollowStory(db(), storyId);
      await showFollowBadge();
      return { ok: true };
    },
    async followStory({ storyId }) {
      const r = await followStory(db(), storyId, Date.now());
      return r;
    },
    async unfollowStory({ storyId }) {
      await unfollowStory(db(), storyId);
      await showFollowBadge();
      return { ok: true };
    },
    async followSeen({ storyId }) {
      if (await markFollowSeen(db(), storyId, Date.now())) await showFollowBadge();
      return { ok: true };
    },
    async correctStory({ storyId, kind, url, domain }) {
      const c = await correctionsItem.getValue();
      if (kind === 'mute') c.muted = [...new Set([...c.muted, domain])];
      else c.notSame = { ...c.notSame, [storyId]: [...new Set([...(c.notSame[storyId] ?? []), url])] };
      await correctionsItem.setValue(c);
      await recomposeStory(db(), storyId, c);
      return { ok: true };
    },
    async clearCache() {
      await Promise.all([db().stories.clear(), clearFeedIndex(db()), db().follows.clear()]);
      await showFollowBadge();
      return { ok: true };
    },
    async clearHistory() {
      await Promise.all([db().stories.clear(), db().follows.clear()]);
      await showFollowBadge();
      return { ok: true };
    },
  });
}

/** Commands the panel and options page may send. */
import { browser } from 'wxt/browser';
import { db } from '@/utils/db';
import { serve } from '@/utils/messaging';
import { getSettings } from '@/utils/settings';
import { runStory } from '@/utils/story-job';
import { explainTab } from './explain';

export function registerStoryService(): void {
  serve({
    async explainTab({ tabId, force }) {
      const tab = await browser.tabs.get(tabId);
      await explainTab(tabId, tab.url, { force });
      return { ok: true };
    },
    async refreshStory({ storyId }) {
      const story = await db().stories.get(storyId);
      if (!story) return { ok: false, error: 'This story is no longer in the cache.' };
      await db().stories.update(storyId, { coverageAt: null });
      await runStory(story.article, { db: db(), settings: await getSettings(), fetch: (...a) => fetch(...a) });
      return { ok: true };
    },
    async deleteStory({ storyId }) {
      await db().stories.delete(storyId);
      return { ok: true };
    },
    async clearHistory() {
      await db().stories.clear();
      return { ok: true };
    },
  });
}

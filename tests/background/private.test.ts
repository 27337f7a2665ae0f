/** A story explained in a private window is kept in memory only: nothing reaches the cache or History. */
import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { browser } from 'wxt/browser';
import { DEFAULT_SETTINGS } from '../../utils/settings';
import { db } from '../../utils/db';
import { getTabView } from '../../utils/tab-state';
import { explainArticle } from '../../entrypoints/background/explain';

const article = {
  url: 'https://news.example/a',
  canonicalUrl: 'https://news.example/a',
  title: 'Council approves the new budget after a long debate',
  byline: null,
  siteName: 'Example News',
  publishedTime: '2025-11-01T10:00:00Z',
  modifiedTime: null,
  lang: 'en',
  excerpt: null,
  text: 'The council approved the budget on Monday after a long debate about housing.\n\nThe plan raises spending on buses and libraries next year.\n\nCritics said the plan leaves too little for repairs.',
  html: '',
  wordCount: 40,
  isArticle: true,
  extractionMs: 1,
};

describe('private windows', () => {
  it('keeps the story out of the cache and shows it through session storage', async () => {
    fakeBrowser.reset();
    // No network here: every source switched off.
    await browser.storage.local.set({
      settings: { ...DEFAULT_SETTINGS, feedsOnly: true, sources: { ...DEFAULT_SETTINGS.sources, feeds: { ...DEFAULT_SETTINGS.sources.feeds, list: [] }, wikipedia: { ...DEFAULT_SETTINGS.sources.wikipedia, enabled: false } } },
    });
    vi.spyOn(browser.tabs, 'get').mockResolvedValue({ id: 3, incognito: true } as never);
    await explainArticle(3, article.url, article);
    const view = await getTabView(3);
    expect(view?.kind).toBe('private-story');
    expect(view?.kind === 'private-story' && view.story.brief?.happened.length).toBeGreaterThan(0);
    expect(await db().stories.count()).toBe(0);
  });

  it('an ordinary window keeps it in the cache', async () => {
    vi.spyOn(browser.tabs, 'get').mockResolvedValue({ id: 4, incognito: false } as never);
    await explainArticle(4, article.url, article);
    expect((await getTabView(4))?.kind).toBe('story');
    expect(await db().stories.count()).toBe(1);
  });
});

describe('a cache that cannot be opened', () => {
  it('the story is still explained, from memory, and the reader is told why', async () => {
    // IndexedDB refuses to open it (a corrupt file, a version from the future, a blocked upgrade).
    const { db: cache } = await import('../../utils/db');
    const d = cache();
    d.close();
    vi.spyOn(d, 'open').mockRejectedValue(Object.assign(new Error('UnknownError: Internal error opening backing store'), { name: 'UnknownError' }));
    vi.spyOn(browser.tabs, 'get').mockResolvedValue({ id: 6, incognito: false } as never);
    await explainArticle(6, article.url, article);
    const view = await getTabView(6);
    expect(view?.kind).toBe('private-story');
    expect(view?.kind === 'private-story' && view.note).toMatch(/cache can't be used right now/);
    expect(view?.kind === 'private-story' && view.story.brief?.happened.length).toBeGreaterThan(0);
  });
});

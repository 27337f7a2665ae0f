/**
 * Injected into the reader's tab only when they ask (toolbar, menu, shortcut). Reads the page
 * and returns the article to the background; it sends no messages and stores nothing.
 */
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { extractArticle } from '@/utils/core/extract/article';

export default defineUnlistedScript(() => {
  try {
    return { ok: true, article: extractArticle(document, { url: location.href, clock: () => performance.now() }) };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
});

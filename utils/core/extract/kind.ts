/** "Is this an article?" — section fronts, home pages, search results and video-only pages are not. */
import { collect, tag } from './dom';

const ARTICLE_LD = /Article|BlogPosting|LiveBlogPosting|Report|NewsArticle/;
const LIST_LD = /^(CollectionPage|ItemList|SearchResultsPage|WebSite|ProfilePage|VideoObject|VideoGallery|ImageGallery)$/;

export interface KindInput {
  doc: Document;
  words: number;
  readerable: boolean;
  ldType: string | null;
  ogType: string | null;
  parsed: boolean;
  url: string;
}

/** Share of the body's text that sits in links with headline-sized text: high on list pages. */
function headlineLinks(doc: Document): number {
  let n = 0;
  if (!doc.body) return 0;
  for (const a of collect(doc.body, (el) => tag(el) === 'a' && el.hasAttribute('href'))) {
    const w = (a.textContent ?? '').trim().split(/\s+/).length;
    if (w >= 5 && w <= 25) n++;
  }
  return n;
}

/** Why this page is not an article, or null when it is one. */
export function notArticleReason(k: KindInput): string | null {
  const ldArticle = k.ldType !== null && ARTICLE_LD.test(k.ldType);
  const ogArticle = k.ogType !== null && /article/i.test(k.ogType);
  if (!k.parsed || k.words < (ldArticle || ogArticle ? 80 : 150)) return 'There is too little article text on this page.';
  if (k.ldType && LIST_LD.test(k.ldType) && !ldArticle) {
    return /Video/.test(k.ldType) ? 'This page is mainly a video, not an article.' : 'This page looks like a list of articles rather than one article.';
  }
  let path = '/';
  try { path = new URL(k.url).pathname; } catch { /* keep '/' */ }
  if (/\/(search|tag|tags|topics?|category|section)\b/i.test(path) && !ldArticle && !ogArticle) {
    return 'This page looks like a list of articles rather than one article.';
  }
  if (!k.readerable && !ldArticle) return 'This page looks like a list of articles rather than one article.';
  // Many headline-sized links against little text: a section front, even when it reads well.
  if (!ldArticle && !ogArticle && headlineLinks(k.doc) * 4 > k.words) return 'This page looks like a list of articles rather than one article.';
  return null;
}

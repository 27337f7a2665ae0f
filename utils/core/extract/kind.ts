/** "Is this an article?" — section fronts, home pages, search results and video-only pages are not. */
import { collect, tag } from './dom';
import { countWords } from './text';

export const LIST_PAGE = 'This page looks like a list of articles rather than one article.';

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
  /** The body text: a wire story's dateline opens it. */
  text?: string;
  shape?: BodyShape;
}

/** The fewest words of a story that says it is one (article markup, or a dateline). */
const SHORT_NEWS_WORDS = 40;

/**
 * "WASHINGTON (Reuters) —", "Warszawa (PAP) –", "CAIRO —": a place, maybe the agency, then a dash,
 * at the start of the first paragraph (any script with capitals or none).
 */
const DATELINE = /^[\p{Lu}\p{Lo}][\p{L}\p{M} .,'’-]{1,40}?(?:\s*\([^)]{1,30}\))?\s*[-–—]\s/u;

export function opensWithDateline(text: string): boolean {
  return DATELINE.test(text.slice(0, 80));
}

/** Share of the body's text that sits in links with headline-sized text: high on list pages. */
function headlineLinks(doc: Document): number {
  let n = 0;
  if (!doc.body) return 0;
  for (const a of collect(doc.body, (el) => tag(el) === 'a' && el.hasAttribute('href'))) {
    const w = countWords(a.textContent ?? '');
    if (w >= 5 && w <= 25) n++;
  }
  return n;
}

/** Whether JSON-LD says this is an article (which every shape rule defers to). */
function isLdArticle(ldType: string | null): boolean {
  return ldType !== null && ARTICLE_LD.test(ldType);
}

/** The body's shape matters only when no JSON-LD says "article". */
export function needsShape(ldType: string | null): boolean {
  return !isLdArticle(ldType);
}

/** Why this page is not an article, or null when it is one. */
export function notArticleReason(k: KindInput): string | null {
  const ldArticle = isLdArticle(k.ldType);
  const ogArticle = k.ogType !== null && /article/i.test(k.ogType);
  // Short news is news: a wire story of a few paragraphs declares itself or opens with its dateline.
  const declared = ldArticle || ogArticle || opensWithDateline(k.text ?? '');
  if (!k.parsed || k.words < (declared ? SHORT_NEWS_WORDS : 150)) return 'There is too little article text on this page.';
  if (k.ldType && LIST_LD.test(k.ldType) && !ldArticle) {
    return /Video/.test(k.ldType) ? 'This page is mainly a video, not an article.' : LIST_PAGE;
  }
  let path = '/';
  try { path = new URL(k.url).pathname; } catch { /* keep '/' */ }
  if (/\/(search|tag|tags|topics?|category|section)\b/i.test(path) && !ldArticle && !ogArticle) {
    return LIST_PAGE;
  }
  // Readability calls a short page unreadable; a story that opens with its dateline is still one.
  if (!k.readerable && !ldArticle && !opensWithDateline(k.text ?? '')) return LIST_PAGE;
  // A section front reads well too (Readability calls it readerable, pages call it og:type article):
  // teaser after teaser, a linked headline and a line or two each, and no running text.
  const teasers = k.shape ? k.shape.linkedHeadings + k.shape.cards : 0;
  if (!ldArticle && teasers >= 6 && k.shape!.longParagraphs * 4 <= teasers) return LIST_PAGE;
  // Many headline-sized links against little text: a section front, even when it reads well.
  if (!ldArticle && !ogArticle && headlineLinks(k.doc) * 4 > k.words) return LIST_PAGE;
  return null;
}

/** What the extracted body is made of, for telling a section front from an article. */
export interface BodyShape {
  /** Headline-sized headings (five words or more) that are links to another page: teaser headlines. */
  linkedHeadings: number;
  /** `<article>` elements inside the body: teaser cards. */
  cards: number;
  /** Paragraphs of running text (over 400 characters, few links). */
  longParagraphs: number;
}

const HEADING = /^h[1-6]$/;

export function bodyShape(root: Element): BodyShape {
  const shape: BodyShape = { linkedHeadings: 0, cards: 0, longParagraphs: 0 };
  for (const el of collect(root, (e) => { const t = tag(e); return t === 'p' || t === 'article' || HEADING.test(t); })) {
    const t = tag(el);
    if (t === 'article') { shape.cards++; continue; }
    const all = (el.textContent ?? '').replace(/\s+/g, ' ').trim().length;
    let linked = 0;
    for (const a of el.getElementsByTagName('a')) {
      // A link into the same page (`#section`, a table of contents) is no teaser.
      if (!(a.getAttribute('href') ?? '#').includes('#')) linked += (a.textContent ?? '').replace(/\s+/g, ' ').trim().length;
    }
    if (t === 'p') { if (all > 400 && linked < all * 0.3) shape.longParagraphs++; }
    // A headline is a sentence ("Xi Jinping is running the games by his own rules"), not a name ("Eve Valkyrie ($60)").
    else if (all && linked >= all * 0.8 && countWords(el.textContent ?? '') >= 5) shape.linkedHeadings++;
  }
  return shape;
}

/**
 * Page furniture Readability tends to keep: ad slots, consent banners, share bars, captions,
 * related-story lists, bylines and date lines at the edges of the body. General rules on markup
 * roles and class/id tokens, never on one site's names.
 */
import { collect, spacedText, tagIn, tag } from './dom';

/** Whole class/id tokens that are always furniture, whatever their size. */
const STRONG = /^(ad|ads|advert|advertisement|ad-(slot|label|creative|container|wrapper|unit|leaderboard|mpu)|dfp-.*|gpt-ad.*|sponsored|promo|newsletter(-signup)?|cookie(-banner|-consent)?|consent|share-bar|social-share|related-stories|most-read|comments?)$/i;

/** Parts of tokens that mark furniture when the element is small (never the article itself). */
const WEAK = /(^|[-_])(share|sharing|social|related|recommend(ed|ations)?|newsletter|subscribe|subscription|signup|promo|caption|credit|byline|author|breadcrumbs?|tags?|topics|sidebar|outbrain|taboola|popular|trending|read-?more|more-?from|comments?|disqus|toolbar|print|follow|donate|paywall|overlay|modal|popup|skip|sr-only|visually-?hidden|screen-?reader|dateline|date|timestamp|published|updated|meta)($|[-_])/i;

/** Ids and classes run together ("makehomepagedialog", "loginModal") still name a dialog. */
const DIALOG = /(dialog|modal|lightbox)$/i;

const CONTROL = 'data-parallax-control';
const normalSpace = (s: string) => s.replace(/\s+/g, ' ').trim();

const ROLES = /^(navigation|complementary|dialog|alertdialog|banner|contentinfo|search|menu|menubar|toolbar)$/;

const DROP_TAGS = new Set(['nav', 'aside', 'form', 'button', 'select', 'dialog', 'figure', 'figcaption', 'iframe', 'noscript', 'template']);

/** Long paragraphs inside: the article, or a big part of it, which must never go. */
function isSubstantial(el: Element): boolean {
  let long = 0;
  for (const p of el.getElementsByTagName('p')) {
    if ((p.textContent ?? '').length > 120 && ++long >= 3) return true;
  }
  return false;
}

const INLINE = new Set(['a', 'span', 'em', 'strong', 'b', 'i', 'u', 'abbr', 'time', 'small', 'cite', 'mark', 'sup', 'sub', 'code', 'q', 'font']);

/**
 * An inline element inside a sentence (`on <a class="meta-loc">Sudan</a> and`, `<span class="dateline">CAIRO —</span> Gunmen…`):
 * part of the text whatever its class says. A credit or byline alone in its block is not.
 */
function inRunningText(el: Element): boolean {
  if (!INLINE.has(tag(el))) return false;
  const parent = el.parentElement;
  if (!parent) return false;
  // The text beside it on the same line: its siblings, less those that are blocks of their own.
  let beside = 0;
  for (let n = parent.firstChild; n && beside < 60; n = n.nextSibling) {
    if (n === el) continue;
    if (n.nodeType === 3) beside += (n.nodeValue ?? '').trim().length;
    else if (n.nodeType === 1 && !BLOCKS.has(tag(n as Element)) && !CONTAINERS.has(tag(n as Element))) beside += (n.textContent ?? '').trim().length;
  }
  return beside >= 60;
}

/** A short inline label followed, on the same line, by inline text of its own (`<span>From</span> <span>$610</span>`). */
function labelsItsLine(el: Element): boolean {
  if (!INLINE.has(tag(el)) || words(el.textContent ?? '') > 2) return false;
  for (let n = el.nextSibling; n; n = n.nextSibling) {
    if (n.nodeType === 3 && (n.nodeValue ?? '').trim()) return true;
    if (n.nodeType === 1) return INLINE.has(tag(n as Element)) && Boolean((n.textContent ?? '').trim());
  }
  return false;
}

/**
 * What a furniture-like class or id means for this element: `drop` it, or `inline` (a word inside
 * a sentence, which stays), or null (no such class, or it holds the article).
 */
function weakVerdict(el: Element, t: string[]): 'drop' | 'inline' | null {
  const weak = t.some((x) => WEAK.test(x));
  if (!weak && !t.some((x) => DIALOG.test(x))) return null;
  if (inRunningText(el)) return weak ? 'inline' : null;
  // A typographic "meta" label joined to a value on its line ("From $610.00"): the label is part of it.
  if (weak && t.every((x) => !WEAK.test(x) || /(^|[-_])meta$/i.test(x)) && labelsItsLine(el)) return 'inline';
  return isSubstantial(el) || isDataTable(el) ? null : 'drop';
}

/** A table of rows and columns of text (a timetable, results): content, whatever template class it wears. */
function isDataTable(el: Element): boolean {
  if (tag(el) !== 'table') return false;
  let rows = 0;
  for (const tr of el.getElementsByTagName('tr')) {
    let cells = 0;
    for (const c of tr.children) if (/^t[dh]$/i.test(c.tagName) && (c.textContent ?? '').trim()) cells++;
    if (cells >= 2 && ++rows >= 2) return true;
  }
  return false;
}

/** Class and id tokens, less those that only state a condition (`no-caption`, `has-author`). */
function tokens(el: Element): string[] {
  const cls = el.getAttribute('class');
  const id = el.getAttribute('id');
  const out = cls ? cls.split(/\s+/) : [];
  if (id) out.push(id);
  // camelCase tokens (`imageCaption`, `authorName`) are read as the hyphenated ones they spell.
  return out.filter((t) => t && !/^(no|has|with|without|is|show|hide)[-_]/i.test(t)).map((t) => t.replace(/(\p{Ll})(\p{Lu})/gu, '$1-$2'));
}

const BYLINE_TOKEN = /(^|[-_])(byline|author|writer)($|[-_])/i;

/** Tags a standfirst is set in: a line of text, or a heading under the headline. */
const DEK_TAGS = new Set(['p', 'div', 'h2', 'h3', 'h4', 'span']);
/** A story's first paragraph opens with its dateline ("WASHINGTON (AP) —"), a standfirst never does. */
const DATELINE_OPENING = /^[\p{Lu}][\p{Lu}\s.,'’-]{2,}(?:\([^)]{1,30}\))?\s*(?:[—–_-]|--)/u;

/**
 * The text of the standfirst set directly under the one headline (`<h1>…</h1><div class="post-lead">…</div>`,
 * `<h2 class="subTitle">`, `<p class="description">`): part of the headline's block, not the story,
 * as human-written article bodies have it (on AEB's development pages, 7 of the 9 such lines are left
 * out of the truth). Only a single short block of its own kind — one element with that tag and class
 * on the page, so never one of the body's paragraphs, and never a paragraph without a class — with no
 * links and no dateline. A standfirst set anywhere else (after the byline, inside the body) stays.
 */
function headlineDek(root: Element, h1: Element): string | null {
  const next = h1.nextElementSibling;
  if (!next || !DEK_TAGS.has(tag(next))) return null;
  const cls = next.getAttribute('class');
  if (!cls?.trim() && (tag(next) === 'p' || tag(next) === 'div')) return null;
  if (next.querySelector('p, div, li, h1, h2, h3, img, figure, table, a, time') || isSubstantial(next)) return null;
  const text = normalSpace(spacedText(next));
  if (text.length < 30 || text.length > 320 || DATELINE_OPENING.test(text)) return null;
  let same = 0;
  for (const el of root.getElementsByTagName(tag(next))) if (el.getAttribute('class') === cls && ++same > 1) return null;
  return text;
}

/**
 * Before Readability, on the clone. Returns the first byline-like line it removed, since
 * Readability would have read the byline from that very element, and the standfirst it left out.
 */
export function stripClutter(doc: Document): { byline: string | null; dek: string | null; changed: boolean } {
  const root = doc.body ?? doc.documentElement;
  let byline: string | null = null;
  // Whether the clone was touched at all: untouched, Readability reads it as the safety net would.
  let changed = false;
  if (!root) return { byline, dek: null, changed };
  let byRel: Element | null = null;
  // The headlines, found on this walk: asking the tree again costs a walk of its own.
  const h1s: Element[] = [];
  const drops = collect(root, (el) => {
    const t = tag(el);
    if (t === 'h1') h1s.push(el);
    if (!byRel && (el.getAttribute('rel') === 'author' || el.getAttribute('itemprop') === 'author')) byRel = el;
    // A link to nowhere (`href="#"`) is a button run by the page's script ("Feedback", "Show more"). Marked here, where
    // the href is as written (Readability resolves it), and dropped after Readability, which scores the page with it.
    if (t === 'a' && /^#?$/.test(el.getAttribute('href') ?? 'x')) { el.setAttribute(CONTROL, ''); changed = true; }
    return DROP_TAGS.has(t) || el.hasAttribute('role');
  });
  // Found, not removed: Readability reads the page as it is (so the safety net may reuse its read), and the
  // standfirst leaves its body afterwards, in cleanArticle, if it is there at all (found by its text: Readability
  // may set a block anew, without its attributes).
  const dek = h1s.length === 1 ? headlineDek(root, h1s[0]!) : null;
  const relText = byRel ? spacedText(byRel) : null;
  if (relText && relText.length < 100) byline = relText;
  for (const el of drops) {
    if (!el.isConnected && el.parentNode === null) continue;
    const role = el.getAttribute('role');
    if (el.hasAttribute('role') && !(role && ROLES.test(role))) continue;
    if (!isSubstantial(el)) { el.remove(); changed = true; }
  }
  for (const el of collect(root, (e) => e.hasAttribute('class') || e.hasAttribute('id') || e.hasAttribute('aria-label'))) {
    const t = tokens(el);
    if (el.getAttribute('aria-label') === 'Advertisement' || t.some((x) => STRONG.test(x))) { el.remove(); changed = true; }
    else {
      const verdict = weakVerdict(el, t);
      if (verdict === 'inline') {
        // Else Readability takes `<span class="dateline">CAIRO —</span>` for the byline and cuts it out.
        el.removeAttribute('class');
        el.removeAttribute('id');
        changed = true;
      }
      if (verdict !== 'drop') continue;
      if (!byline && t.some((x) => BYLINE_TOKEN.test(x))) {
        const text = spacedText(el);
        if (text && text.length < 100) byline = text;
      }
      el.remove();
      changed = true;
    }
  }
  return { byline, dek, changed };
}

/**
 * A paragraph that opens with an image, then a line break, then one short line (`<p><img><br>The dam
 * at dawn. Photo: …</p>`, the caption as portals set it without a figure): the image's caption.
 */
function isImageCaption(p: Element): boolean {
  let seenImage = false;
  let seenBreak = false;
  let text = '';
  for (let n = p.firstChild; n; n = n.nextSibling) {
    if (n.nodeType === 3) {
      const t = (n.nodeValue ?? '').trim();
      if (!t) continue;
      if (!seenBreak) return false;
      text += t;
    } else if (n.nodeType === 1) {
      const name = tag(n as Element);
      const images = name === 'img' || name === 'picture' ? 1 : (n as Element).getElementsByTagName('img').length;
      if (images) {
        if (text || seenImage || (n.textContent ?? '').trim()) return false;
        seenImage = true;
      } else if (name === 'br') {
        if (!seenImage) return false;
        seenBreak = true;
      } else {
        if (!seenBreak) return false;
        text += (n.textContent ?? '').trim();
      }
    }
  }
  return seenBreak && text.length > 0 && text.length <= 100;
}

const CONTAINERS = new Set(['section', 'article', 'main', 'header', 'footer', 'ul', 'ol', 'dl', 'table', 'tbody', 'tr', 'figure', 'aside', 'nav', 'form']);
const BLOCKS = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'blockquote', 'pre', 'td', 'th', 'dt', 'dd', 'div']);

/** Block elements with no block inside them, in document order. */
function leafBlocks(root: Element): Element[] {
  const blocks = collect(root, (el) => BLOCKS.has(tag(el)));
  const inner = new Set<Node>();
  for (const el of blocks) {
    // Its nearest block ancestor holds a block; the ones above hold that one.
    for (let p = el.parentNode; p && p !== root; p = p.parentNode) {
      if (p.nodeType === 1 && BLOCKS.has(tag(p as Element))) { inner.add(p); break; }
    }
  }
  return blocks.filter((el) => !inner.has(el));
}

function linkTextShare(el: Element): number {
  const all = (el.textContent ?? '').replace(/\s+/g, '').length;
  if (!all) return 0;
  let links = 0;
  for (const a of el.getElementsByTagName('a')) links += (a.textContent ?? '').replace(/\s+/g, '').length;
  return links / all;
}

const words = (s: string) => (s.match(/[\p{L}\p{N}]+/gu) ?? []).length;

/** Lines that say who wrote it, when, or where the picture came from: not the story. */
const EDGE_LINE = /^(by|from|words by|written by|posted by|published|updated|last updated|posted|image|photo|picture|video|source|credit|image credit|photo credit|caption|image caption|advertisement|share|share this|follow|read more|see also|more from|more on|related|click here|sign up|subscribe|listen|watch|you (?:may|might) also like|recommended(?: for you)?|most (?:popular|read)|trending(?: now)?|more stories|top stories|don'?t miss|highlights|loading)\b/i;
const DATE_LINE = /^\W*(\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|\d{4}[./]\d{1,2}[./]\d{1,2}\b|\d{4}-\d{2}-\d{2}|(mon|tue|wed|thu|fri|sat|sun)\w*,?\s|(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w*\.?\s+\d{1,2}(st|nd|rd|th)?,?\s+\d{4}|\d{1,2}\s+(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w*\.?,?\s+\d{4})/i;
/** "Read also", "Related news" in the languages of our fixture pages and AEB's (a pointer or a heading over links). */
const ELSEWHERE = "lire aussi|à lire aussi|leia também|veja também|lesen sie auch|mehr zum thema|lee también|читайте также|ещё по теме|еще по теме|по теме|اقرأ أيضا[ًً]?|أخبار ذات صلة|עוד בנושא|קראו עוד|διαβάστε επίσης|σχετικά άρθρα|ये भी पढ़ें|यह भी पढ़ें|और पढ़ें|tin liên quan|xem thêm|相关新闻|相关阅读|延伸阅读|関連記事|あわせて読みたい|관련기사|czytaj też|czytaj także";
/** Pointers elsewhere, wherever they sit in the body. */
const POINTER = new RegExp(`^[^\\p{L}\\p{N}]*(read more|related|see also|also|more|don'?t miss|you may also like|recommended|related news|related articles|watch|listen|${ELSEWHERE})\\s*[:|：]`, 'iu');
/** What closes many bodies: newsletters, follow-us lines, copyright and affiliate notes. */
const TAIL_LINE = /\b(newsletters?|subscribe|sign up|follow (us|him|her|me|them)|on twitter|all rights reserved|copyright|©|affiliate|forums?|news tips?|inbox|contributed to this report|additional reporting|cookies?)\b|^(责任编辑|本文来源|编辑|来源)\s*[:：]|^write to .{2,60} at \S+@/i;
/** Whole lines that are the page's controls and labels, never the story: "Close", "Image 1 of / 9", "related news". */
const UI_LINE = new RegExp(String.raw`^[^\p{L}\p{N}]*(sign in|log ?in|sign up|subscribe|close|caption|comments?|share|print|e-?mail|text size|menu|search|advertisement|loading|breaking news|related (news|stories|articles|posts|content)|recent (articles|posts|stories)|popular this week|${ELSEWHERE}|most (popular|read)|recommended for you|you (may|might) also like|image \d+ of\b.*|(tempo de leitura|reading time|read time|lesezeit|temps de lecture|tiempo de lectura)\s*:?\s*\d+\s*\p{L}*|\d+\s*min(ute)?s?\s+read|filed under\s*:.*)[^\p{L}\p{N}\p{M}]*$`, 'iu');
/** A short call to sign up: "Let our news meet your inbox.", "Click here to subscribe to The Paradigm Newsletter". */
const PROMO = /^\W*(click here|sign up|subscribe|join|get|let)\b.*\b(newsletters?|inbox|subscribe)\b/i;
const STAMP_LINE = /^\W*(?:first |last )?(?:published|updated|posted)\b[^\p{L}]*(?:on\s+)?(?:\d|(?:mon|tue|wed|thu|fri|sat|sun|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?,?\s+\d)/iu;
const CREDIT = /^\(?\s*(image|photo|picture|credit|source|foto|bild)s?\s*(credit)?\s*[:©]/i;

/**
 * After Readability, on its article element: drop related-link lists, link-only lines, captions
 * and credit lines anywhere, and short byline/date/share lines at the start and the end.
 */
export function cleanArticle(root: Element, byline: string | null, { certainOnly = false, dek = null }: { certainOnly?: boolean; dek?: string | null } = {}): void {
  for (const el of collect(root, tagIn('figure', 'figcaption', 'aside', 'nav', 'button', 'form'))) el.remove();
  const controls: Element[] = [];
  const named = collect(root, (e) => {
    if (e.hasAttribute(CONTROL)) controls.push(e);
    return e.hasAttribute('class') || e.hasAttribute('id');
  });
  for (const el of named) {
    const t = tokens(el);
    // The safety net keeps Readability's body less only what is certainly furniture: no weak class rule.
    if (t.some((x) => STRONG.test(x)) ? !isSubstantial(el) : !certainOnly && weakVerdict(el, t) === 'drop') el.remove();
  }
  // The standfirst under the headline (headlineDek): not the story's body; the safety net keeps Readability's.
  // Only as the body's first block after any headings (the headline, a section label), where a standfirst under
  // the headline lands: the same words further down are the body's own.
  if (dek && !certainOnly) {
    for (const el of leafBlocks(root)) {
      const text = normalSpace(spacedText(el));
      if (text === dek) { el.remove(); break; }
      if (text && !/^h[1-6]$/.test(tag(el))) break;
    }
  }
  if (!certainOnly) for (const p of collect(root, tagIn('p'))) if (isImageCaption(p)) p.remove();
  for (const a of controls) {
    if (words(a.textContent ?? '') <= 3 && !inRunningText(a)) a.remove();
    else a.removeAttribute(CONTROL);
  }
  for (const list of collect(root, tagIn('ul', 'ol'))) {
    const items = list.getElementsByTagName('li').length;
    if (items >= 2 && linkTextShare(list) > 0.7) {
      // Its lead-in ("More games news:") goes with it.
      const label = list.previousElementSibling;
      const text = label?.textContent?.trim() ?? '';
      if (label && text.endsWith(':') && words(text) <= 6) label.remove();
      list.remove();
    }
  }
  const names = (byline ?? '').toLowerCase().split(/,\s*/).filter(Boolean);
  const leaves = leafBlocks(root);
  const info = leaves.map((el) => {
    const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
    return { el, text, n: words(text) };
  });
  const isEdgeJunk = ({ el, text: raw, n }: { el: Element; text: string; n: number }) => {
    const text = raw.replace(/^[^\p{L}\p{N}]+/u, '');
    return n > 0 && n <= 15 &&
    (EDGE_LINE.test(text) || DATE_LINE.test(text) || CREDIT.test(text) || linkTextShare(el) > 0.8 ||
      /^\S+@\S+\.\w+$|^(https?:\/\/|www\.|twitter\.com\/|@\w+$)/i.test(text) ||
      names.some((name) => text.toLowerCase().replace(/^by\s+/, '') === name || text.toLowerCase().startsWith(name + ' ')));
  };
  // Short lines said more than once in a body are share bars and repeated labels.
  const seen = new Map<string, number>();
  for (const b of info) if (b.n > 0 && b.n <= 6) seen.set(b.text, (seen.get(b.text) ?? 0) + 1);
  for (const b of info) {
    if ((CREDIT.test(b.text) || POINTER.test(b.text)) && b.n <= 25) b.el.remove();
    else if (b.n <= 12 && UI_LINE.test(b.text)) b.el.remove();
    else if (b.n <= 20 && PROMO.test(b.text)) b.el.remove();
    else if (b.n <= 6 && (seen.get(b.text) ?? 0) > 2) b.el.remove();
    // "PUBLISHED: 00:01, Tue, Nov 19, 2019": when it was posted, wherever the line sits.
    else if (b.n <= 12 && STAMP_LINE.test(b.text)) b.el.remove();
    else if (b.n > 0 && b.n <= 30 && linkTextShare(b.el) > 0.9 && /^(p|li|div)$/i.test(b.el.tagName)) b.el.remove();
  }
  // Leading and trailing lines until the first/last real paragraph.
  const live = info.filter((b) => root.contains(b.el) && b.n > 0);
  for (const b of live) {
    if (b.n > 15 || !isEdgeJunk(b)) break;
    b.el.remove();
  }
  for (const b of [...live].reverse()) {
    if (!(isEdgeJunk(b) || (b.n <= 50 && TAIL_LINE.test(b.text)))) break;
    b.el.remove();
  }
}

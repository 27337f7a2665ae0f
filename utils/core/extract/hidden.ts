/**
 * Text a reader cannot see. Pages plant it for AI readers ("ignore previous instructions…"), so it
 * never reaches the text we hand on. In the page the browser's computed styles decide; outside it
 * (a fetched link, the CLI) only what the markup itself says: inline styles, `hidden`, `aria-hidden`.
 *
 * Hidden elements in the clone are swapped for an empty marker carrying their word count, so after
 * Readability we can tell whether hidden text sat inside the article (worth flagging) or only in
 * the page furniture (menus and dialogs are hidden on every page).
 */
import { collect, tag } from './dom';
import { MAX_TEXT_CHARS, countWords } from './text';

export const HIDDEN_MARK = 'data-parallax-hidden';

const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'HEAD', 'TITLE', 'META', 'LINK', 'svg', 'SVG', 'BR', 'IMG', 'IFRAME']);

// display:none, visibility:hidden, zero-size fonts, far off-screen, or clipped to nothing.
const INLINE_HIDDEN = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*(?:hidden|collapse)|font-size\s*:\s*0(?:\.0+)?(?:px|pt|em|rem|%)?\s*(?:!important)?\s*(?:;|$)|opacity\s*:\s*0(?:\.0+)?\s*(?:;|$)|(?:left|top|text-indent|margin-left)\s*:\s*-\d{3,}|clip\s*:\s*rect\(\s*0)/i;

/** Hidden by its own markup (true also for the `sr-only` pattern of clip + 1px). */
export function hiddenByMarkup(el: Element): boolean {
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
  const style = el.getAttribute('style');
  return Boolean(style && INLINE_HIDDEN.test(style));
}

type Styled = Element & {
  checkVisibility?: (o: object) => boolean;
  getBoundingClientRect?: () => { right: number; bottom: number; width: number; height: number };
};

/** Hidden as the browser renders it: computed styles and layout (only where there is layout). */
export function hiddenByComputedStyle(el: Element, view: Window): boolean {
  const s = el as Styled;
  if (s.checkVisibility && !s.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true })) return true;
  const cs = view.getComputedStyle(el);
  if (cs.display === 'none' || cs.visibility === 'hidden' || cs.visibility === 'collapse') return true;
  if (parseFloat(cs.fontSize) === 0 || cs.opacity === '0') return true;
  const r = s.getBoundingClientRect?.();
  if (r && (r.right < -100 || r.bottom < -100 - view.scrollY || (r.width <= 1 && r.height <= 1 && cs.overflow === 'hidden'))) return true;
  return false;
}

/** How much text, in any script (characters: a 5 MB page is not split into words to compare). */
function textSize(node: Node): number {
  return (node.textContent ?? '').length;
}

function hasLayout(doc: Document): Window | null {
  const view = doc.defaultView as (Window & { getComputedStyle?: unknown }) | null;
  const probe = doc.body as Styled | null;
  return view && typeof view.getComputedStyle === 'function' && probe && typeof probe.checkVisibility === 'function' ? view : null;
}

/** Hidden text from which the verdict is checked again: "hidden" would take nearly all of the page. */
const NEARLY_ALL = 0.8;
/** Hidden characters below which the page is never checked again: no article is that short. */
const RECHECK_FROM = 500;
/** A wrapper holding this share of the page's text is the page itself (`#page`, `.site-wrapper`). */
const WHOLE_PAGE = 0.8;

/**
 * `html`, `body` and the wrappers that hold nearly all of the page's text. Their transparency or
 * visibility is the page's (an anti-flicker snippet's `opacity: 0` on `<html>` for 2–4 s, a fade-in,
 * a cookie wall): a reader waits it out, so it hides nothing.
 */
function wholePage(body: Element): Set<Element> {
  const wide = new Set<Element>([body]);
  if (body.parentElement) wide.add(body.parentElement);
  const total = textSize(body);
  let level: Element[] = [body];
  while (level.length && total) {
    const next: Element[] = [];
    for (const el of level) for (const c of el.children) if (textSize(c) >= total * WHOLE_PAGE) { wide.add(c); next.push(c); }
    level = next;
  }
  return wide;
}

/** The same judgement with the page's own transparency and visibility set aside (see wholePage). */
function hiddenBesidesPage(el: Element, view: Window | null, wide: Set<Element>): boolean {
  if (el.hasAttribute('hidden')) return true;
  // A dialog over the page sets aria-hidden on the page behind it, which the reader still sees.
  if (el.getAttribute('aria-hidden') === 'true') return !wide.has(el);
  const style = el.getAttribute('style');
  if (style && INLINE_HIDDEN.test(style) && !(wide.has(el) && !/display\s*:\s*none/i.test(style))) return true;
  if (!view) return false;
  const cs = view.getComputedStyle(el);
  if (cs.display === 'none') return true;
  if (wide.has(el)) return false;
  const s = el as Styled;
  if (s.checkVisibility && !s.checkVisibility({ checkOpacity: false, checkVisibilityCSS: false })) return true;
  // Opacity is the element's own (it is not inherited); visibility counts where it is declared,
  // not where it is only inherited from the page.
  if (cs.opacity === '0' || parseFloat(cs.fontSize) === 0) return true;
  if (cs.visibility !== 'visible' && el.parentElement && view.getComputedStyle(el.parentElement).visibility === 'visible') return true;
  const r = s.getBoundingClientRect?.();
  return Boolean(r && (r.right < -100 || r.bottom < -100 - view.scrollY || (r.width <= 1 && r.height <= 1 && cs.overflow === 'hidden')));
}

/**
 * Find the hidden elements of `source` (the live page, or the parsed document) and replace the
 * matching elements of `clone` (a deep clone of it, same order) with markers. Stops checking
 * computed styles once `deadline` passes (markup is still honoured). When "hidden" would take
 * nearly all of the page's text, the verdict is checked again rather than trusted, with the
 * page's own transparency set aside (see wholePage). A text node longer than the text we keep is
 * cut in the clone (one 5 MB node took 8 s to read whole). Returns the hidden word count and
 * whether a text node was cut, whether every verdict was reached (`complete`: the deadline never
 * cut the computed-style checks short, so a second clone marked the same way gets the same marks),
 * and the hidden elements of `source`. Given those (`known`, from a complete run on the same page),
 * another clone is marked the same without judging any element again.
 */
export function markHidden(source: Document, clone: Document, clock: () => number, deadline: number, known?: ReadonlySet<Element>): { words: number; cut: boolean; complete: boolean; hidden: Element[] } {
  const view = hasLayout(source);
  const srcBody = source.body;
  const dstBody = clone.body;
  if (!srcBody || !dstBody) return { words: 0, cut: false, complete: true, hidden: [] };
  let useStyles = Boolean(view);
  let count = 0;
  // The walk does not enter what it picks, so the final picks of a run are found again, and only them.
  const first = findHidden(srcBody, dstBody, known ? (el) => known.has(el) : (el) => {
    let isHidden = hiddenByMarkup(el);
    // Computed styles only on elements that hold text of their own: the rest inherit from them.
    if (!isHidden && useStyles && ownText(el)) {
      isHidden = hiddenByComputedStyle(el, view!);
      if ((++count & 63) === 0 && clock() > deadline) useStyles = false;
    }
    return isHidden;
  });
  let targets = first.targets;
  // Each hidden element's text is read once: its size here, its words below (the clone's twin holds the same text).
  let texts = first.targets.map(([s]) => s.textContent ?? '');
  const hiddenSize = texts.reduce((n, t) => n + t.length, 0);
  // The page's own size is read only when much is hidden (menus and dialogs hide a little on every page).
  if (!known && hiddenSize >= RECHECK_FROM && hiddenSize >= textSize(srcBody) * NEARLY_ALL) {
    const wide = wholePage(srcBody);
    // Every element this time: a transparent container hides text it does not hold itself.
    targets = findHidden(srcBody, dstBody, (el) => hiddenBesidesPage(el, view, wide)).targets;
    texts = targets.map(([s]) => s.textContent ?? '');
  }
  for (const c of first.comments) c.parentNode?.removeChild(c);
  let words = 0;
  for (const [k, [, el]] of targets.entries()) {
    const n = countWords(texts[k] ?? '');
    if (!n) { el.remove(); continue; }
    words += n;
    const mark = clone.createElement('span');
    mark.setAttribute(HIDDEN_MARK, String(n));
    el.replaceWith(mark);
  }
  return { words, cut: first.cut, complete: Boolean(known) || useStyles === Boolean(view), hidden: targets.map(([s]) => s) };
}

/** The elements `hidden` picks, each with its twin in the clone, and the clone's comments. */
function findHidden(srcBody: Element, dstBody: Element, hidden: (el: Element) => boolean): { targets: [Element, Element][]; comments: Node[]; cut: boolean } {
  const targets: [Element, Element][] = [];
  let cut = false;
  // Comments go too: Readability takes one for the end of a paragraph and splits the text around
  // it (`on Page <!-- -->A<!-- -->22` became four paragraphs).
  const comments: Node[] = [];
  // Both trees walked side by side (the clone is a deep copy, node for node); a hidden element's
  // descendants go with it, so its subtree is not entered.
  let s: Node | null = srcBody.firstChild;
  let d: Node | null = dstBody.firstChild;
  while (s && d) {
    let down = true;
    if (s.nodeType === 8) comments.push(d);
    else if (s.nodeType === 3) {
      const v = s.nodeValue;
      if (v && v.length > MAX_TEXT_CHARS) { d.nodeValue = v.slice(0, MAX_TEXT_CHARS); cut = true; }
    } else if (s.nodeType === 1) {
      const el = s as Element;
      if (!SKIP.has(el.tagName) && hidden(el)) { targets.push([el, d as Element]); down = false; }
      if (tag(el) === 'template') down = false;
    }
    if (down && s.firstChild && d.firstChild) { s = s.firstChild; d = d.firstChild; continue; }
    while (s && s !== srcBody && !s.nextSibling) { s = s.parentNode; d = d!.parentNode; }
    if (!s || s === srcBody || !d) break;
    s = s.nextSibling;
    d = d.nextSibling;
  }
  return { targets, comments, cut };
}

function ownText(el: Element): boolean {
  for (let n = el.firstChild; n; n = n.nextSibling) {
    if (n.nodeType === 3 && /\S/.test(n.nodeValue ?? '')) return true;
  }
  return false;
}

/** Words of hidden text that ended up inside the article; removes the markers. */
export function collectHiddenMarks(root: Element): number {
  let words = 0;
  for (const m of collect(root, (el) => el.hasAttribute(HIDDEN_MARK))) {
    words += Number(m.getAttribute(HIDDEN_MARK)) || 0;
    m.remove();
  }
  return words;
}

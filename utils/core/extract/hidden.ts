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

function wordCount(el: Element): number {
  const t = el.textContent ?? '';
  const m = t.match(/\S+/g);
  return m ? m.length : 0;
}

function hasLayout(doc: Document): Window | null {
  const view = doc.defaultView as (Window & { getComputedStyle?: unknown }) | null;
  const probe = doc.body as Styled | null;
  return view && typeof view.getComputedStyle === 'function' && probe && typeof probe.checkVisibility === 'function' ? view : null;
}

/**
 * Find the hidden elements of `source` (the live page, or the parsed document) and replace the
 * matching elements of `clone` (a deep clone of it, same order) with markers. Stops checking
 * computed styles once `deadline` passes (markup is still honoured). Returns hidden word count.
 */
export function markHidden(source: Document, clone: Document, clock: () => number, deadline: number): number {
  const view = hasLayout(source);
  const srcBody = source.body;
  const dstBody = clone.body;
  if (!srcBody || !dstBody) return 0;
  const targets: Element[] = [];
  // Comments go too: Readability takes one for the end of a paragraph and splits the text around
  // it (`on Page <!-- -->A<!-- -->22` became four paragraphs).
  const comments: Node[] = [];
  let useStyles = Boolean(view);
  let count = 0;
  // Both trees walked side by side (the clone is a deep copy, node for node); a hidden element's
  // descendants go with it, so its subtree is not entered.
  let s: Node | null = srcBody.firstChild;
  let d: Node | null = dstBody.firstChild;
  while (s && d) {
    let down = true;
    if (s.nodeType === 8) comments.push(d);
    else if (s.nodeType === 1) {
      const el = s as Element;
      if (!SKIP.has(el.tagName)) {
        let isHidden = hiddenByMarkup(el);
        // Computed styles only on elements that hold text of their own: the rest inherit from them.
        if (!isHidden && useStyles && ownText(el)) {
          isHidden = hiddenByComputedStyle(el, view!);
          if ((++count & 63) === 0 && clock() > deadline) useStyles = false;
        }
        if (isHidden) { targets.push(d as Element); down = false; }
      }
      if (tag(el) === 'template') down = false;
    }
    if (down && s.firstChild && d.firstChild) { s = s.firstChild; d = d.firstChild; continue; }
    while (s && s !== srcBody && !s.nextSibling) { s = s.parentNode; d = d!.parentNode; }
    if (!s || s === srcBody || !d) break;
    s = s.nextSibling;
    d = d.nextSibling;
  }
  for (const c of comments) c.parentNode?.removeChild(c);
  let words = 0;
  for (const el of targets) {
    const n = wordCount(el);
    if (!n) { el.remove(); continue; }
    words += n;
    const mark = clone.createElement('span');
    mark.setAttribute(HIDDEN_MARK, String(n));
    el.replaceWith(mark);
  }
  return words;
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

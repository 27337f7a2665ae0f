/**
 * Hand-written walks over the tree. On linkedom a selector list (`'p, h1, li'`, `'[class], [id]'`)
 * costs several times a plain walk, and the page is walked many times: one walk with a test is
 * the cheap way, in the browser too.
 */

/** Elements under `root` (not `root` itself) in document order for which `test` holds. Template contents are skipped, as querySelectorAll does. */
export function collect(root: Node, test: (el: Element) => boolean): Element[] {
  const out: Element[] = [];
  let n: Node | null = root.firstChild;
  while (n) {
    let down = false;
    if (n.nodeType === 1) {
      const el = n as Element;
      if (test(el)) out.push(el);
      down = tag(el) !== 'template';
    }
    const child = down ? n.firstChild : null;
    if (child) { n = child; continue; }
    while (n && n !== root && !n.nextSibling) n = n.parentNode;
    if (!n || n === root) break;
    n = n.nextSibling;
  }
  return out;
}

/** A test for elements whose (lower-case) local name is one of `names`. */
export function tagIn(...names: string[]): (el: Element) => boolean {
  const set = new Set(names);
  return (el) => set.has(tag(el));
}

/** The lower-case tag name (linkedom keeps the case of `createElement('DIV')`, browsers do not). */
export function tag(el: Element): string {
  const n = el.localName;
  return n.charCodeAt(0) < 97 ? n.toLowerCase() : n;
}

/** Tags that style letters inside a word: no word break at their edges. */
const IN_WORD = new Set(['b', 'i', 'em', 'strong', 'u', 's', 'small', 'sup', 'sub', 'mark', 'abbr', 'font']);

/**
 * An element's text with a space where one element ends and the next begins
 * (`<a>Jose Altoveros</a><a>View More Articles</a>` reads "Jose Altoveros View More Articles";
 * textContent glues them), except at the edges of letter styling (`<b>J</b>ane`).
 */
export function spacedText(root: Element): string {
  let out = '';
  const walk = (n: Node) => {
    for (let c = n.firstChild; c; c = c.nextSibling) {
      if (c.nodeType === 3) out += c.nodeValue ?? '';
      else if (c.nodeType === 1) {
        const el = c as Element;
        const name = tag(el);
        if (name === 'script' || name === 'style' || name === 'template') continue;
        const gap = IN_WORD.has(name) ? '' : ' ';
        out += gap;
        walk(el);
        out += gap;
      }
    }
  };
  walk(root);
  return out.replace(/\s+/g, ' ').trim();
}

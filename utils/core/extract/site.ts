/**
 * The outlet's name when the page declares none (no og:site_name, application-name, publisher or
 * " | Site" title tail): the site's own Twitter handle when it spells the domain, else the
 * copyright line at the foot of the page.
 */
import { tag } from './dom';
import { domainOf } from '../url';

/** "Yahoo News - Latest News & Headlines" → "Yahoo News": a declared name with a tagline after it. */
export function dropTagline(name: string | null): string | null {
  if (!name) return null;
  const [first = '', ...rest] = name.split(/\s+[-–—|]\s+/);
  return rest.length && first.length >= 2 && rest.join(' ').length > first.length ? first.trim() : name;
}

/**
 * "@Yahoo" on finance.yahoo.com → "Yahoo". Only a handle that is the domain's own name counts (a
 * desk's handle, "@CNNMoney" on cnn.com, does not), and only written with capitals, since
 * "@nytimes" is not how the outlet writes its name.
 */
export function siteFromHandle(handle: string | null, url: string | null): string | null {
  const name = handle?.trim().replace(/^@/, '');
  if (!name || !url || name === name.toLowerCase()) return null;
  const labels = domainLabels(url);
  if (!labels) return null;
  return labels.includes(name.toLowerCase()) ? name : null;
}

const COPYRIGHT = /(?:©|\([cC]\)|\b(?:[Cc]opyright|COPYRIGHT)\b)\s*(?:©\s*)?(?:(?:19|20)\d{2}(?:\s*[-–]\s*(?:19|20)\d{2})?\s*,?\s*)?(?:by\s+)?(\p{Lu}[\p{L}\p{N}&'’. -]{1,40}?)\s*(?:,?\s*(?:LLC|Inc|Ltd|Limited|GmbH|AG|S\.?A|Corp|Corporation|Co|plc)\b\.?)?\s*(?:[.,|·•]|[Aa]ll [Rr]ights|ALL RIGHTS|[Tt]ous droits|[Tt]odos los derechos|[Aa]lle [Rr]echte|(?:19|20)\d{2}|$)/u;
const SKIP = new Set(['script', 'style', 'noscript', 'template', 'svg']);
/** How far back from the end of the page a copyright line is looked for. */
const FOOTER_ELEMENTS = 600;

function lastLeaf(n: Node): Node {
  while (n.lastChild) n = n.lastChild;
  return n;
}

/** The node before `n` in document order (its previous sibling's last descendant, or its parent). */
function previousInOrder(n: Node, root: Node): Node | null {
  if (n === root) return null;
  const prev = n.previousSibling;
  return prev ? lastLeaf(prev) : n.parentNode;
}


/**
 * "©2005-2015 WebMD, LLC. All rights reserved." → "WebMD": the last copyright line on the page.
 * The holder is often a company apart from the site (LWN.net's is "Eklektix"), so where the page's
 * address is known the holder must be the domain's own name.
 */
export function siteFromCopyright(doc: Document, url: string | null): string | null {
  if (!doc.body) return null;
  const label = domainLabels(url);
  let last: string | null = null;
  // Backwards from the end of the page, where the footer is, for a bounded number of elements.
  let seen = 0;
  for (let n: Node | null = lastLeaf(doc.body); n && n !== doc.body && seen < FOOTER_ELEMENTS && !last; n = previousInOrder(n, doc.body)) {
    if (n.nodeType !== 1) continue;
    seen++;
    const el = n as Element;
    // A script's text is no footer line; its own text children are the only ones read here.
    if (SKIP.has(tag(el))) continue;
    for (let c = el.firstChild; c; c = c.nextSibling) {
      const text = c.nodeType === 3 ? c.nodeValue ?? '' : '';
      if (text.length < 200 && /©|\(c\)|copyright/i.test(text)) {
        const whole = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
        const m = whole.length < 200 ? whole.match(COPYRIGHT) : null;
        const name = m?.[1]?.trim().replace(/[ .-]+$/, '');
        if (name && !/^(provided|all|the\s+author|by)\b/i.test(name) && name.split(' ').length <= 4) { last = name; break; }
      }
    }
  }
  if (last && label && !label.includes((last as string).toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ''))) return null;
  return last;
}

/** The labels of the host under its suffix ("finance", "yahoo"), or null for no real address (localhost). */
function domainLabels(url: string | null): string[] | null {
  const host = url ? domainOf(url) : '';
  if (!host.includes('.') || /^[\d.]+$/.test(host)) return null;
  return host.split('.').slice(0, -1);
}

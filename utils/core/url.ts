/** URL canonicalisation: the key a story is cached under, and how duplicates are recognised. */

const TRACKING_PARAMS = /^(utm_.*|fbclid|gclid|dclid|gbraid|wbraid|msclkid|mc_cid|mc_eid|mc_.*|_ga|_gl|igshid|yclid|ref_src|ref_url|cmpid|cmp|ito|icid|ocid|ns_.*|at_.*|s_cid|sr_share|smid|share|taid|__twitter_impression)$/i;

export function canonicalizeUrl(raw: string, base?: string): string {
  let url: URL;
  try {
    url = new URL(raw, base);
  } catch {
    return raw;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return url.href;
  url.hash = '';
  // forEach, not keys(): in a Firefox content script URL is the page's (seen through an Xray
  // wrapper) and its iterators are not iterable there ("searchParams.keys() is not iterable").
  const tracking: string[] = [];
  url.searchParams.forEach((_, key) => void (TRACKING_PARAMS.test(key) && tracking.push(key)));
  for (const key of tracking) url.searchParams.delete(key);
  url.searchParams.sort();
  url.hostname = url.hostname.toLowerCase();
  if ((url.protocol === 'http:' && url.port === '80') || (url.protocol === 'https:' && url.port === '443')) url.port = '';
  let href = url.href;
  if (url.pathname.length > 1 && href.endsWith('/') && !url.search) href = href.slice(0, -1);
  return href;
}

/**
 * The host permission pattern for a URL's site: its scheme and host, any port. Firefox's
 * permissions.contains() never matches a pattern with a port (`http://host:8080/*`), even with
 * `http://host/*` granted; a pattern without one covers every port in both browsers.
 */
export function hostPermission(url: string): string {
  const u = new URL(url);
  return `${u.protocol}//${u.hostname}/*`;
}

/** Host without a leading "www.", for naming and comparing outlets. */
export function domainOf(raw: string): string {
  try {
    return new URL(raw).hostname.toLowerCase().replace(/^www\./, '');
  } catch {
    return '';
  }
}

/** A short stable id for a string (FNV-1a, 52 bits, base 36): story ids, coverage ids. */
export function stableId(input: string): string {
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193;
  for (let i = 0; i < input.length; i++) {
    const c = input.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193) >>> 0;
    h2 = Math.imul(h2 ^ c, 0x5bd1e995) >>> 0;
  }
  return ((h2 & 0x1fffff) * 0x100000000 + h1).toString(36);
}

/**
 * The keys one report goes by: its canonical link, and its outlet and title (the same article
 * reached through different links, or syndicated under the same title). Two reports sharing either
 * are one.
 */
export function reportKeys(url: string, domain: string, title: string): [string, string] {
  return [canonicalizeUrl(url), `${domain}|${title.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim()}`];
}

/**
 * The items that are reports not met before, in order: an item whose keys (reportKeys) any earlier
 * item, or `seen`, already holds is the same report again. `seen` gains the keys of those kept.
 */
export function newReports<T>(items: T[], keysOf: (item: T) => string[], seen: Set<string>): T[] {
  return items.filter((item) => {
    const keys = keysOf(item);
    if (keys.some((k) => seen.has(k))) return false;
    for (const k of keys) seen.add(k);
    return true;
  });
}

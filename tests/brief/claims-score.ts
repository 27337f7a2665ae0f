/**
 * Scores a page's "What the papers say" against hand-written expected items
 * (tests/fixtures/claims/expected.ts): recall, and the "differs" items that match nothing.
 */
import type { StoryBrief } from '../../utils/brief/schema';
import type { ExpectedItem } from '../fixtures/claims/expected';

interface PageItem {
  kind: ExpectedItem['kind'];
  outlets: Set<string>;
  text: string;
  values?: string[];
}

/** Lower case, thousands separators and typographic quotes folded: "260,000" states "260000". */
const fold = (s: string) => s.toLowerCase().replace(/(\d),(?=\d{3}\b)/g, '$1').replace(/[‘’]/g, "'").replace(/[“”]/g, '"');

function states(text: string, key: string): boolean {
  const t = fold(text);
  const k = fold(key);
  const i = t.indexOf(k);
  if (i < 0) return false;
  // A figure must stand alone: "20" is not in "2025", nor "6.9" in "16.9".
  if (/^\d/.test(k) && /[\d.]/.test(t[i - 1] ?? '')) return states(t.slice(i + 1), key);
  if (/\d$/.test(k) && /\d/.test(t[i + k.length] ?? '')) return states(t.slice(i + 1), key);
  return true;
}

/** Every item the page shows, with the outlets it cites. */
export function pageItems(brief: StoryBrief): PageItem[] {
  const outletOf = new Map(brief.sources.map((s) => [s.id, s.outlet]));
  const outlets = (ids: string[]) => new Set(ids.map((id) => outletOf.get(id) ?? id));
  const p = brief.papers;
  return [
    ...(p.agreed ?? []).map((a) => ({ kind: 'agreed' as const, outlets: outlets(a.quotes.flatMap((q) => q.cites)), text: [a.key, ...a.quotes.map((q) => q.text)].join(' \n ') })),
    ...p.outlets.flatMap((o) => o.angle.map((s) => ({ kind: 'only' as const, outlets: outlets(s.cites), text: s.text }))),
    ...(p.differs ?? []).map((d) => ({
      kind: 'differs' as const,
      outlets: outlets(d.values.flatMap((v) => v.quote.cites)),
      text: [d.what, ...d.values.map((v) => `${v.value} ${v.quote.text}`)].join(' \n '),
      values: d.values.map((v) => v.value),
    })),
    ...p.outlets.flatMap((o) => (o.framing ? [{ kind: 'framing' as const, outlets: new Set([o.outlet]), text: o.framing.text }] : [])),
  ];
}

export function matches(item: PageItem, want: ExpectedItem): boolean {
  if (item.kind !== want.kind) return false;
  const allowed = new Set([...want.outlets, ...(want.alsoOk ?? [])]);
  if (!want.outlets.every((o) => item.outlets.has(o)) || [...item.outlets].some((o) => !allowed.has(o))) return false;
  const keys = typeof want.key === 'string' ? [want.key] : want.key;
  // A "differs" item must give every value; any other item one of its keys.
  if (want.kind === 'differs') return keys.every((k) => (item.values ?? []).some((v) => states(v, k)));
  return keys.some((k) => states(item.text, k));
}

export interface ClaimsScore {
  recall: number;
  matched: ExpectedItem[];
  missed: ExpectedItem[];
  /** Differs items the page shows that no expected differs item matches. */
  falseDiffers: string[];
}

export function scoreClaims(brief: StoryBrief, expected: ExpectedItem[]): ClaimsScore {
  const items = pageItems(brief);
  // A maximum matching of expected items to page items (each page item matches one expected item at most).
  const owner = new Map<PageItem, number>();
  const tryMatch = (i: number, seen: Set<PageItem>): boolean => {
    for (const it of items) {
      if (seen.has(it) || !matches(it, expected[i]!)) continue;
      seen.add(it);
      const o = owner.get(it);
      if (o === undefined || tryMatch(o, seen)) {
        owner.set(it, i);
        return true;
      }
    }
    return false;
  };
  expected.forEach((_, i) => tryMatch(i, new Set()));
  const hit = new Set(owner.values());
  const matched = expected.filter((_, i) => hit.has(i));
  const missed = expected.filter((_, i) => !hit.has(i));
  const wantDiffers = expected.filter((e) => e.kind === 'differs');
  const falseDiffers = items.filter((it) => it.kind === 'differs' && !wantDiffers.some((w) => matches(it, w))).map((it) => it.text.slice(0, 120));
  return { recall: expected.length ? matched.length / expected.length : 1, matched, missed, falseDiffers };
}

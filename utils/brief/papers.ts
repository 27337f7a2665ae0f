/**
 * What the papers say: per outlet, what it stresses that the others do not, whom it quotes and
 * what its headline leads with, then its most telling sentence; above them an overview naming
 * the outlets and what they all report.
 */
import { listOf, phrasePreference, phrasesOf } from '../core/phrases';
import { findSpeakers } from '../core/quotes';
import { isShowable, rankedUnits, type StoryContext } from './context';
import { numberWord, OUTLET_LINES } from './framing';
import type { Paragraph, Sentence, StoryBrief } from './schema';

/** One outlet's articles: its most relevant first (the reader's own, when it is one of them). */
interface OutletGroup {
  outlet: string;
  ids: string[];
  reader: boolean;
}

/** The story's sources, one group per outlet, in the order the outlets first appear (the reader's first). */
export function outletGroups(ctx: StoryContext): OutletGroup[] {
  const best = new Map<string, number>();
  for (const r of rankedUnits(ctx)) if (!best.has(r.unit.docId)) best.set(r.unit.docId, r.relevance);
  const [readerDoc] = ctx.docs;
  const groups = new Map<string, OutletGroup>();
  for (const d of ctx.docs) {
    const outlet = ctx.outletOf.get(d.id) ?? d.id;
    const key = outlet.trim().toLowerCase();
    const g = groups.get(key) ?? { outlet, ids: [], reader: false };
    g.ids.push(d.id);
    if (d.id === readerDoc?.id) g.reader = true;
    groups.set(key, g);
  }
  for (const g of groups.values()) {
    const order = new Map(g.ids.map((id, i) => [id, i]));
    g.ids.sort((a, b) => {
      if (a === readerDoc?.id) return -1;
      if (b === readerDoc?.id) return 1;
      return (best.get(b) ?? -Infinity) - (best.get(a) ?? -Infinity) || order.get(a)! - order.get(b)!;
    });
  }
  return [...groups.values()];
}

/** Phrases these documents (one outlet's) use that the other outlets' documents rarely do, most used first. */
function distinctive(ctx: StoryContext, ids: string[], max: number): string[] {
  const mine = new Map<string, number>();
  for (const id of ids) for (const [k, n] of ctx.docPhrases.get(id) ?? []) mine.set(k, (mine.get(k) ?? 0) + n);
  const others = ctx.docs.length - ids.length;
  const ownDf = (k: string) => ids.filter((id) => ctx.docPhrases.get(id)?.has(k)).length;
  const scored = [...mine]
    .filter(([k, n]) => isShowable(ctx.phraseText.get(k) ?? k) && (n >= 2 || /^\p{Lu}/u.test(ctx.phraseText.get(k) ?? k)))
    .map(([k, n]) => {
      const df = (ctx.phraseDf.get(k) ?? 1) - ownDf(k);
      const rarity = others ? 1 - df / others : 1;
      return { k, s: n * rarity * phrasePreference(ctx.phraseText.get(k) ?? k) };
    })
    .filter((x) => x.s > 0)
    .sort((a, b) => b.s - a.s || a.k.localeCompare(b.k));
  const out: string[] = [];
  for (const { k } of scored) {
    if (out.some((o) => o.includes(k) || k.includes(o))) continue;
    out.push(k);
    if (out.length === max) break;
  }
  return out;
}

/** A phrase as the first of these documents that uses it writes it. */
function writtenIn(ctx: StoryContext, ids: string[], key: string): string {
  for (const id of ids) {
    const form = ctx.docForms.get(id)?.get(key);
    if (form) return form;
  }
  return ctx.phraseText.get(key) ?? key;
}

/** The documents among `ids` that use the phrase. */
function usersOf(ctx: StoryContext, ids: string[], keys: string[]): string[] {
  return ids.filter((id) => keys.some((k) => ctx.docPhrases.get(id)?.has(k)));
}

function outletAngle(ctx: StoryContext, group: OutletGroup): Paragraph {
  const { ids, outlet } = group;
  const lead = ids[0]!;
  const angle: Sentence[] = [];
  const stressed = distinctive(ctx, ids, 3);
  if (stressed.length) {
    const cites = usersOf(ctx, ids, stressed);
    angle.push({ text: OUTLET_LINES.stresses(outlet, listOf(stressed.map((k) => writtenIn(ctx, cites, k)))), cites });
  }
  const speakers: string[] = [];
  const quoting: string[] = [];
  for (const id of ids) {
    const d = ctx.docs.find((x) => x.id === id);
    if (!d) continue;
    const found = findSpeakers(`${d.title}\n\n${d.text}`).filter((n) => !speakers.includes(n));
    if (found.length && speakers.length < 3) quoting.push(id);
    speakers.push(...found.slice(0, 3 - speakers.length));
  }
  if (speakers.length) angle.push({ text: OUTLET_LINES.quotes(listOf(speakers)), cites: quoting });
  const leadDoc = ctx.docs.find((x) => x.id === lead)!;
  const head = phrasesOf(leadDoc.title, ctx.lang).find((p) => p.text.includes(' ') || /^\p{Lu}|\d/u.test(p.text));
  if (head) angle.push({ text: OUTLET_LINES.headline(head.text), cites: [lead] });
  // Its most telling sentence: central, and using what it alone stresses.
  const keys = new Set(stressed.map((s) => (ctx.phraseText.get(s) ?? s).toLowerCase()));
  const mine = new Set(ids);
  const mineRanked = rankedUnits(ctx, { standalone: true }).filter((r) => mine.has(r.unit.docId));
  const fresh = mineRanked.filter((r) => !ctx.used.has(r.unit.text));
  // A source known only by its description may have given its one sentence to another section.
  const own = (fresh.length ? fresh : mineRanked)
    .map((r) => ({ ...r, bonus: [...keys].filter((k) => r.unit.text.toLowerCase().includes(k)).length * 0.1 }))
    .sort((a, b) => b.relevance + b.bonus - (a.relevance + a.bonus) || ids.indexOf(a.unit.docId) - ids.indexOf(b.unit.docId) || a.unit.index - b.unit.index)[0];
  if (own) {
    angle.push({ text: own.unit.text, cites: [own.unit.docId] });
    ctx.used.add(own.unit.text);
  }
  return angle;
}

/** One row per outlet: its most relevant article's headline, the lines drawn from all its articles. */
export function composePapers(ctx: StoryContext): StoryBrief['papers'] {
  const groups = outletGroups(ctx);
  const outlets = groups.map((g) => {
    const lead = ctx.docs.find((d) => d.id === g.ids[0])!;
    return { sourceId: lead.id, outlet: g.outlet, headline: lead.title, angle: outletAngle(ctx, g), ...(g.reader ? { reader: true as const } : {}) };
  });
  const all = ctx.docs.map((d) => d.id);
  const overview: Paragraph = [];
  if (groups.length > 1) {
    overview.push({ text: OUTLET_LINES.overview(groups.length, listOf(groups.map((g) => g.outlet))), cites: all });
    // What (nearly) all of them report: the shared core of the story, counted in outlets.
    const outletDf = new Map<string, number>();
    for (const g of groups) {
      const keys = new Set(g.ids.flatMap((id) => [...(ctx.docPhrases.get(id)?.keys() ?? [])]));
      for (const k of keys) outletDf.set(k, (outletDf.get(k) ?? 0) + 1);
    }
    const threshold = Math.max(2, Math.ceil(groups.length * 0.75));
    const candidates = [...outletDf]
      .filter(([k, n]) => n >= threshold && isShowable(ctx.phraseText.get(k) ?? k))
      .sort((a, b) => b[1] - a[1] || (ctx.phraseDf.get(b[0]) ?? 0) - (ctx.phraseDf.get(a[0]) ?? 0) || Number(b[0].includes(' ')) - Number(a[0].includes(' ')) || a[0].localeCompare(b[0]))
      .map(([k]) => k)
      .filter((k, i, arr) => !arr.slice(0, i).some((o) => o.includes(k) || k.includes(o)));
    // An outlet mentions a phrase when one of its articles does. A further phrase joins the list only
    // when every outlet mentioning the first ones mentions it too: the count stays the first phrase's.
    const has = (g: OutletGroup, k: string) => g.ids.some((id) => ctx.docPhrases.get(id)?.has(k));
    const shared: string[] = [];
    let holders: OutletGroup[] = [];
    for (const k of candidates) {
      if (shared.length === 3) break;
      const next = (shared.length ? holders : groups).filter((g) => has(g, k));
      if (shared.length && next.length < holders.length) continue;
      shared.push(k);
      holders = next;
    }
    if (shared.length) {
      // Each is cited by an article that uses one of the phrases.
      const cites = holders.flatMap((g) => usersOf(ctx, g.ids, shared));
      const [first] = cites;
      if (first && holders.length >= 2) {
        const phrases = listOf(shared.map((k) => writtenIn(ctx, cites, k)));
        const text = holders.length === groups.length ? OUTLET_LINES.all(phrases) : OUTLET_LINES.shared(numberWord(holders.length), phrases);
        overview.push({ text: text.charAt(0).toUpperCase() + text.slice(1), cites });
      }
    }
  }
  return { overview, outlets };
}

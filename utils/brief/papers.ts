/**
 * What the papers say: one row per outlet, the reader's marked, and the comparison of their
 * claims (claims.ts): what they agree on, what one alone reports, where their figures differ.
 */
import { listOf, phrasesOf } from '../core/phrases';
import { wholeWord } from '../core/regexp';
import { terms } from '../core/tokens';
import { compareClaims } from './claims';
import { isShowable, rankedUnits, type StoryContext } from './context';
import { OUTLET_LINES } from './framing';
import type { OutletRow, Paragraph, Sentence, StoryBrief } from './schema';

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

/**
 * A headline's first word is capitalised by its place, not because it is a name: "Chips China cannot
 * buy …" leads with China. The word goes when the sources also write it in lower case.
 */
function withoutOpeningWord<P extends { text: string }>(phrase: P, title: string, bodies: string): P {
  const [first, ...rest] = phrase.text.split(/\s+/);
  if (!first || !rest.length || !title.trimStart().startsWith(phrase.text)) return phrase;
  const lower = first.toLowerCase();
  if (lower === first || !new RegExp(wholeWord(lower), 'u').test(bodies)) return phrase;
  return { ...phrase, text: rest.join(' ') };
}

/**
 * How an outlet's headline frames the story, where a reader would notice: it leads with a phrase
 * no other outlet's headline uses (not the name or figure the others lead with).
 */
function headlineFraming(ctx: StoryContext, groups: OutletGroup[]): (Sentence | undefined)[] {
  const bodies = ctx.docs.map((d) => d.text).join('\n');
  const titles = groups.map((g) => ctx.docs.find((d) => d.id === g.ids[0])!.title);
  const termSets = titles.map((t) => new Set(terms(t, ctx.lang)));
  return groups.map((g, i) => {
    if (groups.length < 2) return undefined;
    const others = termSets.filter((_, j) => j !== i);
    const inOthers = (t: string) => others.filter((o) => o.has(t)).length;
    const phrases = phrasesOf(titles[i]!, ctx.lang).filter((p) => isShowable(p.text) || /\d/.test(p.text));
    const lead = phrases[0] && withoutOpeningWord(phrases[0], titles[i]!, bodies);
    if (!lead || terms(lead.text, ctx.lang).some((t) => inOthers(t) > 0)) return undefined;
    // What the others' headlines name most: said only when most of them do.
    const otherTitles = titles.filter((_, j) => j !== i);
    const common = otherTitles
      .flatMap((t) => phrasesOf(t, ctx.lang))
      .filter((p) => isShowable(p.text))
      .map((p) => ({ text: p.text, n: otherTitles.filter((t) => terms(p.text, ctx.lang).every((w) => new Set(terms(t, ctx.lang)).has(w))).length }))
      .filter((x) => x.n * 2 > otherTitles.length && !terms(x.text, ctx.lang).some((w) => termSets[i]!.has(w)))
      .sort((a, b) => b.n - a.n || b.text.length - a.text.length)[0];
    const commonText = common?.text;
    const text = commonText ? OUTLET_LINES.framing(lead.text, commonText, common.n === otherTitles.length) : OUTLET_LINES.headline(lead.text);
    // The others' phrase is cited to the headlines that carry it.
    const carriers = commonText ? groups.filter((_, j) => j !== i && titles[j]!.toLowerCase().includes(commonText.toLowerCase())).map((h) => h.ids[0]!) : [];
    return { text, cites: [g.ids[0]!, ...carriers] };
  });
}

/**
 * One row per outlet (its most relevant article's headline, what it alone reports, how its headline
 * frames the story); above them what the outlets agree on and where their figures differ.
 */
export function composePapers(ctx: StoryContext): StoryBrief['papers'] {
  const groups = outletGroups(ctx);
  const comparison = compareClaims(ctx, groups);
  const framing = headlineFraming(ctx, groups);
  const outlets = groups.map((g, i) => {
    const lead = ctx.docs.find((d) => d.id === g.ids[0])!;
    const row: OutletRow = { sourceId: lead.id, outlet: g.outlet, headline: lead.title, angle: comparison.only[i] ?? [], basis: g.ids.some((id) => ctx.fullText.has(id)) ? 'full' : 'snippet' };
    if (g.reader) row.reader = true;
    const f = framing[i];
    if (f) row.framing = f;
    return row;
  });
  const all = ctx.docs.map((d) => d.id);
  const overview: Paragraph = groups.length > 1 ? [{ text: OUTLET_LINES.overview(groups.length, listOf(groups.map((g) => g.outlet))), cites: all }] : [];
  return { overview, agreed: comparison.agreed, differs: comparison.differs, outlets };
}

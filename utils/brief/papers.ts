/**
 * What the papers say: one row per outlet, the reader's marked, and the comparison of their
 * claims (claims.ts): what they agree on, what one alone reports, where their figures differ.
 */
import { DATE_WORDS, findEntities } from '../core/entities';
import { findFiguresIn } from '../core/figures';
import { withoutDateline } from '../core/lift';
import { listOf, phrasesOf } from '../core/phrases';
import { escapeRegExp, wholeWord } from '../core/regexp';
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

/** One word, or the same stem ("Israel", "Israeli"; "Iran", "Iranian"): either the other's start, of four letters or more. */
const sameStem = (a: string, b: string): boolean => a === b || (Math.min(a.length, b.length) >= 4 && (a.startsWith(b) || b.startsWith(a)));

/** Where a name or figure first stands as a whole word in a headline, in any case (-1: nowhere). */
const wordAt = (text: string, name: string): number => new RegExp(wholeWord(name), 'iu').exec(text)?.index ?? -1;

/**
 * A headline's first word is capitalised by its place, not because it is a name: "Chips China cannot
 * buy …" leads with China, and "Arrest of suspected spies …" with nothing the word itself names. The
 * word goes when the sources also write it in lower case, and with it a phrase it was all of.
 */
function withoutOpeningWord(phrase: string, title: string, bodies: string): string | undefined {
  const [first, ...rest] = phrase.split(/\s+/);
  if (!first || !title.trimStart().startsWith(phrase)) return phrase;
  const lower = first.toLowerCase();
  if (lower === first || !new RegExp(wholeWord(lower), 'u').test(bodies)) return phrase;
  return rest.length ? rest.join(' ') : undefined;
}

/**
 * Whether a headline's capitals say nothing of its names: set in capitals ("SPY CHARGES SPOTLIGHT
 * …") or in title case ("Jury: Aryans To Pay $6.3M in Suit"), where three in four of its words of
 * four letters or more begin with one.
 */
function capitalsUninformative(title: string): boolean {
  if (!/\p{Ll}/u.test(title)) return true;
  const long = title.match(/\p{L}{4,}/gu) ?? [];
  return long.length >= 2 && long.filter((w) => /^\p{Lu}/u.test(w)).length * 4 >= long.length * 3;
}

/**
 * How an outlet's headline frames the story, where a reader would notice: it leads with a phrase
 * no other outlet's headline uses (not the name or figure the others lead with).
 *
 * A headline's phrases are found by its capitals where they mark names. Where they do not, its
 * phrases are the names of the story its articles' sentences write (found there, in any case, in
 * the headline) and its own figures, so a rubric ("EDITORIAL:"), a verb or a word set in capitals is
 * never taken for one.
 */
function headlineFraming(ctx: StoryContext, groups: OutletGroup[]): (Sentence | undefined)[] {
  if (groups.length < 2) return groups.map(() => undefined);
  const bodies = ctx.docs.map((d) => d.text).join('\n\n');
  // A headline made of an article's first sentence may open with its dateline, which is no lead.
  const titles = groups.map((g) => withoutDateline(ctx.docs.find((d) => d.id === g.ids[0])!.title));
  const outlets = new Set(groups.map((g) => g.outlet.toLowerCase()));
  let names: string[] | undefined;
  const storyNames = () =>
    // Most written first: of two forms of a name at one place ("Iran", "IRAN"), the usual one is shown.
    // Not a name cut at an initial ("John F" of "John F. Kennedy").
    (names ??= findEntities(bodies, ctx.lang)
      .map((e) => e.name)
      .filter((n) => n.length > 2 && /\p{Ll}/u.test(n) && !/\s\p{L}$/u.test(n) && isShowable(n) && !DATE_WORDS.test(n) && !outlets.has(n.toLowerCase()))
      // A word capitalised only where a sentence opens ("Another strong earthquake …") is no name.
      .filter((n) => n.includes(' ') || new RegExp(`[\\p{L}\\p{N},;:(] +${escapeRegExp(n)}(?![\\p{L}\\p{N}])`, 'u').test(bodies)));
  // A headline's story names and figures, in the order it writes them; a lone digit ("2 Quakes Hit Turkey") says no more than a word.
  const namesIn = (t: string) =>
    [...storyNames(), ...findFiguresIn(t).filter((f) => !f.word && !/^\d$/.test(f.raw)).map((f) => f.raw)]
      .map((k) => ({ k, at: wordAt(t, k) }))
      .filter((x) => x.at >= 0)
      .sort((a, b) => a.at - b.at || b.k.length - a.k.length)
      .map((x) => x.k);
  const uninformative = titles.map(capitalsUninformative);
  const phrases = titles.map((t, i) => (uninformative[i] ? namesIn(t) : phrasesOf(t, ctx.lang).map((p) => p.text).filter((p) => isShowable(p) || /\d/.test(p))));
  const termLists = titles.map((t) => [...new Set(terms(t, ctx.lang))]);
  const writes = (j: number, term: string) => termLists[j]!.some((o) => sameStem(term, o));
  return groups.map((g, i) => {
    const [first, ...after] = phrases[i]!;
    let lead = first && (uninformative[i] ? first : (withoutOpeningWord(first, titles[i]!, bodies) ?? after[0]));
    // A story name where the phrase starts, or before it, is what the headline leads with ("Library of Congress", not "Library").
    const name = lead && !uninformative[i] ? namesIn(titles[i]!)[0] : undefined;
    if (lead && name && wordAt(titles[i]!, name) <= wordAt(titles[i]!, lead)) lead = name;
    const others = titles.map((_, j) => j).filter((j) => j !== i);
    if (!lead || terms(lead, ctx.lang).some((t) => others.some((j) => writes(j, t)))) return undefined;
    // What the others' headlines name most: said only when most of them do, and this one does not.
    const common = [...new Set(others.flatMap((j) => phrases[j]!.filter((p) => isShowable(p) || /\d/.test(p))))]
      .map((text) => ({ text, n: others.filter((j) => terms(text, ctx.lang).every((t) => writes(j, t))).length }))
      .filter((x) => x.n * 2 > others.length && !terms(x.text, ctx.lang).some((t) => writes(i, t)))
      .sort((a, b) => b.n - a.n || b.text.length - a.text.length)[0];
    const text = common ? OUTLET_LINES.framing(lead, common.text, common.n === others.length) : OUTLET_LINES.headline(lead);
    // The others' phrase is cited to the headlines that carry it.
    const carriers = common ? others.filter((j) => wordAt(titles[j]!, common.text) >= 0).map((j) => groups[j]!.ids[0]!) : [];
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

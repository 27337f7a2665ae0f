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

/** Phrases this document uses that few others do, most used first. */
function distinctive(ctx: StoryContext, docId: string, max: number): string[] {
  const mine = ctx.docPhrases.get(docId) ?? new Map<string, number>();
  const others = ctx.docs.length - 1;
  const scored = [...mine]
    .filter(([k, n]) => isShowable(ctx.phraseText.get(k) ?? k) && (n >= 2 || /^\p{Lu}/u.test(ctx.phraseText.get(k) ?? k)))
    .map(([k, n]) => {
      const df = (ctx.phraseDf.get(k) ?? 1) - 1;
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
  return out.map((k) => writtenIn(ctx, docId, k));
}

/** A phrase as this document writes it. */
function writtenIn(ctx: StoryContext, docId: string, key: string): string {
  return ctx.docForms.get(docId)?.get(key) ?? ctx.phraseText.get(key) ?? key;
}

function outletAngle(ctx: StoryContext, docId: string): Paragraph {
  const d = ctx.docs.find((x) => x.id === docId)!;
  const outlet = ctx.outletOf.get(docId) ?? docId;
  const cites = [docId];
  const angle: Sentence[] = [];
  const stressed = distinctive(ctx, docId, 3);
  if (stressed.length) angle.push({ text: OUTLET_LINES.stresses(outlet, listOf(stressed)), cites });
  const speakers = findSpeakers(`${d.title}\n\n${d.text}`).slice(0, 3);
  if (speakers.length) angle.push({ text: OUTLET_LINES.quotes(listOf(speakers)), cites });
  const lead = phrasesOf(d.title, ctx.lang).find((p) => p.text.includes(' ') || /^\p{Lu}|\d/u.test(p.text));
  if (lead) angle.push({ text: OUTLET_LINES.headline(lead.text), cites });
  // Its most telling sentence: central, and using what it alone stresses.
  const keys = new Set(stressed.map((s) => s.toLowerCase()));
  const mineRanked = rankedUnits(ctx, { standalone: true }).filter((r) => r.unit.docId === docId);
  const fresh = mineRanked.filter((r) => !ctx.used.has(r.unit.text));
  // A source known only by its description may have given its one sentence to another section.
  const own = (fresh.length ? fresh : mineRanked)
    .map((r) => ({ ...r, bonus: [...keys].filter((k) => r.unit.text.toLowerCase().includes(k)).length * 0.1 }))
    .sort((a, b) => b.relevance + b.bonus - (a.relevance + a.bonus) || a.unit.index - b.unit.index)[0];
  if (own) {
    angle.push({ text: own.unit.text, cites });
    ctx.used.add(own.unit.text);
  }
  return angle;
}

export function composePapers(ctx: StoryContext): StoryBrief['papers'] {
  const outlets = ctx.docs.map((d) => ({
    sourceId: d.id,
    outlet: ctx.outletOf.get(d.id) ?? d.id,
    headline: d.title,
    angle: outletAngle(ctx, d.id),
  }));
  const names = [...new Set(outlets.map((o) => o.outlet))];
  const all = ctx.docs.map((d) => d.id);
  const overview: Paragraph = [];
  if (names.length > 1) {
    overview.push({ text: OUTLET_LINES.overview(names.length, listOf(names)), cites: all });
    // What (nearly) all of them report: the shared core of the story.
    const threshold = Math.max(2, Math.ceil(ctx.docs.length * 0.75));
    const shared = [...ctx.phraseDf]
      .filter(([k, n]) => n >= threshold && isShowable(ctx.phraseText.get(k) ?? k))
      .sort((a, b) => b[1] - a[1] || Number(b[0].includes(' ')) - Number(a[0].includes(' ')) || a[0].localeCompare(b[0]))
      .map(([k]) => k)
      .filter((k, i, arr) => !arr.slice(0, i).some((o) => o.includes(k) || k.includes(o)))
      .slice(0, 3);
    if (shared.length) {
      const holders = ctx.docs.filter((d) => shared.every((k) => ctx.docPhrases.get(d.id)?.has(k)));
      const [first] = holders;
      if (first && holders.length >= 2) {
        const phrases = listOf(shared.map((k) => writtenIn(ctx, first.id, k)));
        const text = holders.length === ctx.docs.length ? OUTLET_LINES.all(phrases) : OUTLET_LINES.shared(numberWord(holders.length), phrases);
        overview.push({ text: text.charAt(0).toUpperCase() + text.slice(1), cites: holders.map((d) => d.id) });
      }
    }
  }
  return { overview, outlets };
}

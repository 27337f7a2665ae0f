/** What every section reads: the documents, their scored sentences and their key phrases. */
import { isNounish, phrasesOf, phrasesOfSentences, type Phrase } from '../core/phrases';
import { standsAlone } from '../core/standalone';
import { scorePool, type ScoredPool, type SourceDoc, type Unit } from '../core/summarize';
import { storyDocs } from './docs';
import type { ComposeInput } from './engine';


export interface StoryContext {
  docs: SourceDoc[];
  lang: string;
  pool: ScoredPool;
  outletOf: Map<string, string>;
  /** In how many documents each phrase key occurs. */
  phraseDf: Map<string, number>;
  /** How a phrase key is written (its most common form). */
  phraseText: Map<string, string>;
  /** Phrase counts per document (title counted twice). */
  docPhrases: Map<string, Map<string, number>>;
  /** How each document writes each phrase key. */
  docForms: Map<string, Map<string, string>>;
  ranked?: { unit: Unit; relevance: number }[];
  standalone?: { unit: Unit; relevance: number }[];
  /** Sentences already used by an earlier section. */
  used: Set<string>;
  /** Documents known by their full text (the reader's, and coverage whose text was given); the rest are a headline and summary. */
  fullText: Set<string>;
}

export function storyContext(input: ComposeInput): StoryContext {
  const docs = storyDocs(input);
  const lang = (input.article.lang ?? 'en').slice(0, 2);
  const pool = scorePool(docs, { lang, previous: input.previous, topic: input.article.title });
  const [article] = docs;
  if (!article) throw new Error('storyDocs gave no documents (the reader\'s article is always the first)');
  const outletOf = new Map<string, string>([[article.id, input.article.siteName ?? new URL(input.article.canonicalUrl).hostname]]);
  for (const c of input.coverage) outletOf.set(c.id, c.outlet.name);
  const phraseDf = new Map<string, number>();
  const forms = new Map<string, Map<string, number>>();
  const docPhrases = new Map<string, Map<string, number>>();
  const docForms = new Map<string, Map<string, string>>();
  docs.forEach((d, i) => {
    const counts = new Map<string, number>();
    const own = new Map<string, string>();
    docForms.set(d.id, own);
    const add = (phrases: Phrase[], w: number) => {
      for (const p of phrases) {
        if (!own.has(p.key)) own.set(p.key, p.text);
        counts.set(p.key, (counts.get(p.key) ?? 0) + w);
        const f = forms.get(p.key) ?? new Map<string, number>();
        f.set(p.text, (f.get(p.text) ?? 0) + 1);
        forms.set(p.key, f);
      }
    };
    add(phrasesOf(d.title, lang), 2);
    add(phrasesOfSentences(pool.docSentences[i] ?? []), 1);
    docPhrases.set(d.id, counts);
    for (const k of counts.keys()) phraseDf.set(k, (phraseDf.get(k) ?? 0) + 1);
  });
  const phraseText = new Map<string, string>();
  for (const [k, f] of forms) {
    // The most common form; on a tie, the first in localeCompare order.
    let best = '';
    let n = -1;
    for (const [text, c] of f) if (c > n || (c === n && text.localeCompare(best) < 0)) [best, n] = [text, c];
    phraseText.set(k, best);
  }
  const fullText = new Set([article.id, ...input.coverage.filter((c) => input.texts?.[c.id]).map((c) => c.id)]);
  return { docs, lang, pool, outletOf, phraseDf, phraseText, docPhrases, docForms, used: new Set(), fullText };
}

/** Sentences of the pool with their relevance, best first; deterministic on ties. */
export function rankedUnits(ctx: StoryContext, options: { standalone?: boolean } = {}): { unit: Unit; relevance: number }[] {
  ctx.ranked ??= ctx.pool.units
    .map((unit, i) => {
      const relevance = ctx.pool.relevance[i];
      if (relevance === undefined) throw new Error(`the pool has no relevance for sentence ${i}`);
      return { unit, relevance };
    })
    .sort((a, b) => b.relevance - a.relevance || a.unit.docId.localeCompare(b.unit.docId) || a.unit.index - b.unit.index);
  if (!options.standalone) return ctx.ranked;
  // A sentence that leans on one before it ("He …", "such speeds", "…, he said") cannot stand alone under a heading or as an answer.
  ctx.standalone ??= ctx.ranked.filter((r) => standsAlone(r.unit.text));
  return ctx.standalone;
}

/** A phrase is worth naming when it is more than one short word or is a name, and names a thing. */
export function isShowable(text: string): boolean {
  return text.length >= 4 && (text.includes(' ') || /^\p{Lu}/u.test(text) || text.length >= 6) && isNounish(text);
}

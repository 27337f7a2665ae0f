/** What's behind the headline: 2–4 themes, each 1–3 lifted sentences under a heading built from their key phrases. */
import { listOf, phrasePreference, phrasesOf } from '../core/phrases';
import { cosine, type Vector } from '../core/tfidf';
import { mainTheme, THEME_ORDER, type ThemeId } from '../core/themes';
import { isShowable, rankedUnits, type StoryContext } from './context';
import { THEME_LABELS } from './framing';
import type { StoryBrief } from './schema';

interface Member {
  text: string;
  docId: string;
  vec: Vector;
  score: number;
}

/** The one or two phrases that best name a group of sentences: shared by sources, not the headline's own. */
function headingPhrases(ctx: StoryContext, members: Member[], avoid: Set<string>): string[] {
  const counts = new Map<string, number>();
  for (const m of members) {
    for (const p of phrasesOf(m.text, ctx.lang)) {
      const text = ctx.phraseText.get(p.key) ?? p.text;
      if (avoid.has(p.key) || !isShowable(text)) continue;
      const df = ctx.phraseDf.get(p.key) ?? 1;
      counts.set(p.key, (counts.get(p.key) ?? 0) + df * phrasePreference(text));
    }
  }
  const ranked = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([k]) => k);
  const out: string[] = [];
  for (const k of ranked) {
    if (out.some((o) => o.includes(k) || k.includes(o))) continue;
    out.push(k);
    if (out.length === 2) break;
  }
  // The phrase as written in one of the sentences, so the heading's words are the sources' words.
  return out.map((k) => {
    for (const m of members) for (const p of phrasesOf(m.text, ctx.lang)) if (p.key === k) return p.text;
    return ctx.phraseText.get(k) ?? k;
  });
}

export function composeBehind(ctx: StoryContext, headline: string): StoryBrief['behind'] {
  const groups = new Map<ThemeId, Member[]>();
  for (const { unit, relevance } of rankedUnits(ctx, { standalone: true })) {
    if (ctx.used.has(unit.text) || /["“”]/.test(unit.text)) continue;
    const theme = mainTheme(unit.text);
    if (!theme) continue;
    const list = groups.get(theme) ?? [];
    if (list.length >= 3) continue;
    // One theme does not say the same thing twice, and each sentence serves only one theme.
    if (list.some((m) => cosine(m.vec, unit.vec) > 0.35)) continue;
    list.push({ text: unit.text, docId: unit.docId, vec: unit.vec, score: relevance });
    groups.set(theme, list);
  }
  const themes = [...groups]
    .map(([id, members]) => ({ id, members, weight: members.reduce((s, m) => s + m.score, 0) }))
    .sort((a, b) => b.weight - a.weight || THEME_ORDER.indexOf(a.id) - THEME_ORDER.indexOf(b.id))
    .slice(0, 4)
    .sort((a, b) => THEME_ORDER.indexOf(a.id) - THEME_ORDER.indexOf(b.id));
  const avoid = new Set(phrasesOf(headline, ctx.lang).map((p) => p.key));
  return themes.map(({ id, members }) => {
    for (const m of members) ctx.used.add(m.text);
    const phrases = headingPhrases(ctx, members, avoid);
    const heading = phrases.length ? `${THEME_LABELS[id]}: ${listOf(phrases)}` : THEME_LABELS[id];
    return { heading, paragraph: members.map((m) => ({ text: m.text, cites: [m.docId] })) };
  });
}

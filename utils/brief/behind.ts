/** What's behind the headline: 2–4 themes, each 1–3 lifted sentences under a heading that is one of the sources' own phrases. */
import { isSpeech } from '../core/quotes';
import { mayEndInVerb, phrasesOf } from '../core/phrases';
import { escapeRegExp, wholeWord } from '../core/regexp';
import { SHORT_TITLES } from '../core/text';
import { cosine, type Vector } from '../core/tfidf';
import { mainTheme, THEME_ORDER, type ThemeId } from '../core/themes';
import { isShowable, rankedUnits, type StoryContext } from './context';
import { sourceText } from './docs';
import { THEME_LABELS } from './framing';
import type { StoryBrief } from './schema';

interface Member {
  text: string;
  docId: string;
  vec: Vector;
  score: number;
}

/** Words that open a sentence but never a heading ("Although sexual contact", "Critics liken"). */
const OPENERS = /^(?:although|though|but|and|or|so|yet|still|also|even|however|meanwhile|while|when|if|as|after|before|since|because|critics|officials|analysts|experts|investigators|court|police|some|many|most|other|large|small|new|last|next|this|that|these|those|such|both|each|every|all|any|no|one|two|three|several)$/i;
const TRAILING = /^(?:along|away|onto|into|upon|wherever|whenever|otherwise|ahead|toward|towards|alone|beside|around|about|instead|perhaps|again|back|down|off|out|over|up|too|very|yet)$/i;
const ADVERB = /^(?:otherwise|instead|perhaps|again|already|never|always|often|together|once|only|just|then|thus|rather|almost|nearly|merely|simply|later|soon)$/i;
const ORDINAL = /^(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last|next)$/i;
/** A past participle alone ("mistaken", "accused"): not "children", "garden" or "red". */
const PARTICIPLE = /^(?:\p{Ll}{3,}ed|mistaken|taken|given|broken|chosen|spoken|stolen|written|hidden|forgotten|fallen|beaten|driven|frozen|risen|shaken|proven)$/u;
/** A unit that a figure stands before ("pay dlrs 33.5 million"): a phrase ending in one lost its amount. */
/** A title written short stands before a name ("Senior Police Sgt." Alan Thomson): a phrase ending in one lost it. */
const TITLE_SHORT = new RegExp(`^(?:${SHORT_TITLES})$`);
/** A magnitude whose number the phrase lost ("billion coins" of "13 billion coins"). */
const MAGNITUDE = /^(?:hundreds?|thousands?|millions?|billions?|trillions?)$/i;
const UNIT = /^(?:dlrs?|dollars?|euros?|yuan|pounds?|yen|marks|francs|rupees?|pesos?|rubles?|percent|cents?|tons?|tonnes?|kilometers?|kilometres?|miles?|acres?|hectares?)$/i;
const FUNCTION = /^(?:The|A|An|In|On|At|Of|For|And|But|By|With|From|To|As|After|Before|Although|When|While|If)$/;

/**
 * A phrase with its names whole, as the sources write it: when every use of a name in the sources
 * has the same capitalised word right before it ("Ana Pueblo" of "Santa Ana Pueblo", "Minister
 * Felipe Gonzalez" of "Prime Minister Felipe Gonzalez"), that word belongs to it. Undefined when
 * the sources write it cut in different ways, or not at all.
 */
function whole(text: string, sources: string): string | undefined {
  let phrase = text;
  for (let i = 0; i < 3; i++) {
    if (!/^\p{Lu}/u.test(phrase)) return phrase;
    const uses = [...sources.matchAll(new RegExp(`(?:(\\p{Lu}[\\p{L}’'-]*)\\s+)?${wholeWord(phrase)}`, 'gu'))];
    if (!uses.length) return undefined;
    const before = uses.map((u) => (u[1] && !FUNCTION.test(u[1]) ? u[1] : ''));
    if (before.some((b) => !b)) return phrase;
    const [first] = before;
    if (!first || before.some((b) => b !== first)) return undefined;
    phrase = `${first} ${phrase}`;
  }
  return undefined;
}

/**
 * A phrase fit to head a theme: a sentence's opening word that only opens it ("Although", "Critics")
 * goes; what is left must still be a phrase the sources write.
 */
export function headingForm(text: string, sources: string): string | undefined {
  const words = text.split(' ');
  // A contraction ("hadn't", "isn't") belongs to a clause, and a trailing adverb or preposition
  // ("shied away", "agreement along"), unit ("pay dlrs"), short title ("Police Sgt") or bare magnitude
  // ("billion coins") leaves the phrase unfinished: none heads a theme.
  if (words.some((w) => /n['’]t$/i.test(w)) || TRAILING.test(words[words.length - 1] ?? '') || UNIT.test(words[words.length - 1] ?? '') || TITLE_SHORT.test(words[words.length - 1] ?? '') || MAGNITUDE.test(words[0] ?? '')) return undefined;
  // A common word run into a name glues two things together ("commitments Nvidia").
  if (words.some((w, i) => i > 0 && /^\p{Lu}/u.test(w) && /^\p{Ll}/u.test(words[i - 1]!))) return undefined;
  // An adverb before a verb ("otherwise cooperate", "instead increase"), a lone ordinal or participle ("Second",
  // "Mistaken") and a distance's unit with its direction ("miles north") name nothing.
  if (ADVERB.test(words[0] ?? '') || (words.length === 1 && /^\p{Ll}/u.test(words[0]!) && (ORDINAL.test(words[0]!) || PARTICIPLE.test(words[0]!))) || (words.length <= 2 && UNIT.test(words[0] ?? ''))) return undefined;
  while (words.length > 1 && OPENERS.test(words[0]!)) words.shift();
  if (words.length === 1 && OPENERS.test(words[0]!)) return undefined;
  const phrase = words.join(' ');
  if (!new RegExp(wholeWord(phrase), 'u').test(sources)) return undefined;
  const form = whole(phrase, sources);
  return form && /^\p{Lu}\p{Ll}+$/u.test(form) ? fullName(form, sources) : form;
}

/**
 * One capitalised word the sources write often as part of a name ("Ronald" of "Ronald Goldman",
 * "David" of "Larry David") heads a theme as that name: alone it could be anyone.
 */
function fullName(word: string, sources: string): string {
  const all = [...sources.matchAll(new RegExp(wholeWord(word), 'gu'))].length;
  const names = new Map<string, number>();
  // Counted where a sentence runs on into it ("her friend Ronald Goldman"), not in a title set in capitals ("Balloon Crosses Mexico").
  for (const m of sources.matchAll(new RegExp(`(?<=(?<![\\p{L}\\p{N}])\\p{Ll}[\\p{L}'’-]*[,;:]? |[,;:(] )(?:\\p{Lu}\\p{Ll}+ ${escapeRegExp(word)}|${escapeRegExp(word)} \\p{Lu}\\p{Ll}+)(?![\\p{L}\\p{N}])`, 'gu'))) names.set(m[0], (names.get(m[0]) ?? 0) + 1);
  const [best] = [...names].filter(([n]) => !n.split(' ').some((w) => FUNCTION.test(w))).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  return best && best[1] * 3 >= all ? best[0] : word;
}

/** How much the story uses a phrase and its words: a heading made of the story's own words names more of it. */
function storyWeight(ctx: StoryContext, key: string): number {
  const uses = (k: string) => {
    let n = 0;
    for (const counts of ctx.docPhrases.values()) n += counts.get(k) ?? 0;
    return (ctx.phraseDf.get(k) ?? 1) * Math.log2(1 + n);
  };
  const words = key.split(' ');
  return uses(key) + (words.length > 1 ? words.reduce((s, w) => s + uses(w), 0) / words.length : 0);
}

/** How well a phrase heads a theme: a noun phrase of two or three words first, a common one before a name. */
function headingPreference(text: string): number {
  const multi = text.includes(' ');
  const named = /^\p{Lu}/u.test(text);
  // A figure names an amount, not what a theme is about ("260,000-processor deal").
  const figure = /^[$€£]?\d/.test(text) ? 0.5 : 1;
  return figure * (multi ? (named ? 1.2 : 1.5) : named ? 0.7 : 0.4);
}

/**
 * The phrase that best names a group of sentences: one the sources use (more sources, more
 * sentences: better), not the headline's own, with its names whole; its first letter capitalised.
 */
function heading(ctx: StoryContext, members: Member[], avoid: Set<string>, taken: string[]): { text: string; key: string } | undefined {
  const sources = ctx.docs.map(sourceText).join('\n\n');
  const scored = new Map<string, { text: string; score: number }>();
  for (const m of members) {
    const seen = new Set<string>();
    for (const p of phrasesOf(m.text, ctx.lang)) {
      if (avoid.has(p.key) || seen.has(p.key) || !isShowable(p.text)) continue;
      // Another theme's heading said it already ("Lagarde" after "Christine Lagarde").
      const words = p.key.split(' ');
      const within = (a: string[], b: string[]) => a.every((w) => b.includes(w));
      if (taken.some((t) => within(words, t.split(' ')) || within(t.split(' '), words))) continue;
      seen.add(p.key);
      const prev = scored.get(p.key);
      scored.set(p.key, { text: prev?.text ?? p.text, score: (prev?.score ?? 0) + storyWeight(ctx, p.key) * headingPreference(p.text) });
    }
  }
  // A phrase of two or three words heads a theme before any single word ("AI bubble" before "Seoul").
  const tier = (t: string) => (t.includes(' ') ? 1 : 0);
  const ranked = [...scored].sort((a, b) => tier(b[1].text) - tier(a[1].text) || b[1].score - a[1].score || a[0].localeCompare(b[0]));
  for (const [key, { text }] of ranked) {
    const form = headingForm(text, sources);
    if (!form || !isShowable(form) || mayEndInVerb(form)) continue;
    return { text: form.charAt(0).toUpperCase() + form.slice(1), key };
  }
  return undefined;
}

export function composeBehind(ctx: StoryContext, headline: string): StoryBrief['behind'] {
  const groups = new Map<ThemeId, Member[]>();
  for (const { unit, relevance } of rankedUnits(ctx, { standalone: true })) {
    if (ctx.used.has(unit.text) || isSpeech(unit.text)) continue;
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
  const taken: string[] = [];
  const out: StoryBrief['behind'] = themes.map(({ id, members }) => {
    for (const m of members) ctx.used.add(m.text);
    // A heading is a phrase the sources use, never a category label glued to names; the label
    // stands alone only when no sentence offers a phrase.
    const found = heading(ctx, members, avoid, taken);
    if (found) taken.push(found.key);
    return { heading: found?.text ?? THEME_LABELS[id], paragraph: members.map((m) => ({ text: m.text, cites: [m.docId] })) };
  });
  return [...out, ...moreThemes(ctx, avoid, taken, MIN_THEMES - out.length)];
}

const MIN_THEMES = 3;

/**
 * When few sentences fall under a theme the lexicon knows (a feature, a court ruling, a profile),
 * the story still has threads: the most relevant sentences left, each with the one closest to it,
 * under the phrase they share. Only threads that a phrase of the sources can name are shown.
 */
function moreThemes(ctx: StoryContext, avoid: Set<string>, taken: string[], wanted: number): StoryBrief['behind'] {
  const out: StoryBrief['behind'] = [];
  if (wanted <= 0) return out;
  const left = rankedUnits(ctx, { standalone: true })
    .filter((r) => !ctx.used.has(r.unit.text) && !isSpeech(r.unit.text) && r.unit.words >= 8)
    .slice(0, 12);
  const spent = new Set<string>();
  for (const seed of left) {
    if (out.length >= wanted) break;
    if (spent.has(seed.unit.text)) continue;
    const members: Member[] = [{ text: seed.unit.text, docId: seed.unit.docId, vec: seed.unit.vec, score: seed.relevance }];
    // Its closest companion, if it says something related and not the same thing.
    const mate = left
      .filter((r) => r !== seed && !spent.has(r.unit.text))
      .map((r) => ({ r, sim: cosine(r.unit.vec, seed.unit.vec) }))
      .filter((x) => x.sim > 0.12 && x.sim <= 0.35)
      .sort((a, b) => b.sim - a.sim)[0];
    if (mate) members.push({ text: mate.r.unit.text, docId: mate.r.unit.docId, vec: mate.r.unit.vec, score: mate.r.relevance });
    const found = heading(ctx, members, avoid, taken);
    if (!found) continue;
    taken.push(found.key);
    for (const m of members) {
      spent.add(m.text);
      ctx.used.add(m.text);
    }
    out.push({ heading: found.text, paragraph: members.map((m) => ({ text: m.text, cites: [m.docId] })) });
  }
  return out;
}

/**
 * What the papers say, as a comparison of claims: the statements each outlet makes, keyed by the
 * figures and names they state (normalised: "260k processors" meets "more than 260,000 chips"),
 * grouped across outlets when they say the same thing (a shared key and shared words). From the
 * groups: what outlets agree on, what one alone reports, and where the same quantity is given
 * differently. Every quote is a source's own sentence, cited to it; nothing is judged right.
 */
import { DATE_WORDS, findEntities, withoutPost } from '../core/entities';
import { compatible, EVENTS, figureKey, findFiguresIn, sameQuantity, type Figure } from '../core/figures';
import { memo } from '../core/memo';
import { isNounish } from '../core/phrases';
import { escapeRegExp } from '../core/regexp';
import { terms } from '../core/tokens';
import { trimLead } from '../core/lift';
import { standsAlone } from '../core/standalone';
import { rankedUnits, type StoryContext } from './context';
import type { AgreedFact, Differs, Sentence } from './schema';

/** One outlet's articles (papers.ts groups them). */
export interface OutletGroupLike {
  outlet: string;
  ids: string[];
  reader: boolean;
}

interface Statement {
  text: string;
  docId: string;
  group: number;
  relevance: number;
  /** Fit to show on its own (no "he", "such", "…, he said" leaning on a sentence not shown). */
  showable: boolean;
  title: boolean;
  figures: Figure[];
  /** Each figure's grouping key (`f:` and its figureKey), in the figures' order. */
  figureKeys: string[];
  /** Names it states, by normalised key, as written. */
  names: Map<string, string>;
  terms: Set<string>;
  /** Its words in order (`terms` as written), for a fact told in the same order in other words. */
  seq: string[];
  /** Its outlet's article is known only by its headline and feed summary. */
  summaryOnly: boolean;
}

export interface Comparison {
  agreed: AgreedFact[];
  differs: Differs[];
  /** Per outlet group (by index): what it alone reports, at most two sentences. */
  only: Sentence[][];
}

const CAPS = { agreed: 4, only: 2, differs: 3 } as const;
const CUT_SUMMARY_WORDS = 20;

/** Demonyms alone ("Korean") describe rather than name. */
const DEMONYM = /^\p{Lu}\p{Ll}+(?:ean|ian|ese|ish|can|man|ch)$/u;
const nameKey = (name: string) => name.toLowerCase().replace(/^the\s+/, '').replace(/[’']s$/, '');

/** Dice overlap of two statements' words, the words of the key they share left out. */
function dice(a: Set<string>, b: Set<string>, without: Set<string> = NONE): number {
  let n = 0;
  let na = 0;
  let nb = 0;
  for (const t of a) if (!without.has(t)) {
    na++;
    if (b.has(t)) n++;
  }
  for (const t of b) if (!without.has(t)) nb++;
  return na && nb ? (2 * n) / (na + nb) : 0;
}
const NONE = new Set<string>();

function statementsOf(ctx: StoryContext, groups: OutletGroupLike[]): Statement[] {
  const groupOf = new Map<string, number>();
  groups.forEach((g, i) => g.ids.forEach((id) => groupOf.set(id, i)));
  const outletKeys = new Set(groups.map((g) => nameKey(g.outlet)));
  const ranked = rankedUnits(ctx);
  const top = ranked[0]?.relevance ?? 1;
  // Which sentences stand alone: the context knows once a section has asked.
  const alone = new Set(rankedUnits(ctx, { standalone: true }).map((r) => r.unit.text));
  // A text cut short ("… stolen by Birmingham…": a headline made of a cut first sentence; "A small
  // plane carrying John F.": a summary cut at an initial) states no whole fact to show.
  const cut = (text: string) => /(?:…|\.\.\.)["”’)]?$/.test(text) || /\s\p{Lu}\p{Ll}+\s(?![IVX]\.)\p{Lu}\.$/u.test(text);
  const make = (text: string, docId: string, relevance: number, title: boolean): Statement => {
    const names = new Map<string, string>();
    // A person goes by their name, not the post written before it ("Britain's Foreign Secretary Robin Cook" is Robin Cook).
    for (const name of findEntities(text, ctx.lang).flatMap((e) => e.name.split(/\s+(?:and|&)\s+/)).map(withoutPost)) {
      const k = nameKey(name);
      if (k.length < 3 || DATE_WORDS.test(k) || DEMONYM.test(name) || outletKeys.has(k) || [...outletKeys].some((o) => o.includes(k))) continue;
      names.set(k, name);
    }
    const figures = findFiguresIn(text);
    const seq = terms(text, ctx.lang);
    return { text, docId, group: groupOf.get(docId)!, relevance: top > 0 ? relevance / top : 0, showable: (title || alone.has(text)) && !cut(text), title, figures, figureKeys: figures.map((f) => `f:${figureKey(f)}`), names, terms: new Set(seq), seq, summaryOnly: !ctx.fullText.has(docId) };
  };
  // Only what an outlet in the comparison wrote.
  const out = ranked.filter((r) => groupOf.has(r.unit.docId)).map((r) => make(r.unit.text, r.unit.docId, r.relevance, false));
  // A feed summary cut at its length limit ("… recovered debris from the airplane off Martha's…") ends in a
  // sentence the pool does not lift, yet its whole clauses state facts: that last sentence is quoted as the
  // feed wrote it, the ellipsis marking the cut, dateline off. A cut headline ("Federal agents searching for
  // … Eric…", about 14 words) states too little: CUT_SUMMARY_WORDS or more. Weighed as an outlet's lead, above its headline.
  ctx.docs.forEach((d, i) => {
    if (ctx.fullText.has(d.id) || !groupOf.has(d.id)) return;
    // The document's sentences as the pool split them (once, for every section).
    const text = trimLead(ctx.pool.docSentences[i]?.at(-1) ?? '');
    if (!/(?:…|\.\.\.|\[(?:…|\.\.\.)\])$/.test(text) || text.split(/\s+/).length < CUT_SUMMARY_WORDS || !standsAlone(text)) return;
    out.push({ ...make(text, d.id, 0.5 * top, false), showable: true });
  });
  // A headline states facts too; for a source known only by its headline and summary it is half of what there is.
  for (const d of ctx.docs) if (d.title.trim() && groupOf.has(d.id)) out.push(make(d.title.trim(), d.id, ctx.fullText.has(d.id) ? 0 : 0.3 * top, true));
  return out;
}

/** The keys a statement can be grouped on: its figures (digits weigh more than words) and its names. */
interface Key {
  key: string;
  display: string;
  weight: number;
  figure?: Figure;
}

function keysOf(s: Statement): Key[] {
  const out: Key[] = [];
  s.figures.forEach((f, i) => out.push({ key: s.figureKeys[i]!, display: f.raw, weight: f.word ? (f.unit ? 1 : 0.5) : 1.5, figure: f }));
  for (const [k, name] of s.names) out.push({ key: `n:${k}`, display: name, weight: name.includes(' ') ? 0.7 : 0.5 });
  return out;
}

/** Whether two statements' figures under one key say different things happened ("400,000 evacuated", "400,000 strong"). */
function otherEvent(a: Statement, b: Statement, key: string): boolean {
  const fa = a.figures[a.figureKeys.indexOf(key)];
  const fb = b.figures[b.figureKeys.indexOf(key)];
  return Boolean(fa?.predicate && fb?.predicate && EVENTS.has(fa.predicate) && EVENTS.has(fb.predicate) && fa.predicate !== fb.predicate);
}

/**
 * How much alike two statements' words must be to state the same fact, by how telling their shared key is:
 * a name of one word or a number written as a word ("two") tells least (on DUC 2007's clusters "two days
 * after the quake" met "more than two years ago" at 0.12; "Microsoft won a court appeal … to tie its Internet
 * software" met "a federal judge … ordered the company to stop shipping Internet software" at 0.19, and
 * "Figures available … the earthquake that struck Turkey" met "Fatal earthquakes are common in Turkey").
 */
const minSimilarity = (weight: number) => (weight >= 1 ? 0.1 : weight >= 0.7 ? 0.12 : 0.2);

/**
 * Two outlets' statements this alike in their words (Dice), with at least `shared` words in common
 * and `beyondSubject` of them not the story's subject, say the same thing. On DUC 2007's 30 update
 * clusters (not tuned on), two words beyond the subject paired "a judge ruled the aide must testify"
 * with "he initiated his own deposition of the aide"; three did not.
 */
const WORDING = { dice: 0.4, shared: 4, beyondSubject: 3 } as const;

/**
 * The same fact told in the same order with other words around it: a feed's one-sentence summary
 * wraps it in attribution ("…, The Atlanta Journal-Constitution reported Tuesday"), so its Dice stays
 * low. "has reached an agreement with his wife on how to divide their assets" and "have reached a
 * confidential agreement on how to divide their income and assets" share `run` words in order
 * (reached, agreement, divide, assets), `beyondSubject` of them not the story's subject, each run
 * within `slack` words more than its length in both statements, and one of them a verb's past
 * ("reached"; "-ing" is as often a noun: "hearing"): what happened, not only who it happened to
 * ("a man … gay college student" was a sentencing in one outlet and a ruling on the defence in the
 * other, on DUC 2007's clusters).
 */
const IN_ORDER = { run: 4, beyondSubject: 2, slack: 3, alike: 0.5 } as const;

/** The longest run of words two sequences share in order, and how many words each spans. */
function sharedInOrder(a: string[], b: string[]): { words: string[]; spanA: number; spanB: number } {
  const m = b.length;
  // len[i][j]: the longest common subsequence of a[i..] and b[j..], one row at a time from the end.
  const len: Uint8Array[] = Array.from({ length: a.length + 1 }, () => new Uint8Array(m + 1));
  for (let i = a.length - 1; i >= 0; i--)
    for (let j = m - 1; j >= 0; j--) len[i]![j] = a[i] === b[j] ? Math.min(255, len[i + 1]![j + 1]! + 1) : Math.max(len[i + 1]![j]!, len[i]![j + 1]!);
  const words: string[] = [];
  const at: [number, number][] = [];
  for (let i = 0, j = 0; i < a.length && j < m; ) {
    if (a[i] === b[j]) {
      words.push(a[i]!);
      at.push([i++, j++]);
    } else if (len[i + 1]![j]! >= len[i]![j + 1]!) i++;
    else j++;
  }
  return at.length ? { words, spanA: at.at(-1)![0] - at[0]![0] + 1, spanB: at.at(-1)![1] - at[0]![1] + 1 } : { words, spanA: 0, spanB: 0 };
}

/**
 * A fact agreed on in the outlets' own words where no figure or name tells it ("have reached a
 * confidential agreement on how to divide their income and assets" / "has reached an agreement with
 * his wife on how to divide their assets"): statements of `need` outlets or more, each as alike to
 * the first as WORDING asks, sharing words beyond the story's subject. Its key is the rarest word all
 * of them write.
 */
function wordingCandidates(statements: Statement[], outlets: number, need: number): { key: string; display: string; score: number; quotes: Statement[] }[] {
  const showable = statements.filter((s) => s.showable);
  // Words in a large share of the statements are the story's subject, not what a statement adds.
  const df = new Map<string, number>();
  for (const s of showable) for (const t of s.terms) df.set(t, (df.get(t) ?? 0) + 1);
  const common = (t: string) => (df.get(t) ?? 0) > Math.max(3, showable.length * 0.12);
  const index = new Map<string, number[]>();
  showable.forEach((s, i) => s.terms.forEach((t) => (index.get(t) ?? index.set(t, []).get(t)!).push(i)));
  const out: { key: string; display: string; score: number; quotes: Statement[] }[] = [];
  // A word's term and whole-word pattern, made once per word (most candidates share their words).
  const termOf = memo((w: string): string | undefined => terms(w)[0]);
  const wordIn = memo((w: string) => new RegExp(`(?<![\\p{L}])${w}(?![\\p{L}])`, 'iu'));
  const seen = new Set<string>();
  // Asked only where one side is a feed summary, the case it is for: between full texts Dice decides (and
  // a 25-outlet story in full has thousands of pairs to align).
  const toldInOrder = (s: Statement, o: Statement) => {
    if (!s.summaryOnly && !o.summaryOnly) return false;
    const { words, spanA, spanB } = sharedInOrder(s.seq, o.seq);
    return (
      words.length >= IN_ORDER.run &&
      words.filter((t) => !common(t)).length >= IN_ORDER.beyondSubject &&
      Math.max(spanA, spanB) <= words.length + IN_ORDER.slack &&
      words.some((t) => t.length > 4 && /\p{L}ed$/u.test(t))
    );
  };
  // Counts per statement, reset after each: a typed array, not a map (a 25-outlet story has about a thousand statements).
  const beyond = new Uint16Array(showable.length);
  for (const [si, s] of showable.entries()) {
    // The most alike statement of each other outlet, as alike as WORDING asks. Candidates are found
    // by the words beyond the subject alone (their lists are short), then their whole overlap counted.
    const touched: number[] = [];
    for (const t of s.terms) if (!common(t)) for (const i of index.get(t)!) if (showable[i]!.group !== s.group && (beyond[i] = beyond[i]! + 1) === 1) touched.push(i);
    const best = new Map<number, { i: number; o: Statement; d: number; r: number }>();
    for (const i of touched) {
      const r = beyond[i]!;
      beyond[i] = 0;
      if (r < Math.min(WORDING.beyondSubject, IN_ORDER.beyondSubject)) continue;
      const o = showable[i]!;
      let n = 0;
      for (const t of s.terms) if (o.terms.has(t)) n++;
      if (n < WORDING.shared) continue;
      // Alike by its words (Dice, with WORDING's words beyond the subject), or told in order, which counts as
      // at least IN_ORDER.alike: it is the surer sign where the words around differ.
      const dice = (2 * n) / (s.terms.size + o.terms.size);
      const byWords = r >= WORDING.beyondSubject ? dice : 0;
      const d = byWords < IN_ORDER.alike && toldInOrder(s, o) ? Math.max(dice, IN_ORDER.alike) : byWords;
      if (d < WORDING.dice) continue;
      if ((best.get(o.group)?.d ?? 0) < d) best.set(o.group, { i, o, d, r });
    }
    if (best.size + 1 < need) continue;
    const quotes = [s, ...[...best.values()].map((b) => b.o)];
    // Two statements that find each other make one candidate, not two.
    const id = [si, ...[...best.values()].map((b) => b.i)].sort((a, b) => a - b).join(' ');
    if (seen.has(id)) continue;
    seen.add(id);
    // The key: a word every quote writes as it stands, a noun before any other, the rarest over all statements (then the longest).
    const words = [...new Set(s.text.match(/\p{L}[\p{L}'’-]{3,}/gu) ?? [])].filter((w) => {
      const t = termOf(w);
      return t !== undefined && quotes.every((q) => q.terms.has(t)) && quotes.every((q) => wordIn(w).test(q.text));
    });
    const rarity = (w: string) => df.get(termOf(w)!) ?? 0;
    // A thing named ("agreement") before a verb ("reached").
    const thing = (w: string) => (isNounish(w.toLowerCase()) ? 0 : 1);
    const key = words.sort((a, b) => thing(a) - thing(b) || rarity(a) - rarity(b) || b.length - a.length || a.localeCompare(b))[0];
    if (!key) continue;
    const meanRel = quotes.reduce((n, q) => n + q.relevance, 0) / quotes.length;
    const cohesion = [...best.values()].reduce((n, b) => n + b.d, 0) / best.size;
    // Each word beyond the subject that both write is more sign of one fact ("reached … agreement … divide … assets"
    // over "former … speaker … wife" for the same summary).
    const beyondShared = [...best.values()].reduce((n, b) => n + b.r, 0) / best.size;
    out.push({ key: `w:${key.toLowerCase()}`, display: key, score: (2 * quotes.length) / outlets + 0.5 + meanRel + 2 * cohesion + 0.1 * beyondShared, quotes: quotes.sort((a, b) => Number(a.title) - Number(b.title) || b.relevance - a.relevance) });
  }
  return out;
}

/** A name as the quote writes it: the entity finder reads "U.S. Coast Guard" as "U.S Coast Guard". */
function asWritten(name: string, text: string): string {
  const pattern = [...name].map((c) => escapeRegExp(c) + (/\p{Lu}/u.test(c) ? '\\.?' : '')).join('');
  const found = new RegExp(pattern, 'u').exec(text)?.[0];
  if (!found) return name;
  // "U.S." is an abbreviation; "NATO." ends a sentence.
  return /\p{Lu}\.\p{Lu}\.$/u.test(found) ? found : found.replace(/\.$/, '');
}

function agreedFacts(statements: Statement[], groups: OutletGroupLike[]): { facts: AgreedFact[]; used: Set<Statement>; keys: string[] } {
  // Where there are four or more outlets, a fact agreed on is one most of them report.
  const need = groups.length >= 4 ? Math.floor(groups.length / 2) + 1 : 2;
  const byKey = new Map<string, { display: string; weight: number; per: Map<number, Statement[]> }>();
  // A name in a large share of all statements is the story's subject, not a fact about it.
  const nameCount = new Map<string, number>();
  for (const s of statements) for (const k of s.names.keys()) nameCount.set(k, (nameCount.get(k) ?? 0) + 1);
  // So is a name most outlets' headlines carry.
  const headlineCount = new Map<string, Set<number>>();
  for (const s of statements) if (s.title) for (const k of s.names.keys()) headlineCount.set(k, (headlineCount.get(k) ?? new Set()).add(s.group));
  const topic = (key: string) =>
    key.startsWith('n:') && ((nameCount.get(key.slice(2)) ?? 0) > Math.max(3, statements.length * 0.12) || (headlineCount.get(key.slice(2))?.size ?? 0) * 2 > groups.length);
  for (const s of statements) {
    if (!s.showable) continue;
    for (const k of keysOf(s)) {
      if (topic(k.key)) continue;
      const e = byKey.get(k.key) ?? { display: k.display, weight: k.weight, per: new Map<number, Statement[]>() };
      e.weight = Math.max(e.weight, k.weight);
      const list = e.per.get(s.group) ?? [];
      if (!list.includes(s)) list.push(s);
      e.per.set(s.group, list);
      byKey.set(k.key, e);
    }
  }
  const candidates: { key: string; display: string; score: number; quotes: Statement[] }[] = [];
  for (const [key, { display, weight, per }] of byKey) {
    if (per.size < need) continue;
    const own = new Set(terms(display));
    const like = (a: Statement, b: Statement) => (otherEvent(a, b, key) ? 0 : dice(a.terms, b.terms, own));
    // Each outlet's statement of it most like the other outlets' statements of it.
    let chosen = new Map<number, Statement>();
    for (const [g, list] of per) {
      const others = [...per].filter(([h]) => h !== g).flatMap(([, l]) => l);
      const fits = new Map(list.map((s) => [s, Math.max(0, ...others.map((o) => like(s, o))) + 0.05 * s.relevance - (s.title ? 0.05 : 0)]));
      chosen.set(g, list.reduce((a, b) => (fits.get(b)! > fits.get(a)! ? b : a)));
    }
    // An outlet whose statement shares little else with the others names the key in another context.
    const min = minSimilarity(weight);
    for (let changed = true; changed && chosen.size >= need; ) {
      changed = false;
      for (const [g, s] of chosen) {
        const best = Math.max(0, ...[...chosen].filter(([h]) => h !== g).map(([, o]) => like(s, o)));
        if (best < min) {
          chosen = new Map([...chosen].filter(([h]) => h !== g));
          changed = true;
          break;
        }
      }
    }
    if (chosen.size < need) continue;
    const quotes = [...chosen.values()].sort((a, b) => Number(a.title) - Number(b.title) || b.relevance - a.relevance);
    const meanRel = quotes.reduce((n, q) => n + q.relevance, 0) / quotes.length;
    // How much the quotes say the same thing: a name two outlets use about different things scores low.
    const cohesion = quotes.reduce((n, q) => n + Math.max(0, ...quotes.filter((o) => o !== q).map((o) => like(q, o))), 0) / quotes.length;
    candidates.push({ key, display: quotes[0]!.figures[quotes[0]!.figureKeys.indexOf(key)]?.raw ?? quotes[0]!.names.get(key.slice(2)) ?? display, score: (2 * chosen.size) / groups.length + weight + meanRel + 2 * cohesion, quotes });
  }
  candidates.push(...wordingCandidates(statements, groups.length, need));
  candidates.sort((a, b) => b.score - a.score || a.display.localeCompare(b.display));
  const facts: AgreedFact[] = [];
  const used = new Set<Statement>();
  const keys: string[] = [];
  const chosenKeys: string[] = [];
  for (const c of candidates) {
    if (facts.length === CAPS.agreed) break;
    const overlap = c.quotes.filter((q) => used.has(q)).length;
    if (overlap * 3 > c.quotes.length) continue;
    // The quote shown first is one no fact above shows.
    c.quotes.sort((a, b) => Number(used.has(a)) - Number(used.has(b)));
    const k = c.display.toLowerCase();
    if (keys.some((o) => o.includes(k) || k.includes(o))) continue;
    keys.push(k);
    chosenKeys.push(c.key);
    c.quotes.forEach((q) => used.add(q));
    // A name as its first quote writes it, made only for the facts shown (a 25-outlet story has hundreds of candidates).
    facts.push({ key: c.key.startsWith('n:') ? asWritten(c.display, c.quotes[0]!.text) : c.display, quotes: c.quotes.map((q) => ({ text: q.text, cites: [q.docId] })) });
  }
  return { facts, used, keys: chosenKeys };
}

function differing(statements: Statement[]): { items: Differs[]; used: Set<Statement> } {
  const withFigures = statements.filter((s) => s.showable && s.figures.some((f) => !f.word));
  const groupsOf = new Map<string, { what: string; entries: Map<number, { s: Statement; f: Figure }> }>();
  for (let i = 0; i < withFigures.length; i++) {
    const a = withFigures[i]!;
    for (let j = i + 1; j < withFigures.length; j++) {
      const b = withFigures[j]!;
      if (a.group === b.group) continue;
      // Their words are compared only once a pair of figures could differ (the costly part, done lazily).
      let alike: boolean | undefined;
      for (const fa of a.figures) {
        for (const fb of b.figures) {
          if (!sameQuantity(fa, fb) || compatible(fa, fb)) continue;
          alike ??= dice(a.terms, b.terms) >= 0.12;
          if (!alike) continue;
          const key = `${fa.kind}:${fa.currency ?? ''}:${fa.unit ?? ''}:${fa.predicate}`;
          const what = [fa.unitText, fa.predicateText].filter(Boolean).join(' ');
          const e = groupsOf.get(key) ?? { what, entries: new Map<number, { s: Statement; f: Figure }>() };
          for (const [s, f] of [[a, fa], [b, fb]] as const) {
            const had = e.entries.get(s.group);
            if (!had || s.relevance > had.s.relevance) e.entries.set(s.group, { s, f });
          }
          groupsOf.set(key, e);
        }
      }
    }
  }
  const items: Differs[] = [];
  const used = new Set<Statement>();
  const ranked = [...groupsOf.values()].sort((a, b) => b.entries.size - a.entries.size || a.what.localeCompare(b.what));
  for (const { what, entries } of ranked) {
    if (items.length === CAPS.differs) break;
    const values = [...entries.values()];
    if (values.every((v) => values.every((w) => compatible(v.f, w.f))) || !what) continue;
    values.forEach((v) => used.add(v.s));
    items.push({ what, values: values.map((v) => ({ value: v.f.raw, quote: { text: v.s.text, cites: [v.s.docId] } })) });
  }
  return { items, used };
}

/**
 * Several texts indexed together by their three-character sequences, to tell quickly which of them
 * contain a string: only where the string's rarest sequence occurs is it compared. Sequences share a
 * bucket by hash, which adds places to compare and never loses one, so the answer is `includes`'s.
 * The texts are joined by a character no searched string holds, so no match spans two of them.
 */
class Substrings {
  private static readonly BUCKETS = 1 << 16;
  private static readonly JOIN = '\u0000';
  private readonly text: string;
  /** Where each text ends in the joined one. */
  private readonly ends: number[] = [];
  private readonly start = new Uint32Array(Substrings.BUCKETS + 1);
  private readonly at: Uint32Array;
  constructor(private readonly parts: string[]) {
    this.text = parts.join(Substrings.JOIN);
    let end = -1;
    for (const p of parts) this.ends.push((end += p.length + 1));
    const { text } = this;
    const n = Math.max(0, text.length - 2);
    this.at = new Uint32Array(n);
    for (let i = 0; i < n; i++) this.start[this.gram(text, i) + 1]!++;
    for (let b = 0; b < Substrings.BUCKETS; b++) this.start[b + 1]! += this.start[b]!;
    const fill = this.start.slice(0, Substrings.BUCKETS);
    for (let i = 0; i < n; i++) this.at[fill[this.gram(text, i)]!++] = i;
  }
  private gram(t: string, i: number): number {
    return ((t.charCodeAt(i) * 961 + t.charCodeAt(i + 1) * 31 + t.charCodeAt(i + 2)) >>> 0) % Substrings.BUCKETS;
  }
  /** The first `max` texts (by index) that contain `k`. */
  holders(k: string, max: number): number[] {
    const found: number[] = [];
    if (k.length < 3 || k.includes(Substrings.JOIN)) {
      for (let h = 0; h < this.parts.length && found.length < max; h++) if (this.parts[h]!.includes(k)) found.push(h);
      return found;
    }
    let best = 0;
    let size = Infinity;
    for (let o = 0; o + 2 < k.length; o++) {
      const g = this.gram(k, o);
      const n = this.start[g + 1]! - this.start[g]!;
      if (n === 0) return found;
      if (n < size) [best, size] = [o, n];
    }
    // The places come in the joined text's order, so the texts they fall in do too.
    const g = this.gram(k, best);
    let part = 0;
    for (let j = this.start[g]!; j < this.start[g + 1]! && found.length < max; j++) {
      const from = this.at[j]! - best;
      if (from < 0) continue;
      while (from >= this.ends[part]!) part++;
      if (found.at(-1) !== part && this.text.startsWith(k, from)) found.push(part);
    }
    return found;
  }
}

function onlyIn(statements: Statement[], groups: OutletGroupLike[], agreed: { used: Set<Statement>; keys: string[] }): Sentence[][] {
  if (groups.length < 2) return groups.map(() => []);
  const figureHolders = new Map<string, Set<number>>();
  for (const s of statements) for (const k of s.figureKeys) figureHolders.set(k, (figureHolders.get(k) ?? new Set()).add(s.group));
  const textOf = groups.map((_, g) => statements.filter((s) => s.group === g).map((s) => s.text.toLowerCase()).join('\n'));
  // Which outlets' texts contain a name: searched once for all outlets, and only until two are found
  // (a name two outlets write is elsewhere for each of them).
  const writers = new Map<string, number[]>();
  const indexed = new Substrings(textOf);
  const writtenBy = (k: string) => {
    let found = writers.get(k);
    if (!found) writers.set(k, (found = indexed.holders(k, 2)));
    return found;
  };
  // Each statement's words, indexed, so that an echo is looked for only among statements sharing a word.
  const index = new Map<string, number[]>();
  statements.forEach((s, i) => s.terms.forEach((t) => (index.get(t) ?? index.set(t, []).get(t)!).push(i)));
  const shared = new Uint16Array(statements.length);
  const echoed = (x: Statement) => {
    const touched: number[] = [];
    for (const t of x.terms) for (const i of index.get(t)!) if (statements[i]!.group !== x.group && (shared[i] = shared[i]! + 1) === 1) touched.push(i);
    const yes = touched.some((i) => (2 * shared[i]!) / (x.terms.size + statements[i]!.terms.size) >= 0.35);
    for (const i of touched) shared[i] = 0;
    return yes;
  };
  return groups.map((_, g) => {
    // An outlet's own fact is shown alone, under its name: not one whose subject is a pronoun ("Afterwards he told …").
    // Nor the headline the row already shows above its facts.
    const shown = groups[g]!.ids[0];
    const mine = statements.filter((s) => s.group === g && s.showable && !agreed.used.has(s) && !(s.title && s.docId === shown) && !/^(?:\S+\s+){0,3}(?:he|she|they|it)\s/i.test(s.text));
    const elsewhere = (name: string) => writtenBy(name.toLowerCase()).some((h) => h !== g);
    // Its own: a figure no other outlet gives, or a name no other outlet's text contains.
    const ownKeys = (s: Statement) => keysOf(s).filter((k) => (k.figure ? !k.figure.word && figureHolders.get(k.key)?.size === 1 : !elsewhere(k.display)));
    const scored = mine
      .map((s) => {
        const own = ownKeys(s);
        const quoteOpens = /^["“‘']/.test(s.text);
        return { s, own, score: 0.5 * s.relevance + Math.max(0, ...own.map((k) => k.weight)) + 0.2 * Math.min(2, own.length - 1) - (quoteOpens ? 0.3 : 0) - (s.title ? 0.2 : 0) };
      })
      .filter((x) => x.own.length)
      .sort((a, b) => b.score - a.score || a.s.text.localeCompare(b.s.text));
    const out: Sentence[] = [];
    const keysShown = new Set<string>();
    for (const x of scored) {
      if (out.length === CAPS.only) break;
      if (x.own.every((k) => keysShown.has(k.key))) continue;
      // Not echoed by another outlet (their words' Dice overlap under 0.35): asked only of the statements that would be shown.
      if (echoed(x.s)) continue;
      x.own.forEach((k) => keysShown.add(k.key));
      out.push({ text: x.s.text, cites: [x.s.docId] });
    }
    return out;
  });
}

/** The comparison of the outlets' claims: agreed, differs, and what each outlet alone reports. */
export function compareClaims(ctx: StoryContext, groups: OutletGroupLike[]): Comparison {
  if (groups.length < 2) return { agreed: [], differs: [], only: groups.map(() => []) };
  const statements = statementsOf(ctx, groups);
  const agreed = agreedFacts(statements, groups);
  const differs = differing(statements);
  return { agreed: agreed.facts, differs: differs.items, only: onlyIn(statements, groups, agreed) };
}

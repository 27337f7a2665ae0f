/** Go deeper: the questions a reader would ask, each answered by sentences lifted from the sources. */
import { findEntities, mentions, withoutPost } from '../core/entities';
import { findSpeakers } from '../core/quotes';
import { escapeRegExp, wholeWord } from '../core/regexp';
import { STOP_WORDS } from '../core/tokens';
import { rankedUnits, type StoryContext } from './context';
import { QUESTION_TEMPLATES } from './framing';
import type { StoryBrief } from './schema';

/**
 * What answers each kind of question. A cue word alone is not an answer: "Why now?" wants what
 * prompted it (after, amid, in response to), "How much money?" a sum in a currency, "What happens
 * next?" something planned or expected — not any sentence that says "later" or "billion".
 */
const CURRENCY = '(?:U\\.S\\.\\s+)?(?:dollars?|dlrs?|euros?|yuan|pounds?|yen|marks|francs|rupees?|lire|pesos?|rubles?|roubles?|won|baht|shillings?)';
const CUES = {
  matters: /\b(?:because|as a result|led to|leading to|means?|meaning|significan\w*|important|importance|consequences?|implications?|impact|affects?|affected|threat\w*|risks?)\b/i,
  timing: /\b(?:after|following|amid|in response to|prompted|prompting|because|due to|as a result|in the wake of|comes as|came as)\b/i,
  next: /\b(?:will|plans?|planned|planning|expected|expects|scheduled|upcoming|next|intends?|set to|is to|are to|due to (?:be|start|begin|meet|vote|open|return|take))\b/i,
  role: /\b(chief|president|minister|executive|analyst|founder|director|spokes\w+|CEO|head|leader|governor|chairman|professor|economist|official|secretary|senator|mayor|judge|lawyer|general|commander)\b/i,
  impact: /\b(could|would|give|gives|boost|hit|mean|means|benefit|risk|cost|help|hurt|affect|affects|lose|loses|gain|gains)\b/i,
  money: new RegExp(`[$€£₩¥]\\s?\\d|\\b\\d[\\d,.]*\\s*(?:(?:hundred|thousand|million|billion|trillion)\\s+)?${CURRENCY}\\b|\\b${CURRENCY}\\)?\\s+\\d`, 'i'),
  says: /\b(?:said|says|told|added|warned|argued|insisted|stressed)\b/,
};

type Answerable = { question: string; test: (text: string) => boolean };

/** Whether `name` (or their surname) is the one saying something in the sentence. */
function speaksIn(text: string, name: string): boolean {
  const surname = name.split(' ').pop() ?? name;
  if (!(mentions(text, name) || mentions(text, surname)) || !CUES.says.test(text)) return false;
  // "Rexrodt said …", "… , said Rexrodt": the surname alone, right by the verb, is them speaking.
  const bySurname = new RegExp(`${wholeWord(surname)}\\s+(?:said|says|told|added)\\b|\\b(?:said|says)\\s+${wholeWord(surname)}`, 'u');
  return bySurname.test(text) || findSpeakers(text).some((n) => n === name || n.endsWith(` ${surname}`) || n === surname);
}

/**
 * A speaker as the sources name them when a word before the name is only sometimes written
 * ("Comedian Dana Whitlock" where "Dana Whitlock" stands alone too): the shorter name.
 */
function asNamed(name: string, all: string): string {
  const words = name.split(' ');
  while (words.length > 2 && new RegExp(`(?<!${escapeRegExp(words[0]!)}\\s)${wholeWord(words.slice(1).join(' '))}`, 'u').test(all)) words.shift();
  return words.join(' ');
}

/** A month or a weekday: when, not whom. */
const WHEN = /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/;

/** A name that looks like an adjective of nationality ("Korean", "Chinese", "Turkish"). */
const DEMONYM = /(?:ean|ian|ese|ish)$/;

/** Whether the word after a name makes it describe something: a noun, not "on", "and", "said". */
const nounAfter = (word: string | undefined): boolean => word !== undefined && !STOP_WORDS.has(word.toLowerCase()) && !CUES.says.test(word);

/** Whether the sources mostly put a name before a noun ("Basque separatists", "Kurdish rebels"): a word describing others, not whom the story is about. */
function describes(name: string, text: string): boolean {
  let before = 0;
  let all = 0;
  for (const m of text.matchAll(new RegExp(`${wholeWord(name)}(?:\\s+(\\p{Ll}+))?`, 'gu'))) {
    all++;
    if (nounAfter(m[1])) before++;
  }
  return before * 2 > all;
}

/** A name as the sources write it in running text: "the Philippines" where they mostly put "the" before it. */
function theIfWritten(name: string, text: string): string {
  // An abbreviation the name finder cut ("U.S") is written whole ("U.S.").
  const whole = /\.\p{Lu}$/u.test(name) && text.includes(`${name}.`) ? `${name}.` : name;
  // Inside a sentence: after "the", or after another lower-case word ("in Turkey", "said Simpson").
  let withThe = 0;
  let bare = 0;
  for (const m of text.matchAll(new RegExp(`(?<![\\p{L}\\p{N}])(\\p{Ll}+) ${wholeWord(name)}(?:\\s+(\\p{L}+))?`, 'gu'))) {
    // Not where it describes what follows ("the Rushdie affair") or opens a longer name ("the China Ocean …").
    if (nounAfter(m[2])) continue;
    if (m[1] === 'the') withThe++;
    else bare++;
  }
  return withThe > bare ? `the ${whole}` : whole;
}

export function composeQuestions(ctx: StoryContext): StoryBrief['questions'] {
  const all = ctx.docs.map((d) => `${d.title}\n\n${d.text}`).join('\n\n');
  const entities = findEntities(all, ctx.lang).filter((e) => e.count >= 2 && e.name.length > 2);
  const speakers = new Set(ctx.docs.flatMap((d) => findSpeakers(d.text)));
  const person = entities.find((e) => e.name.includes(' ') && (speakers.has(e.name) || entities.some((o) => o.name === e.name.split(' ').pop() || o.name === e.name.split(' ')[0])) && !/\b(of|and)\b/.test(e.name));
  const other = entities.find((e) => e !== person && !DEMONYM.test(e.name) && !(person && person.name.includes(e.name)) && !ctx.docs[0]?.title.toLowerCase().startsWith(e.name.toLowerCase()));

  // Whom the story is about: the first name its headline gives that the sources repeat (not an adjective).
  const headline = ctx.docs[0]?.title ?? '';
  const inHeadline = entities.filter((e) => headline.includes(e.name));
  const named = inHeadline.find(
    (e) => !DEMONYM.test(e.name) && !WHEN.test(e.name) && e !== person && !describes(e.name, all) && !inHeadline.some((f) => f !== e && f.name.includes(e.name)),
  )?.name;
  // Someone quoted by the sources, other than the person asked about: what they said, in their words.
  // When the person asked about is the only one quoted, what they said is still worth asking.
  const quoted = [...speakers].map((n) => withoutPost(asNamed(n, all))).filter((n) => n.includes(' ') && !/\b(?:of|and)\b/.test(n));
  const voice = quoted.find((n) => n !== person?.name) ?? quoted[0];
  const wanted: Answerable[] = [
    { question: QUESTION_TEMPLATES.matters, test: (t) => CUES.matters.test(t) },
    ...(voice ? [{ question: QUESTION_TEMPLATES.said(voice), test: (t: string) => speaksIn(t, voice) }] : []),
    { question: QUESTION_TEMPLATES.timing, test: (t) => CUES.timing.test(t) },
    ...(person ? [{ question: QUESTION_TEMPLATES.who(withoutPost(person.name)), test: (t: string) => mentions(t, person.name) && CUES.role.test(t) }] : []),
    { question: QUESTION_TEMPLATES.money, test: (t) => CUES.money.test(t) },
    ...(other ? [{ question: QUESTION_TEMPLATES.meansFor(other.name), test: (t: string) => mentions(t, other.name) && CUES.impact.test(t) }] : []),
    { question: QUESTION_TEMPLATES.next, test: (t) => CUES.next.test(t) },
    // Asked only when fewer than three others found an answer: the most central sentence left.
    { question: QUESTION_TEMPLATES.details, test: () => true },
  ];
  const ranked = rankedUnits(ctx, { standalone: true }).filter((r) => !/^["“]/.test(r.unit.text));
  const answered = new Set<string>();
  const out: StoryBrief['questions'] = [];
  for (const q of wanted) {
    if (out.length >= 5 || (q.question === QUESTION_TEMPLATES.details && out.length >= 3)) break;
    // Prefer a sentence no other section used; fall back to one that did rather than leave a question unanswered.
    const fresh = ranked.find((r) => !answered.has(r.unit.text) && !ctx.used.has(r.unit.text) && q.test(r.unit.text));
    const any = fresh ?? ranked.find((r) => !answered.has(r.unit.text) && q.test(r.unit.text));
    if (!any) continue;
    answered.add(any.unit.text);
    // "What happens next?" names whom it happens to when the answer is about them.
    const question = q.question === QUESTION_TEMPLATES.next && named && mentions(any.unit.text, named) ? QUESTION_TEMPLATES.nextFor(theIfWritten(named, all)) : q.question;
    out.push({ question, answer: [{ text: any.unit.text, cites: [any.unit.docId] }] });
  }
  return out;
}

/** Go deeper: the questions a reader would ask, each answered by sentences lifted from the sources. */
import { findEntities, mentions, withoutPost } from '../core/entities';
import { memo } from '../core/memo';
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

/** A question and what answers it; `ask`, where given, writes the question from its answer (then `question` is unused). */
type Answerable = { question: string; test: (text: string) => boolean; ask?: (text: string) => string | undefined };

/** A count as a wire writes it: "3 million", "1,200", "20 percent of", "thousands of", "two dozen". */
const COUNT_WORD = 'two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|dozens|hundreds|thousands|tens of thousands|hundreds of thousands|millions';
const ABOUT = '(?:(?:nearly|almost|about|around|some|over|more than|fewer than|less than|at least|only|just|up to|roughly|an estimated|as many as)\\s+)?';
const COUNT = `${ABOUT}(?:\\d[\\d,.]*(?:\\s+(?:hundred|thousand|million|billion))?|(?:${COUNT_WORD})(?:\\s+(?:hundred|thousand|million))?)(?:\\s*(?:%|percent|per\\s+cent))?(?:\\s+of)?`;
/** Where a clause opens: the sentence's start, or after a comma and a conjunction ("…, but nearly 3 million people remain"). */
const CLAUSE_START = '(?:^|[,;]\\s+(?:but|and|while|although|though|whereas)\\s+)';
const LEAD = new RegExp(`${CLAUSE_START}${ABOUT}`, 'i');
/** Words a plural subject ends with that do not end in "s". */
const PLURAL = new Set(['people', 'jobless', 'unemployed', 'homeless', 'police', 'children', 'men', 'women', 'staff', 'personnel', 'cattle', 'livestock', 'youth', 'elderly', 'faithful', 'wounded', 'injured', 'dead']);
/** A verb a plural subject takes, without a part-of-speech tagger: an auxiliary, a past form, or a common verb. */
const AUX = new Set(['are', 'were', 'have', 'had', 'will', 'would', 'could', 'can', 'may', 'might', 'must', 'should', 'remain', 'remained', 'face', 'faced', 'lost', 'fled', 'took', 'went', 'came', 'gave', 'made', 'left', 'fell', 'rose', 'won', 'ran', 'got', 'held', 'sought', 'live', 'lived', 'work', 'worked', 'need', 'needed', 'attended', 'joined', 'died', 'voted', 'signed', 'marched', 'stayed', 'own', 'owned']);
/** Verbs of saying and believing: "How many analysts expect …?" is not what the story tells. */
const OPINION = /^(?:said|say|says|told|reported|believe|believed|think|thought|expect|expected|estimate|estimated|predict|predicted|agree|agreed|fear|feared)$/;
/** Words that point back at another sentence, or leave the question to a reader who has not read it. */
const POINTS_BACK = /\b(?:he|she|him|her|his|it|its|this|these|those|such|there)\b/i;
const NOT_A_NOUN = /^(?:the|a|an|its|their|his|her|our|these|those|them|us|whom|which|who|that|of|and|or|others|more|years?|days?|weeks?|months?|hours?|minutes?|times|percent|cent)$/i;

/**
 * A clause opened by a count, and what follows the count, whole: it ends where the sentence or a clause ends
 * ("5,000" and "1:30" do not end it; a wire's dash does), never at a quote or a bracket.
 */
const COUNTED_CLAUSE = new RegExp(`${CLAUSE_START}${COUNT}\\s+((?:[^,;:()"“”_—–]|(?<=\\d)[,:](?=\\d)|-(?!-))+?)\\s*(?=[,:](?!\\d)|[;_—–]|--|[.!?]?$)`, 'giu');
/** What may follow "and" where a second count or subject begins ("and 5,000 injured", "and another 500", "and the youth"). */
const SECOND_SUBJECT = new RegExp(`^(?:\\d|${COUNT_WORD}|dozens|another|others?|more|nearly|about|some|the|a|an|\\p{Lu})`, 'u');
/** Where a long clause's purpose or circumstance begins. */
const CIRCUMSTANCE = /^(?:to|after|as|while|because|amid|following|since|when|before|until|despite|during)$/;
/** Words after which "to" completes the verb ("forced to leave", "likely to"), not a purpose. */
const TO_COMPLETES = /(?:ed|^able|^likely|^going|^set|^due|^about|^have|^has|^had|^want|^wants|^need|^needs)$/;

/**
 * "How many …?" from a sentence whose clause opens with a count of its subject: "nearly 3 million people
 * remain without a job" asks "How many people remain without a job?", answered by the sentence itself.
 * The subject is one to three words ending in a plural noun, the verb follows it, and the clause is
 * asked whole (never cut) and only when it stands on its own; otherwise no question.
 */
export function howManyQuestion(text: string): string | undefined {
  for (const m of text.matchAll(COUNTED_CLAUSE)) {
    // A year is not a count ("1998 models").
    if (/^(?:1[89]|20)\d\d\b/.test(m[0].replace(LEAD, ''))) continue;
    // A clause cut by a list's comma ("as lookalikes of the characters Jerry, Elaine and George") is not whole.
    if (/^,\s*\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*)*\s*(?:,|and\b)/u.test(text.slice(m.index + m[0].length))) continue;
    const words = m[1]!.split(/\s+/);
    // The subject is the first one to three words that end in a plural noun and are followed by a verb.
    for (let k = 1; k <= 3 && k < words.length - 1; k++) {
      const subject = words.slice(0, k);
      const head = subject[k - 1]!.toLowerCase();
      const verb = words[k]!;
      if (subject.some((w) => NOT_A_NOUN.test(w) || STOP_WORDS.has(w.toLowerCase()) || !/^[\p{L}'’-]+$/u.test(w))) break;
      if (!(PLURAL.has(head) || /[^su]s$/.test(head))) continue;
      if (!/^\p{Ll}+$/u.test(verb) || !(AUX.has(verb) || (/ed$/.test(verb) && verb.length > 4)) || OPINION.test(verb)) break;
      const rest = asked(words.slice(k + 1));
      // "How many people died?" stands alone; "How many people were?" does not.
      if ((!rest.length && !/(?:ed|died|fled|lost|left|fell|won)$/.test(verb)) || rest.length > 12 || POINTS_BACK.test(rest.join(' '))) break;
      // "Two people briefed on the talks said …": the count is of whoever said it, not what the story tells.
      if (rest.some((w) => OPINION.test(w))) break;
      return `How many ${[...subject, verb, ...rest].join(' ')}?`;
    }
  }
  return undefined;
}

/**
 * The part of a clause a question asks: up to a second count or subject joined by "and" ("were killed and
 * 5,000 injured"), and in a long clause up to where its purpose or circumstance begins ("… on Monday to
 * press for …"; not "forced to leave", where "to" completes the verb).
 */
function asked(rest: string[]): string[] {
  const and = rest.findIndex((w, i) => w === 'and' && !rest.slice(0, i).includes('between') && SECOND_SUBJECT.test(rest[i + 1] ?? ''));
  let out = and >= 0 ? rest.slice(0, and) : rest;
  if (out.length > 12) {
    const cut = out.findIndex((w, i) => i >= 3 && CIRCUMSTANCE.test(w) && !(w === 'to' && TO_COMPLETES.test(out[i - 1]!)));
    if (cut > 0) out = out.slice(0, cut);
  }
  return out;
}

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

/** A word that opens a group rather than a name. */
const QUANTIFIER = /^(?:Some|Many|Most|Several|Other|All|Both|Few|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten)\s/;

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
  // Not a group counted or picked out ("Some Senate Democrats", "Two officials"): a question asks one voice.
  const quoted = [...speakers].map((n) => withoutPost(asNamed(n, all))).filter((n) => n.includes(' ') && !/\b(?:of|and)\b/.test(n) && !QUANTIFIER.test(n));
  const voice = quoted.find((n) => n !== person?.name) ?? quoted[0];
  // Tested on every candidate sentence, then asked of the one chosen: worked out once per sentence.
  const howMany = memo(howManyQuestion);
  const wanted: Answerable[] = [
    { question: QUESTION_TEMPLATES.matters, test: (t) => CUES.matters.test(t) },
    ...(voice ? [{ question: QUESTION_TEMPLATES.said(voice), test: (t: string) => speaksIn(t, voice) }] : []),
    { question: QUESTION_TEMPLATES.timing, test: (t) => CUES.timing.test(t) },
    ...(person ? [{ question: QUESTION_TEMPLATES.who(withoutPost(person.name)), test: (t: string) => mentions(t, person.name) && CUES.role.test(t) }] : []),
    { question: QUESTION_TEMPLATES.money, test: (t) => CUES.money.test(t) },
    ...(other ? [{ question: QUESTION_TEMPLATES.meansFor(other.name), test: (t: string) => mentions(t, other.name) && CUES.impact.test(t) }] : []),
    { question: QUESTION_TEMPLATES.next, test: (t) => CUES.next.test(t) },
    // Asked before "What else is known?", and in the sentence's own words: "How many people remain without a job?"
    { question: '', test: (t) => howMany(t) !== undefined, ask: howMany },
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
    const question = q.ask?.(any.unit.text) ?? (q.question === QUESTION_TEMPLATES.next && named && mentions(any.unit.text, named) ? QUESTION_TEMPLATES.nextFor(theIfWritten(named, all)) : q.question);
    out.push({ question, answer: [{ text: any.unit.text, cites: [any.unit.docId] }] });
  }
  return out;
}

/**
 * Key phrases: runs of one to three content words ("high-bandwidth memory", "Blackwell GPUs"),
 * kept in the case the source wrote them. Headings, questions and outlet lines are built from
 * these, so every word they add occurs in the sources they cite.
 */
import { memo } from './memo';
import { norm as normalizeTerm, sentencesOf } from './summarize';
import { STOP_WORDS, tokens } from './tokens';

export interface Phrase {
  /** As first written. */
  text: string;
  /** Normalised, for counting. */
  key: string;
}

const WEAK = new Set(['people', 'thing', 'things', 'way', 'part', 'lot', 'number', 'group', 'company', 'companies', 'country', 'mr', 'ms', 'chief', 'executive', 'several', 'other', 'others', 'another', 'every', 'few', 'own', 'big', 'top', 'good', 'really', 'going', 'think', 'want', 'need', 'look', 'come', 'came', 'known', 'called', 'put', 'give', 'gave', 'went', 'go', 'see', 'seen', 'just', 'only', 'far', 'already', 'whether', 'able', 'least', 'something', 'nothing', 'anyone', 'everyone', 'become', 'becomes', 'became', 'seems', 'likely', 'less', 'rather', 'earlier', 'later', 'often', 'soon', 'again', 'almost', 'nearly', 'getting', 'run', 'runs', 'means', 'make', 'makes', 'making', 'use', 'uses', 'using', 'added', 'told', 'asked', 'help', 'helps', 'hard', 'easy', 'else', 'everything', 'part', 'kind', 'sort', 'enough', 'whose', 'though', 'despite', 'expected', 'calls', 'call', 'hands', 'fuels', 'picks', 'meets', 'heads', 'cannot', 'buy', 'says', 'next', 'early', 'late', 'said', 'ask', 'asks', 'keep', 'keeps', 'gets', 'get', 'takes', 'shows']);

/**
 * No part-of-speech tagger is at hand, so verbs are told by form. Headlines drop articles
 * ("Korea deal fuels rally", "ECB holds rates"), which glues the verb to the nouns around it; a
 * verb ends a phrase as a stop word does. These are always verbs in news copy...
 */
const VERBS = new Set(
  `meets says tells gets makes keeps gives sends brings puts sees rushes declares revives extends admits trims drifts proves hovers unveils
  launches nears soars eases stays describes insists argues suggests believes remains continues announces delivers provides reveals warns
  urges seeks allows appears explains considers receives requires involves reduces decides agrees tries sparks vows hopes fears denies
  describe insist argue suggest believe remain continue announce deliver provide reveal admit warn urge seek allow appear explain consider
  receive require involve decide agree deny met swept said told took made gave held came went saw won led fell rose sold bought paid sent
  spent brought thought found kept began became struck stood ran wrote flew drove broke spoke chose grew knew threw fought caught taught
  meant felt dealt sought sank`.split(/\s+/),
);
/** ...and these are verbs right after a name ("Nvidia picks", "ECB holds"), plural nouns elsewhere ("rate cuts"). */
const NAME_VERBS = new Set(
  `cuts rises falls sets targets tops wins hits drops eyes faces leaves edges signals holds counts passes hands heads calls shows takes
  picks lifts fuels wraps pledges hails seals gathers surges climbs rallies slides slumps plunges weighs jumps bets backs plans ships
  sells buys opens closes marks eyes bids sounds goes accuses`.split(/\s+/),
);
/** Base forms that are verbs after a plural ("Traders trim bets", "yields edge higher"). */
const PLURAL_VERBS = new Set(
  `settle trim edge rise fall cut hold signal meet pick win hit drop rally slide slump climb surge jump plunge weigh eye face seal pledge
  hail back bet sell buy open close mark bid sound fear warn see expect say feel think want need hope know comprise lose protect`.split(/\s+/),
);
const REFLEXIVE = /^(?:themselves|himself|herself|itself|ourselves|yourself|yourselves|myself)$/;
/** Comparatives trail off a phrase ("Lagarde sounds calmer"); they qualify, they do not name. */
const COMPARATIVE = new Set('higher lower calmer stronger weaker faster slower bigger smaller larger greater better worse firmer softer deeper wider broader earlier later'.split(' '));
const CAPITALISED = /^\p{Lu}/u;
/** A past form at the end of a phrase is a verb or an adjective ("Cebu flooded"), not what the phrase names. */
const PAST = /^\p{Ll}[\p{L}-]{2,}(?<!e)ed$/u;
/** Suffixes of adjectives and gerunds: such a word alone names nothing ("sovereign" aside). */
const ADJECTIVE = /(?:ing|ous|ive|ful|less|able|ible|ical|ional|ic|ed|ary)$/;
/** Demonyms alone ("Korean", "German") describe rather than name. */
const DEMONYM = /^\p{Lu}\p{Ll}+(?:ean|ian|ese|ish|can|man|ch)$/u;

const isContent = memo((word: string) => isContentWord(word));

function isContentWord(word: string): boolean {
  const t = normalizeTerm(word);
  const lower = word.toLowerCase();
  if (!CAPITALISED.test(word) && VERBS.has(word)) return false;
  // A number alone, or the digits of a figure, name nothing.
  if (/^[$€£]?[\d,.]+%?$/.test(word)) return false;
  return t.length > 1 && !(/ly$/.test(t) && t.length > 5 && !/^\p{Lu}/u.test(word)) && !STOP_WORDS.has(t) && !WEAK.has(t) && !WEAK.has(lower);
}

/** Phrases of a text: maximal runs of content words within a sentence, at most three words (the last three). */
export function phrasesOf(text: string, lang = 'en'): Phrase[] {
  return phrasesOfSentences(sentencesOf(text, lang));
}

/** Phrases of text already split into sentences. */
export function phrasesOfSentences(sentences: string[]): Phrase[] {
  const out: Phrase[] = [];
  for (const sentence of sentences) {
    // Punctuation breaks a phrase as a stop word does; a comma inside a number ("260,000") does not.
    for (const chunk of sentence.split(/(?<!\d),|,(?!\d{3}(?!\d))|[;:()"“”!?—–]|\s-\s|\.(?=\s|$)/)) {
      const toks = tokens(chunk, { rule: 'phrases' });
      let run: string[] = [];
      const flush = () => {
        for (let w = run.at(-1); w !== undefined && ((PAST.test(w) && w !== 'hundred') || COMPARATIVE.has(w)); w = run.at(-1)) run.pop();
        if (run.length) {
          const words = run.slice(-3);
          out.push({ text: words.join(' '), key: words.map(normalizeTerm).join(' ') });
          if (words.length > 1) for (const w of words) out.push({ text: w, key: normalizeTerm(w) });
        }
        run = [];
      };
      for (const t of toks) {
        const bare = t.replace(/['’]s$/, '');
        const prev = run[run.length - 1];
        const verb = !!prev && ((NAME_VERBS.has(bare) && CAPITALISED.test(prev)) || (PLURAL_VERBS.has(bare) && /[^s']s$/.test(prev)));
        if (verb || !isContent(bare)) flush();
        else {
          run.push(bare);
          if (bare !== t) flush(); // a possessive ends a phrase: "Korea's chip stocks"
        }
      }
      flush();
    }
  }
  return out;
}

/**
 * Whether a phrase can name something on its own: not a lone adjective, gerund or demonym, not a
 * bare figure. (Multi-word phrases have already lost trailing verbs in phrasesOf.)
 */
export function isNounish(text: string): boolean {
  const words = text.split(' ');
  if (words.every((w) => /^[$€£]?[\d,.]+%?$/.test(w))) return false;
  if (words.length > 1) return true;
  if (CAPITALISED.test(text)) return !DEMONYM.test(text);
  return !ADJECTIVE.test(text);
}

/**
 * Whether a phrase may end in a verb ("government hails", "Rudolph stole"): its last word is one
 * of the verbs above. Cautious: "rate cuts" is taken for one too; a heading can do without it.
 */
export function mayEndInVerb(text: string): boolean {
  const words = text.split(' ');
  const last = words[words.length - 1] ?? '';
  // A reflexive pronoun ends a verb's phrase ("the charges themselves") and names nothing.
  return words.length > 1 && (VERBS.has(last) || NAME_VERBS.has(last) || PLURAL_VERBS.has(last) || REFLEXIVE.test(last) || /^\p{Ll}+(?:ed)$/u.test(last));
}

/** How much a phrase is preferred as a name for something: names and multi-word noun phrases first. */
export function phrasePreference(text: string): number {
  const multi = text.includes(' ');
  const named = CAPITALISED.test(text);
  return (multi ? 1.5 : 1) * (named ? 1.25 : multi ? 1 : 0.6);
}

/** "a", "a and b", "a, b and c". */
export function listOf(items: string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

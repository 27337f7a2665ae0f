/**
 * Key phrases: runs of one to three content words ("high-bandwidth memory", "Blackwell GPUs"),
 * kept in the case the source wrote them. Headings, questions and outlet lines are built from
 * these, so every word they add occurs in the sources they cite.
 */
import { normalizeTerm, splitSentences, STOP_WORDS } from './text';

export interface Phrase {
  /** As first written. */
  text: string;
  /** Normalised, for counting. */
  key: string;
}

const TOKEN = /[\p{L}\p{N}$€£%](?:[\p{L}\p{N}\p{M}%]|['’\-.,](?=[\p{L}\p{N}]))*/gu;
const WEAK = new Set(['people', 'thing', 'things', 'way', 'part', 'lot', 'number', 'group', 'company', 'companies', 'country', 'mr', 'ms', 'chief', 'executive', 'several', 'other', 'others', 'another', 'every', 'few', 'own', 'big', 'top', 'good', 'really', 'going', 'think', 'want', 'need', 'look', 'come', 'came', 'known', 'called', 'put', 'give', 'gave', 'went', 'go', 'see', 'seen', 'just', 'only', 'far', 'already', 'whether', 'able', 'least', 'something', 'nothing', 'anyone', 'everyone', 'become', 'becomes', 'became', 'seems', 'likely', 'less', 'rather', 'earlier', 'later', 'often', 'soon', 'again', 'almost', 'nearly', 'getting', 'run', 'runs', 'means', 'make', 'makes', 'making', 'use', 'uses', 'using', 'added', 'told', 'asked', 'help', 'helps', 'hard', 'easy', 'else', 'everything', 'part', 'kind', 'sort', 'enough', 'whose', 'though', 'despite', 'expected', 'calls', 'call', 'hands', 'fuels', 'picks', 'meets', 'heads', 'cannot', 'buy', 'says', 'said', 'ask', 'asks', 'keep', 'keeps', 'gets', 'get', 'takes', 'shows']);

function isContent(word: string): boolean {
  const t = normalizeTerm(word);
  return t.length > 1 && !(/ly$/.test(t) && t.length > 5 && !/^\p{Lu}/u.test(word)) && !STOP_WORDS.has(t) && !WEAK.has(t) && !/^[\d,.]+$/.test(word);
}

/** Phrases of a text: maximal runs of content words within a sentence, at most three words (the last three). */
export function phrasesOf(text: string, lang = 'en'): Phrase[] {
  const out: Phrase[] = [];
  for (const sentence of splitSentences(text, lang)) {
    // Punctuation breaks a phrase as a stop word does.
    for (const chunk of sentence.split(/[,;:()"“”!?—–]|\s-\s|\.(?=\s|$)/)) {
      const toks = chunk.match(TOKEN) ?? [];
      let run: string[] = [];
      const flush = () => {
        if (run.length) {
          const words = run.slice(-3);
          out.push({ text: words.join(' '), key: words.map(normalizeTerm).join(' ') });
          if (words.length > 1) for (const w of words) out.push({ text: w, key: normalizeTerm(w) });
        }
        run = [];
      };
      for (const t of toks) {
        const bare = t.replace(/['’]s$/, '');
        if (!isContent(bare)) flush();
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

/** Phrase keys of a text, each once. */
export function phraseKeys(text: string, lang = 'en'): Set<string> {
  return new Set(phrasesOf(text, lang).map((p) => p.key));
}

/** Whether every word of a phrase occurs in a text (as a word, any case). */
export function phraseOccursIn(phrase: string, text: string): boolean {
  const hay = ` ${text.toLowerCase().replace(/[^\p{L}\p{N}$€£%\-.,']+/gu, ' ')} `;
  return phrase
    .toLowerCase()
    .split(/\s+/)
    .every((w) => hay.includes(` ${w} `) || hay.includes(` ${w}'`) || hay.includes(` ${w}.`) || hay.includes(` ${w},`));
}

/** "a", "a and b", "a, b and c". */
export function listOf(items: string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

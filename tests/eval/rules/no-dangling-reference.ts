/**
 * No sentence is shown that leans on a sentence not shown: a pronoun, "this/these/those …", "such …",
 * "the latter", "since then" with nothing before it on the page to stand for. Allowed when the
 * sentence before it in the same paragraph is the one it follows in its source (it is there).
 * Only sentences lifted from a source are read: the product's own lines ("It quotes …") say what
 * "it" is by where they stand.
 */
import type { PageRule } from './page';
import { follows, isLifted, paragraphs, short } from './text';

const TIME_NOUN = /^(?:year|week|month|morning|afternoon|evening|night|weekend|spring|summer|fall|autumn|winter|season|century|decade|time|year's|week's|month's)\b/i;
const OPEN = /^[("“'‘\s]*(?:(?:But|And|Yet|So|Still|Now|However|Meanwhile|Also)\s*,?\s+)?(Such|These|This|Those|The latter|The former|He|She|They|It|His|Her|Their|Its|Since then|By then|Then)\b\s*(\S*)/;
/** "It" standing for nothing: "It is unclear whether …", "It was the first time …" is not among them. */
const EXPLETIVE = /^[("“'‘\s]*(?:(?:But|And|Yet|So|Still|Now|However|Meanwhile|Also)\s*,?\s+)?It\s+(?:is|was|'s|’s|has\s+been|had\s+been|seems|seemed|remains|remained|will\s+be|would\s+be)\s+(?:not\s+|also\s+|still\s+)?(?:\w+ly\s+)?(?:likely|unlikely|expected|possible|impossible|clear|unclear|known|unknown|hoped|believed|estimated|reported|feared|thought|understood|important|necessary|too|difficult|hard|easy|true|raining|snowing)\b/;
const SPEECH_TAG = /,\s*(?:he|she|they)\s+(?:also\s+)?(?:said|says|added|adds|told|explained|noted|argued|insisted|warned|stressed)\b/i;
const PERSON_NOUN = /\b(?:spokes(?:man|woman|person)|official|minister|president|secretary|chairman|chairwoman|director|leader|doctor|woman|man|girl|boy|mother|father|wife|husband|son|daughter|king|queen|prince|princess|officer|judge|lawyer|teacher|patient|victim|driver|writer|editor|actress|actor|singer|comedian|artist|musician|poet|novelist|candidate|suspect|defendant|prisoner|soldier|pilot|captain|priest|pope|bishop|founder|owner|athlete|champion|winner|dancer|composer|chef|player|coach|governor|mayor|senator|author|host|worker|farmer|student|child|manager|executive|chief|ambassador|envoy|expert|analyst|official|witness|survivor|resident|people|officials|experts|analysts|residents|witnesses|leaders|workers)\b/i;
/** Someone a "he said" could stand for, named earlier in the sentence itself. */
const PERSON = /(?:\b(?:Mr|Mrs|Ms|Dr|Gen|Sen|Rep|Gov|Prof)\.?\s+[A-Z]|\b[A-Z][a-z]+\s+(?:[A-Z]\.\s+)?[A-Z][a-z]+|\b[A-Z][a-z]+\s+(?:also\s+)?(?:said|says|told|added)\b)/;

/** A sentence opening with a name that does something: "Seeff said he …". */
const SUBJECT_NAME = /^\W*[A-Z][a-z]+(?:['’]s)?\s+(?:also\s+)?(?:said|says|told|added|had|has|was|is|would|will|,)/;

/** What a sentence leans on that it does not itself say, if anything. */
export function leansOn(text: string): string | null {
  const open = OPEN.exec(text);
  if (open?.[1]) {
    const word = open[1];
    const isTime = /^(?:This|These|Those)$/.test(word) && TIME_NOUN.test(open[2] ?? '');
    const expletive = word === 'It' && EXPLETIVE.test(text);
    if (!isTime && !expletive) return `"${word}"`;
  }
  // "such speeds" leans on speeds named elsewhere; "such companies as MP3.com" names them.
  for (const such of text.matchAll(/\bsuch\s+(?!as\b|that\b)(?:an?\s+)?([a-z]+)/gi)) {
    const next = text.slice((such.index ?? 0) + such[0].length).split(/\s+/).slice(0, 4);
    if (!next.includes('as')) return `"${such[0]}"`;
  }
  const former = /\bthe\s+(?:latter|former)\b/i.exec(text);
  if (former) return `"${former[0]}"`;
  const tag = SPEECH_TAG.exec(text);
  if (tag && !PERSON.test(text.slice(0, tag.index)) && !PERSON_NOUN.test(text.slice(0, tag.index)) && !SUBJECT_NAME.test(text)) return `"${tag[0].replace(/^,\s*/, '')}"`;
  // "After learning this development", "Whatever one thinks of those practices": a thing named
  // elsewhere, early in the sentence (later, the sentence itself may have named it).
  const determiner = /\b(this|these|those)\s+(?!(?:who|whom|whose|which|that|of|in|with|without|at|on|for|from|under|over|is|was|are|were|has|have|had|will|would|can|could|may|might)\b)([a-z]+)\b/gi;
  for (const m of text.matchAll(determiner)) if ((m.index ?? 0) > 0 && text.slice(0, m.index).split(/\s+/).length <= 6 && !TIME_NOUN.test(m[2] ?? '')) return `"${m[0]}"`;
  // A pronoun within the sentence with no one named in it: "the story of her humble beginnings".
  const pronoun = [...text.matchAll(/\b(?:he|she|him|her|his|hers)\b/gi)].find((m) => (m.index ?? 0) > 0);
  if (pronoun && !/\s[A-Z]/.test(text) && !PERSON_NOUN.test(text) && !SUBJECT_NAME.test(text)) return `"${pronoun[0]}"`;
  return null;
}

export const noDanglingReference: PageRule = {
  id: 'no-dangling-reference',
  check(page) {
    const out: string[] = [];
    for (const { where, sentences } of paragraphs(page)) {
      sentences.forEach((s, i) => {
        const leans = leansOn(s.text);
        if (!leans || !isLifted(page, s)) return;
        const before = sentences[i - 1];
        if (before && follows(page, before, s)) return;
        out.push(`${where}: "${short(s.text)}" leans on ${leans} with nothing before it to stand for`);
      });
    }
    return out;
  },
};

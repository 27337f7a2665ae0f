/**
 * Whether a sentence can be shown on its own, away from the sentences around it in its source.
 * A sentence that leans on one before it — a pronoun or "this/these/such …" standing for something
 * it does not name, "the former", "since then", "…, he said" with no one named — reads as nonsense
 * when lifted out ("…did not reach such speeds"). The product shows such a sentence only right
 * after the sentence it follows in its source, or not at all.
 */

/** Words a sentence may open with before the word that does the leaning ("But he …"). */
const CONNECTIVE = '(?:(?:But|And|Yet|So|Still|Now|However|Meanwhile|Also|Instead|Indeed|Moreover)\\s*,?\\s+)?';
const OPENER = new RegExp(
  `^[("“'‘\\s]*${CONNECTIVE}(He|She|They|It|His|Her|Their|Its|Him|Them|This|These|Those|That|Such|Both|The latter|The former|The two|Since then|By then|Then)\\b\\s*(\\S*)`,
  'i',
);
/** "This week", "These days": time, not a thing named before. */
const TIME_NOUN = /^(?:year|week|month|morning|afternoon|evening|night|weekend|spring|summer|fall|autumn|winter|season|century|decade|time|days|year's|week's|month's)\b/i;
/** "It is unclear whether …", "It was raining": an "it" that stands for nothing. */
const EXPLETIVE = new RegExp(
  `^[("“'‘\\s]*${CONNECTIVE}It\\s+(?:is|was|'s|’s|has\\s+been|had\\s+been|seems|seemed|remains|remained|will\\s+be|would\\s+be|appears|appeared)\\s+(?:not\\s+|also\\s+|still\\s+|now\\s+)?(?:\\w+ly\\s+)?(?:likely|unlikely|expected|possible|impossible|clear|unclear|known|unknown|hoped|believed|estimated|reported|feared|thought|understood|important|necessary|difficult|hard|easy|true|time|raining|snowing)\\b`,
);
const SPEECH_TAG = /,\s*(?:he|she|they)\s+(?:also\s+|later\s+)?(?:said|says|added|adds|told|explained|noted|argued|insisted|warned|stressed|wrote)\b/i;
/** Someone a "he" or "she" could stand for, named or described in the sentence itself. */
const PERSON_WORD =
  /\b(?:Mr|Mrs|Ms|Dr|Gen|Sen|Rep|Gov|Prof|spokes(?:man|woman|person)|official|minister|president|secretary|chairman|chairwoman|director|leader|doctor|woman|man|girl|boy|mother|father|wife|husband|son|daughter|king|queen|prince|princess|officer|judge|lawyer|attorney|teacher|patient|victim|driver|writer|editor|actress|actor|singer|artist|candidate|suspect|defendant|prisoner|soldier|pilot|captain|priest|pope|bishop|founder|owner|player|coach|governor|mayor|senator|author|worker|student|child|manager|executive|chief|ambassador|expert|analyst|witness|resident|people|officials|experts|analysts|residents|leaders|workers)\b/i;
/** A person named by two capitalised words ("Derek Evans", "Gov. Gray Davis") anywhere in the sentence. */
const FULL_NAME = /\b\p{Lu}[\p{Ll}'’-]+\.?\s+(?:\p{Lu}\.\s+)?\p{Lu}[\p{Ll}'’-]+/u;

/** What a sentence leans on that it does not say itself ("He", "such speeds", "he said"), or null when it stands alone. */
export function leansOn(text: string): string | null {
  const open = OPENER.exec(text);
  if (open?.[1]) {
    const word = open[1].charAt(0).toUpperCase() + open[1].slice(1).toLowerCase();
    const time = /^(?:This|These|Those|That)$/.test(word) && TIME_NOUN.test(open[2] ?? '');
    if (!time && !(word === 'It' && EXPLETIVE.test(text))) return word;
  }
  // "such speeds" leans on speeds named before; "such companies as MP3.com" names them.
  for (const m of text.matchAll(/\bsuch\s+(?!as\b|that\b)(?:an?\s+)?[a-z]+/gi)) {
    const next = text.slice((m.index ?? 0) + m[0].length).split(/\s+/).slice(0, 5);
    if (!next.includes('as')) return m[0];
  }
  const former = /\bthe\s+(?:latter|former)\b/i.exec(text);
  if (former) return former[0];
  const tag = SPEECH_TAG.exec(text);
  if (tag) {
    const before = text.slice(0, tag.index);
    if (!FULL_NAME.test(before) && !PERSON_WORD.test(before)) return tag[0].replace(/^,\s*/, '');
  }
  // "After learning this development, …": a thing named before, early in the sentence.
  const early = text.split(/\s+/).slice(0, 7).join(' ');
  const det = /\b(?:this|these|those)\s+(?!(?:who|whom|whose|which|that|of|in|with|at|on|for|from|is|was|are|were|has|have|had|will|would|can|could|may|might)\b)([a-z]+)/i.exec(early);
  if (det && (det.index ?? 0) > 0 && !TIME_NOUN.test(det[1] ?? '')) return det[0];
  // A pronoun standing for a person the sentence does not name or describe.
  // Not at the start (the opener's rule), and never inside a word ("The" is no "he").
  const pronoun = /(?<=\s)(?:he|she|him|her|his|hers)\b/i.exec(text);
  if (pronoun && !FULL_NAME.test(text) && !PERSON_WORD.test(text) && !/\s\p{Lu}/u.test(text)) return pronoun[0];
  return null;
}

export const standsAlone = (text: string): boolean => leansOn(text) === null;

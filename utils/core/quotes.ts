/** Who a text quotes: names attached to "said", "says", "told", "according to". */
import { group } from './narrow';

/** A run of two to `most` capitalised words. */
const nameOf = (most: number) => `\\p{Lu}[\\p{L}'’-]+(?: \\p{Lu}[\\p{L}'’-]+){1,${most - 1}}`;
const NAME = nameOf(3);
/** After "said": a title may come first ("said Prime Minister Keizo Obuchi"), so one word more. */
const TITLED_NAME = nameOf(4);
const PATTERNS = [
  // "said chief executive Jane Doe", not "said in New York": a place or time after the verb is not its speaker,
  // nor the start of a longer name ("said the Line Item Veto Act").
  new RegExp(`(?:said|says|told \\w+|added|according to)\\s+(?:(?!(?:in|at|on|from|to|of|for|by|with|that|after|before|during|when|while|since|as|last|this|next|earlier|later)\\b)\\p{Ll}+\\s+){0,3}?(${TITLED_NAME})(?![\\p{L}'’-]|[ -]\\p{Lu})`, 'gu'),
  new RegExp(`(${NAME}),\\s+(?:a|an|the)\\s+[^,.]{3,80},\\s+(?:said|says|told|added)`, 'gu'),
  // Not the tail of a longer name ("the Ministry of Foreign Affairs said").
  new RegExp(`(?<!\\b(?:of|for|and|at|with|from|by|to|in|on)\\s+(?:the\\s+)?)(${NAME})\\s+(?:said|says|told|added)\\b`, 'gu'),
];
const NOT_PEOPLE = /^(The|A|An|In|On|At|It|This|That|He|She|They|We|But|And|Although|Though|When|While|After|Before|If|As|Since|Because|Meanwhile|However|Despite|During|Like|Unlike|Officials|Analysts|Reuters|Associated|Bloomberg|Police|Prosecutors)\b|\b(Group|Inc|Corp|Ltd|Company|Ministry|Bank|Department|Office|Agency|Government|Council|Committee|Association|Institute|University|Research|News|Times|Post|Herald|Affairs|Commission|Corps|Service|Flight|Airlines|Airways|Party|Union|Board|Court|Administration|Army|Navy|Police|Act|Treaty|Amendment|Center|Centre|Accord|Agreement|Constitution|Prize|Award|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/u;

/** People quoted, in order of first appearance, each once. */
export function findSpeakers(text: string): string[] {
  const found: { name: string; at: number }[] = [];
  for (const re of PATTERNS) {
    for (const m of text.matchAll(re)) {
      const name = group(m, 1).replace(/['’]s$/, '');
      if (!NOT_PEOPLE.test(name)) found.push({ name, at: m.index ?? 0 });
    }
  }
  const out: string[] = [];
  for (const { name } of found.sort((a, b) => a.at - b.at)) if (!out.includes(name)) out.push(name);
  return out;
}

/**
 * Whether a sentence is someone's speech rather than the story told: it opens with a quote, most of its
 * words are quoted, or a quote opens or closes in another sentence. A phrase quoted inside a reported
 * sentence ("In view of the “tension which reigns in the sub-continent,” exports will be halted,
 * officials said") is the story told.
 */
export function isSpeech(text: string): boolean {
  const straight = text.match(/"/g)?.length ?? 0;
  const opening = text.match(/“/g)?.length ?? 0;
  const closing = text.match(/”/g)?.length ?? 0;
  if (!straight && !opening && !closing) return false;
  if (/^[^\p{L}\p{N}]*["“”]/u.test(text) || straight % 2 === 1 || opening !== closing) return true;
  // Direct speech brought in by its verb or a colon: `…, said, “The inference…”`, `He said: "We will…"`.
  if (/(?:\b(?:said|says|say|told|added|asked|replied|declared|wrote)\s*,?|:)\s*["“]/.test(text)) return true;
  const words = (s: string) => s.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length;
  const quoted = [...text.matchAll(/["“]([^"“”]*)["”]/g)].reduce((n, m) => n + words(m[1]!), 0);
  return quoted * 2 >= words(text);
}

/**
 * Named-entity candidates without a model: runs of capitalised words (with joiners like "of",
 * "de", "-") that are not merely sentence-initial, plus numbers with units. Good enough to
 * build queries and compare stories; the topic cards resolve them against the encyclopedia.
 */
import { splitSentences } from './text';
import { withoutDateline } from './lift';
import { escapeRegExp } from './regexp';
import { STOP_WORDS, tokens as tokensOf } from './tokens';

const JOINERS = new Set(['of', 'de', 'del', 'der', 'von', 'van', 'la', 'le', 'al', 'bin', 'the', 'and', '&']);
const TITLE_WORDS = new Set(['Vice', 'Deputy', 'Acting', 'Former', 'Justices', 'Sen', 'Rep', 'Gov', 'Gen', 'Lt', 'Col', 'Sgt', 'Capt', 'President', 'Prime', 'Minister', 'CEO', 'Chief', 'Executive', 'Chairman', 'Secretary', 'Governor', 'Mayor', 'Senator', 'King', 'Queen', 'Mr', 'Mrs', 'Ms', 'Dr', 'Professor', 'Judge', 'Chancellor', 'Director', 'Officer', 'Analyst']);
const GENERIC = new Set(['The', 'A', 'An', 'But', 'And', 'In', 'On', 'At', 'For', 'It', 'This', 'That', 'He', 'She', 'They', 'We', 'I', 'His', 'Her', 'Their', 'Its', 'As', 'If', 'When', 'While', 'After', 'Before', 'With', 'From', 'By', 'To', 'Of', 'Our', 'Some', 'Many', 'Most', 'Other', 'More', 'Why', 'What', 'How', 'Who', 'Where', 'There', 'These', 'Those', 'Such', 'Still', 'Yet', 'Also', 'Both', 'Each', 'Under', 'Over', 'About', 'Read', 'Related', 'Advertisement', 'Photo', 'Image', 'Analysts', 'Officials', 'Experts', 'Critics', 'Investors', 'Shares', 'Sources', 'Meanwhile', 'However', 'Today', 'Yesterday', 'Earlier', 'Later', 'Now', 'Then', 'Last', 'Next', 'According', 'Despite', 'Although', 'Since', 'Until', 'Asked', 'Speaking', 'Updated', 'Published', 'One', 'Two', 'Three', 'Four', 'Five', 'Six', 'Seven', 'Eight', 'Nine', 'Ten', 'Several', 'Dozens', 'Hundreds', 'Thousands',
  // Adverbs, conjunctions and prepositions that open a sentence ("Rather than heed…", "Instead, the agency…"): a closed class, never a name alone.
  'Rather', 'Instead', 'Perhaps', 'Indeed', 'Once', 'Because', 'Though', 'Even', 'Only', 'Just', 'Thus', 'Hence', 'Otherwise', 'Nevertheless', 'Nonetheless', 'Moreover', 'Furthermore', 'Besides', 'Unlike', 'Like', 'Among', 'Amid', 'During', 'Without', 'Within', 'Through', 'Against', 'Between', 'Beyond', 'Across', 'Around', 'Except', 'Whether', 'Unless', 'Whatever', 'Already', 'Almost', 'Again', 'Often', 'Sometimes', 'Never', 'Always', 'Soon', 'Recently', 'Finally', 'Eventually', 'Initially', 'Currently', 'Unfortunately', 'Fortunately', 'Clearly', 'Certainly', 'Apparently']);

/** The names of days and months, and the months' short forms, in any case. */
const WEEKDAYS = 'Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday';
export const DATE_WORDS = new RegExp(`^(?:${WEEKDAYS}|january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)$`, 'i');
/** A day's name as written in running text. */
const WEEKDAY = new RegExp(`^(?:${WEEKDAYS})$`);

/** Days and months alone date a story rather than name what it is about ("May" stays: it is a name as often). */
const isCalendarWord = (w: string) => w !== 'May' && /^\p{Lu}\p{Ll}+$/u.test(w) && DATE_WORDS.test(w);

export interface EntityCount {
  name: string;
  count: number;
}

/** Words for name-finding, keeping inner hyphens and apostrophes ("Jae-myung", "O'Neill"): the `names` rule of tokens.ts. */
function tokens(text: string, lang: string): string[] {
  return tokensOf(text, { lang, rule: 'names' });
}

function isCapitalised(w: string): boolean {
  const c = w.charCodeAt(0);
  return c < 128 ? c >= 65 && c <= 90 : /^\p{Lu}/u.test(w);
}

/** Entities found in a text, most frequent first. */
export function findEntities(text: string, lang = 'en'): EntityCount[] {
  const counts = new Map<string, number>();
  // A lone capitalised word that opens a sentence ("Analysts", "However") is a name only if the
  // text never uses it in lower case.
  const openers = new Map<string, number>();
  const words = tokens(text, lang);
  const lower = new Set(words.filter((w) => !isCapitalised(w)));
  for (const sentence of splitSentences(text, lang)) {
    // A wire dateline ("LONDON (AP) _", "BEIJING, May 5 (Xinhua) --") names where and by whom, not what the story is about.
    const bare = withoutDateline(sentence).replace(/[’']s\b/g, '');
    // A text that is one sentence with no possessive is tokenised once.
    const toks = bare === text ? words : tokens(bare, lang);
    let run: string[] = [];
    let runStart = 0;
    const flush = () => {
      for (let last = run.at(-1); last !== undefined && JOINERS.has(last.toLowerCase()); last = run.at(-1)) run.pop();
      // The day something was said, run on after a name ("Mahathir Mohamad Friday"); "Good Friday", "Super Tuesday" stay.
      while (run.length >= 3 && WEEKDAY.test(run.at(-1)!)) run.pop();
      let start = runStart;
      for (let first = run[0]; first !== undefined && (TITLE_WORDS.has(first) || GENERIC.has(first)); first = run[0]) {
        run.shift();
        start++;
      }
      if (run.length) {
        const name = run.join(' ');
        if (!(run.length === 1 && (STOP_WORDS.has(name.toLowerCase()) || name.length < 2 || isCalendarWord(name)))) {
          const into = start === 0 && run.length === 1 ? openers : counts;
          into.set(name, (into.get(name) ?? 0) + 1);
        }
      }
      run = [];
    };
    // What stands between two words: a name runs on over spaces, initials' full stops and "&", never over other marks
    // ("WASHINGTON (AP) _ The Supreme Court", "Justices David Souter, Clarence Thomas", "Jordan: Yes").
    let at = 0;
    for (const [i, w] of toks.entries()) {
      const next = toks[i + 1];
      const found = bare.indexOf(w, at);
      if (found >= 0) {
        if (run.length && !/^[\s.&]*$/.test(bare.slice(at, found))) flush();
        at = found + w.length;
        // A typesetting code left in the text ("&QL;", "&UR;") is no word.
        if (bare[found - 1] === '&' && bare[at] === ';') {
          flush();
          continue;
        }
      }
      if (isCapitalised(w) && !/^\d/.test(w)) {
        if (!run.length) runStart = i;
        run.push(w);
      } else if (run.length && JOINERS.has(w.toLowerCase()) && next !== undefined && isCapitalised(next)) {
        run.push(w);
      } else {
        flush();
      }
    }
    flush();
  }
  for (const [name, n] of openers) {
    if (counts.has(name) || !lower.has(name.toLowerCase())) counts.set(name, (counts.get(name) ?? 0) + n);
  }
  return [...counts]
    .map(([name, count]) => ({ name, count }))
    .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
}

/**
 * A post written before a name ("Economics Minister", "House Speaker", "Justice", "California
 * Democrat"): asked about or looked up, a person goes by their name.
 */
const POST = /^(?:.* )?(?:Minister|Secretary|Spokesman|Spokeswoman|Spokesperson|Chairman|Chairwoman|Director|Commissioner|Ambassador|Envoy|Official|Officer|Executive|Speaker|Justice|Judge|Senator|Governor|Mayor|President|Democrat|Republican|Lawyer|Attorney|Prosecutor|Dr\.?|Doctor|Professor|Prof\.|Colonel|Captain|Lieutenant|Sergeant|Rep\.|Sen\.|Gov\.|Rev\.|Reverend|Bishop|Archbishop|Cardinal|Coach|Chancellor|Premier)(?: General)? /;

/** "Economics Minister Guenter Rexrodt" → "Guenter Rexrodt"; a name of one word is left as written. */
export function withoutPost(name: string): string {
  const m = POST.exec(name);
  const rest = m ? name.slice(m[0].length) : name;
  return rest.includes(' ') ? rest : name;
}

/** Whether a text names an entity as a whole word ("South Korea" is not in "South Korean"). */
export function mentions(text: string, name: string): boolean {
  const i = text.toLowerCase().indexOf(name.toLowerCase());
  if (i < 0) return false;
  const re = new RegExp(`(^|[^\\p{L}\\p{N}])${escapeRegExp(name)}($|[^\\p{L}\\p{N}])`, 'iu');
  return re.test(text);
}

/** Numbers a story is likely to be recognised by ("260,000", "$5 trillion", "2%"). */
export function findFigures(text: string): string[] {
  const out = new Set<string>();
  for (const m of text.matchAll(/[$€£]?\d[\d,.]*(?:\s?(?:%|per cent|percent|trillion|billion|million|bn|m))?/g)) {
    const f = m[0].trim();
    if (/\d{2,}|[$€£%]|illion/.test(f) && !/^(19|20)\d\d$/.test(f)) out.add(f.replace(/[.,]$/, ''));
  }
  return [...out];
}

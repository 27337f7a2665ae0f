/**
 * "It quotes X (and Y)" only where X speaks in that outlet's text: X is the subject of a speech verb
 * ("X said", "said X", "X, the mayor, told", "according to X", "X's spokesman said", "X … he said").
 * Never an object ("EgyptAir Flight"), an organisation named in passing ("chairman of the X said"),
 * a possessive fragment ("Army Corps'") or a name glued to a sentence's first word ("Although Hatch").
 */
import type { PageRule } from './page';
import { escapeRe, flat } from './text';

const SPEECH =
  'said|says|say|told|tells|added|adds|stated|states|announced|announces|declared|explained|insisted|warned|noted|argued|asked|replied|wrote|writes|testified|acknowledged|conceded|claimed|predicted|suggested|stressed|urged|recalled|complained|denied|confirmed|commented|revealed|disclosed|estimated|agreed|cautioned|emphasi[sz]ed|maintained|contended|vowed|promised|pledged';
/** X, optionally an appositive, optionally an adverb or auxiliary, then a speech verb. */
const AFTER = new RegExp(`^(?:['’]s\\s+(?:\\w+\\s+)?(?:spokes(?:man|woman|person)|statement|lawyer|attorney|office|representative|spokesmen)\\b[^.]{0,60}?\\b(?:${SPEECH})\\b|(?:\\s*,[^.;"]{0,120}?,)?\\s+(?:\\w+ly\\s+)?(?:also\\s+|has\\s+|had\\s+|have\\s+|would\\s+|will\\s+|later\\s+|then\\s+|was\\s+quoted\\s+as\\s+|were\\s+quoted\\s+as\\s+)?(?:${SPEECH})\\b)`);
/** "said X", "said Defense Secretary X", "according to the X", "quoted X as saying". */
const BEFORE = new RegExp(`(?:\\b(?:${SPEECH}|quoted|quoting)\\s+(?:the\\s+)?(?:[A-Z][\\w.'’-]*\\s+){0,4}|\\b[Aa]ccording\\s+to\\s+(?:the\\s+)?(?:[A-Z][\\w.'’-]*\\s+){0,4})$`);
/** Named as someone's affiliation or the object of a preposition: "chairman of the X said". */
const IN_PASSING = /\b(?:of|for|at|with|from|by|to|in|on|aboard|about|against)\s+(?:the\s+)?(?:[A-Z][\w.'’-]*\s+){0,3}$/;
/** Last words that make a name a thing or a body, never a person "he" could stand for. */
const GENERIC = /^(?:flight|corps|commission|department|ministry|agency|company|corporation|group|party|union|council|committee|association|service|office|board|bank|court|government|administration|army|navy|force|forces|police|university|institute|organi[sz]ation|airlines?|airways|times|post|news|press|agency|fund|program|programme|plan|act|bill|treaty|convention|summit|station|river|dam|bridge|plane|ship|aircraft|project|system)$/i;

/** A sentence's opening word glued to a name ("Although Hatch"): a fragment, not a name. */
const NOT_A_NAME = /^(?:Although|Though|But|And|Or|When|While|Whilst|After|Before|If|As|Since|Because|The|A|An|In|On|At|For|With|Without|Meanwhile|However|Then|So|Yet|Also|Still|Even|Only|Both|This|That|These|Those|Why|What|How|Where|Who|Despite|During|Under|Over|Among|Until|Unless|Like|Once|From|By|To|Of|It|He|She|They|We|I)$/;

/** The names a papers line says it quotes ("It quotes A, B and C."). */
export function quotedNames(line: string): string[] {
  const m = /\bquotes\s+(.+?)\.?$/.exec(line.trim());
  if (!m?.[1]) return [];
  return m[1].split(/\s*,\s*(?:and\s+)?|\s+and\s+/).map((x) => x.trim()).filter(Boolean);
}

/** Whether `name` speaks in `text`. */
export function speaks(name: string, text: string): boolean {
  const t = flat(text);
  const words = name.split(/\s+/);
  const last = words[words.length - 1] ?? '';
  const person = !GENERIC.test(last);
  const forms = [name];
  if (words.length >= 2 && person && last.length >= 3) forms.push(last);
  if (words.length >= 3 && person) forms.push(words.slice(-2).join(' '));
  for (const form of forms) {
    for (const m of t.matchAll(new RegExp(`(?<![\\w'])${escapeRe(form)}(?![\\w])`, 'g'))) {
      const i = m.index ?? 0;
      const before = t.slice(Math.max(0, i - 80), i);
      const after = t.slice(i + form.length, i + form.length + 160);
      if (BEFORE.test(before)) return true;
      if (IN_PASSING.test(before)) continue;
      if (AFTER.test(after)) return true;
      // "X … . He said …": a person named, then a pronoun speaking in the same or the next sentence.
      if (person && new RegExp(`^[^.]*\\.?[^.]*?\\b(?:he|she)\\s+(?:also\\s+)?(?:${SPEECH})\\b`, 'i').test(after)) return true;
    }
  }
  return false;
}

export const quotesSpeakers: PageRule = {
  id: 'quotes-speakers',
  check(page) {
    const out: string[] = [];
    for (const row of page.papers.rows) {
      const text = page.sourceText[row.url] ?? '';
      for (const line of row.lines) {
        for (const name of quotedNames(line.text)) {
          if (NOT_A_NAME.test(name.split(/\s+/)[0] ?? '')) out.push(`${row.outlet}'s row: "quotes ${name}" is a name fragment glued to "${name.split(/\s+/)[0]}"`);
          else if (/['’]s?$/.test(name)) out.push(`${row.outlet}'s row: "quotes ${name}" is a possessive fragment, not a speaker`);
          else if (text && !speaks(name, text)) out.push(`${row.outlet}'s row: "quotes ${name}" but ${name} says nothing in its text`);
        }
      }
    }
    return out;
  },
};

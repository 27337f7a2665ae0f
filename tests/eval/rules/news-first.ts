/**
 * What's happened opens with the news the sources share, not a feature's scene-setting lede. When
 * there are other sources, its first sentence shares content words (names, numbers, key nouns) with
 * at least one of them, and it is not a line only the reader's article has that names no one and
 * gives no number ("The river was high that morning.").
 */
import type { PageRule } from './page';
import { flat, keyOf, short } from './text';

const STOP = new Set(
  'about above after again against almost along already also although always among another because before being below between both could during each either every first from further have having here however into itself just last later least less many might more most much must near never next other others over perhaps quite rather really same several should since some still such than that their theirs them then there these they thing things this those though through today under until very were what when where whether which while whom whose will with within without would year years your said says told people there'.split(' '),
);

/** Names (capitalised words past the first) and numbers: what a news sentence carries. */
export function namesAndNumbers(sentence: string): string[] {
  const words = flat(sentence).replace(/^[^\w]+/, '').split(/\s+/);
  const out: string[] = [];
  words.forEach((w, i) => {
    const bare = w.replace(/^[^\w]+|[^\w]+$/g, '').replace(/['’]s$/, '');
    if (/\d/.test(bare)) out.push(bare);
    else if (i > 0 && /^[A-Z][\w-]*$/.test(bare) && !/^(?:I|A|An|The)$/.test(bare)) out.push(bare);
    else if (i === 0 && /^[A-Z]{2,}$/.test(bare)) out.push(bare);
  });
  return out;
}

/** The words a sentence is about: its names and numbers, and nouns-ish words of five letters or more. */
function contentWords(sentence: string): Set<string> {
  const out = new Set(namesAndNumbers(sentence).map((w) => w.toLowerCase()));
  for (const w of flat(sentence).toLowerCase().match(/[a-z][a-z-]{4,}/g) ?? []) if (!STOP.has(w) && !/(?:ly|ing|ed)$/.test(w)) out.add(w);
  return out;
}

export const newsFirst: PageRule = {
  id: 'news-first',
  check(page) {
    const first = page.happened[0];
    const others = page.sources.filter((s) => s.url !== page.readerUrl).map((s) => page.sourceText[s.url] ?? '').filter(Boolean);
    if (!first || !others.length) return [];
    const why: string[] = [];
    const k = keyOf(first.text);
    const onlyReader = !others.some((t) => keyOf(t).includes(k));
    if (onlyReader && !namesAndNumbers(first.text).length) why.push("only the reader's article has it, and it names no one and gives no number");
    const words = [...contentWords(first.text)];
    const shared = Math.max(
      ...others.map((t) => {
        const text = ` ${flat(t).toLowerCase().replace(/[^\w\s-]/g, ' ')} `;
        return words.filter((w) => text.includes(` ${w} `) || text.includes(` ${w}s `)).length;
      }),
    );
    if (shared < 2) why.push(`it shares ${shared === 0 ? 'no' : 'only one'} name, number or key word with any other source`);
    const out = why.length ? [`What's happened opens with "${short(first.text)}": ${why.join('; ')}`] : [];
    return out;
  },
};

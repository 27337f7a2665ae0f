/**
 * Every "differs" item compares the same quantity of the same thing: two or more outlets, each value
 * stated in its own outlet's sentence, the values not all equal, every sentence naming the quantity
 * (the item's words), and the sentences about one thing (each shares a content word, beyond the
 * quantity's, with another of them).
 */
import { numbersIn } from './agreed-is-shared';
import type { PageRule, PageView } from './page';
import { short } from './text';

const STOP = new Set('the a an and or of in on at to for by with from as is was were are be been has have had that this which who it its their than more less about least most some other others said says after before over under into people per cent percent'.split(' '));
/** One word for one quantity: the ways newswire says people died. */
const SAME: Record<string, string> = { dead: 'kill', die: 'kill', died: 'kill', death: 'kill', deaths: 'kill', fatalities: 'kill', lives: 'kill' };
const stem = (w: string) => SAME[w.toLowerCase()] ?? w.toLowerCase().replace(/(?:ing|ed|es|s)$/, '').slice(0, 6);
const wordsOf = (t: string) => new Set((t.toLowerCase().match(/\p{L}{3,}/gu) ?? []).filter((w) => !STOP.has(w)).map(stem));
const outletOf = (page: PageView, url: string) => page.sources.find((s) => s.url === url)?.outlet ?? url;

export const differsSameQuantity: PageRule = {
  id: 'differs-same-quantity',
  check(page) {
    const out: string[] = [];
    for (const d of page.papers.differs ?? []) {
      const what = wordsOf(d.what);
      const outlets = new Set(d.values.flatMap((v) => v.quote.cites.map((u) => outletOf(page, u))));
      if (d.values.length < 2 || outlets.size < 2) out.push(`differs "${d.what}" compares fewer than two outlets`);
      const nums = d.values.map((v) => numbersIn(v.value).join(','));
      if (new Set(nums).size < 2) out.push(`differs "${d.what}": the values do not differ (${d.values.map((v) => v.value).join(' / ')})`);
      if (!what.size) out.push(`differs "${d.what}" does not say what is compared`);
      for (const v of d.values) {
        const inQuote = numbersIn(v.value).every((n) => numbersIn(v.quote.text).includes(n));
        if (!inQuote) out.push(`differs "${d.what}": ${v.value} is not in its sentence "${short(v.quote.text)}"`);
        const words = wordsOf(v.quote.text);
        const missing = [...what].filter((w) => !words.has(w));
        if (missing.length) out.push(`differs "${d.what}": "${short(v.quote.text)}" is not about ${d.what}`);
      }
      // The same thing: each sentence shares a word beyond the quantity's with another one.
      const rest = d.values.map((v) => new Set([...wordsOf(v.quote.text)].filter((w) => !what.has(w))));
      rest.forEach((r, i) => {
        if (!rest.some((o, j) => j !== i && [...r].some((w) => o.has(w)))) out.push(`differs "${d.what}": "${short(d.values[i]!.quote.text)}" shares nothing with the others beyond the quantity: another thing`);
      });
    }
    return out;
  },
};

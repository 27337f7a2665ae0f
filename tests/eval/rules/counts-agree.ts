/**
 * Every sentence that counts outlets or articles agrees with what the page lists. Only the page's
 * own lines count the coverage: a sentence lifted verbatim from a source counts things in the world
 * ("two articles of impeachment", "three reports by the inspector"), not the page's sources.
 */
import { allSentences, type PageRule } from './page';
import { isLifted } from './text';

const NUMBER: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12, both: 2 };
const numberOf = (w: string) => (/^\d+$/.test(w) ? Number(w) : NUMBER[w.toLowerCase()]);
const OUTLETS = /\b(\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(?:news\s+)?(outlets?|newspapers?|papers|publications|news organi[sz]ations)\b/gi;
const ARTICLES = /\b(\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(articles?|reports?|stories)\b/gi;
const OF_THEM = /\b(\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|both|all)\s+of\s+them\b/gi;

export const countsAgree: PageRule = {
  id: 'counts-agree',
  check(page) {
    const out: string[] = [];
    const outlets = new Set(page.sources.map((s) => s.outlet)).size;
    const articles = page.sources.length;
    // The last count the page stated: "2 outlets cover this story … Three of them" contradicts it.
    let stated: number | undefined;
    for (const { where, s } of allSentences(page)) {
      if (isLifted(page, s)) continue;
      for (const m of s.text.matchAll(OUTLETS)) {
        stated = numberOf(m[1] ?? '');
        if (stated !== undefined && stated !== outlets) out.push(`${where}: "${m[0]}" but the page lists ${outlets} outlet${outlets === 1 ? '' : 's'}`);
      }
      for (const m of s.text.matchAll(ARTICLES)) {
        const n = numberOf(m[1] ?? '');
        if (n !== undefined && n !== articles) out.push(`${where}: "${m[0]}" but the page lists ${articles} article${articles === 1 ? '' : 's'}`);
      }
      for (const m of s.text.matchAll(OF_THEM)) {
        const n = m[1]?.toLowerCase() === 'all' ? undefined : numberOf(m[1] ?? '');
        const whole = stated ?? outlets;
        if (n !== undefined && n > whole) out.push(`${where}: "${m[0]}" of only ${whole}`);
      }
    }
    return out;
  },
};

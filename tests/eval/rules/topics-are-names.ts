/**
 * Every name the encyclopedia is asked about is a name in full: never a pronoun, a contraction, or
 * a first name alone (a word the sources use mostly as the first word of a longer name, "Roy" of
 * "Roy Keane").
 */
import type { PageRule } from './page';

const PRONOUNS = new Set(['i', 'he', 'she', 'it', 'we', 'they', 'you', 'him', 'her', 'them', 'us', 'me', 'his', 'its', 'their', 'our', 'this', 'that', 'these', 'those']);

export const topicsAreNames: PageRule = {
  id: 'topics-are-names',
  check(page) {
    const text = Object.values(page.sourceText).join('\n');
    const out: string[] = [];
    for (const name of page.asked) {
      const n = name.trim();
      if (/['’]/.test(n) && /^[A-Za-z]+['’](m|s|re|ve|ll|d|t)$/i.test(n)) out.push(`"${n}" is a contraction`);
      else if (PRONOUNS.has(n.toLowerCase())) out.push(`"${n}" is a pronoun`);
      else if (/^\p{Lu}\p{Ll}+$/u.test(n)) {
        const all = [...text.matchAll(new RegExp(`\\b${n}\\b`, 'g'))].length;
        const first = [...text.matchAll(new RegExp(`\\b${n}\\s+(?:\\p{Lu}\\.\\s+)?\\p{Lu}\\p{Ll}+`, 'gu'))].length;
        if (all > 0 && first / all >= 0.5) out.push(`"${n}" is a first name alone (the sources write it as part of a longer name ${first} of ${all} times)`);
      }
    }
    return out;
  },
};

/**
 * A heading is a phrase a reader would write: never a generic category label glued to names
 * ("Politics and power: Home and Bush administration"), and every name in it whole, as the sources
 * write it ("Ana Pueblo" where they say "Santa Ana Pueblo" is a cut name).
 */
import type { PageRule } from './page';

/** "Label: X and Y" — a category, a colon, then a list of names. */
const LABEL_GLUED = /^[\p{Lu}][\p{Ll} ]+(?: and [\p{Ll} ]+)?:\s+\p{Lu}[\p{L}.'’ -]*\s+and\s+\p{Lu}/u;
/** Runs of capitalised words (a name), at least two words long. */
const NAMES = /\p{Lu}[\p{L}’'-]+(?:\s+\p{Lu}[\p{L}’'-]+)+/gu;

export const headingsArePhrases: PageRule = {
  id: 'headings-are-phrases',
  check(page) {
    const text = Object.values(page.sourceText).join('\n');
    const out: string[] = [];
    for (const { heading } of page.themes) {
      if (LABEL_GLUED.test(heading)) out.push(`"${heading}" is a category label glued to names`);
      for (const m of heading.matchAll(NAMES)) {
        const name = m[0];
        if (m.index === 0 && !name.includes(' ')) continue;
        const uses = [...text.matchAll(new RegExp(`(\\p{Lu}[\\p{L}’'-]+\\s+)?${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`, 'gu'))];
        // Cut: every time the sources use the name, a capitalised word stands right before it.
        if (uses.length && uses.every((u) => u[1] && !/^(The|A|An|In|On|At|Of|For|And|But|By|With|From|To|As|After|Before)\s+$/.test(u[1]))) {
          out.push(`"${heading}": "${name}" is cut (the sources write "${(uses[0]?.[1] ?? '') + name}")`);
        }
      }
    }
    return out;
  },
};

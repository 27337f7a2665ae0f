/** Plain text of an article element: paragraphs kept as paragraphs, separated by blank lines. */
import { RULES, needsDictionary, tokens } from '../tokens';

const BLOCK = new Set([
  'P', 'DIV', 'SECTION', 'ARTICLE', 'MAIN', 'HEADER', 'FOOTER', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6',
  'LI', 'UL', 'OL', 'DL', 'DT', 'DD', 'BLOCKQUOTE', 'PRE', 'TABLE', 'TR', 'TD', 'TH', 'TBODY', 'THEAD',
  'FIGURE', 'FIGCAPTION', 'HR', 'ADDRESS', 'DETAILS', 'SUMMARY',
]);
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'svg', 'SVG', 'BUTTON', 'SELECT', 'OPTION', 'IFRAME', 'OBJECT']);

export function blocksToText(root: ParentNode): string {
  const paras: string[] = [];
  let current = '';
  const flush = () => {
    const t = current.replace(/[ \t\r\n\f\u00a0]+/g, ' ').trim();
    // A line of bare punctuation is what is left of removed credits (", " between two names); a
    // "___" rule the writer typed stays, as the page shows it.
    if (/[\p{L}\p{N}_]/u.test(t)) paras.push(t);
    current = '';
  };
  const walk = (node: Node) => {
    for (let n = node.firstChild; n; n = n.nextSibling) {
      if (n.nodeType === 3) current += n.nodeValue ?? '';
      else if (n.nodeType === 1) {
        const tag = (n as Element).tagName.toUpperCase();
        if (SKIP.has(tag) || SKIP.has((n as Element).tagName)) continue;
        if (tag === 'BR') { current += ' '; continue; }
        if (BLOCK.has(tag)) {
          flush();
          walk(n);
          flush();
        } else {
          walk(n);
        }
      }
    }
  };
  walk(root as unknown as Node);
  flush();
  return paras.join('\n\n');
}

/** Its own copy of the `fast` rule: a global expression carries its position between uses. */
const FAST_COUNT = new RegExp(RULES.fast.source, RULES.fast.flags);

/**
 * Words of a text in any script, as a reader counts them: Intl.Segmenter for scripts written
 * without spaces (Chinese, Japanese, Thai), letter runs elsewhere (the one tokeniser, tokens.ts),
 * never a space split, which calls a Thai paragraph one word.
 */
export function countWords(text: string, lang?: string | null): number {
  // Scripts without spaces need the segmenter's dictionary: the tokeniser's words, counted.
  if (needsDictionary(text)) return tokens(text, { lang: lang ?? 'en', rule: 'fast' }).length;
  // Elsewhere the tokeniser's `fast` rule, counted where it matches rather than collected into a
  // list: the words of every paragraph, link and hidden element are counted, and the list (with
  // the NFC pass, which cannot change a count: marks stay inside their word) was a tenth of the
  // page's extraction time.
  const rule = FAST_COUNT;
  rule.lastIndex = 0;
  let n = 0;
  while (rule.exec(text)) n++;
  return n;
}

/** The most text we store and hand on: a whole book's worth, far beyond any article. */
export const MAX_TEXT_CHARS = 500_000;

/** The text cut at the last paragraph break within `max` characters (or at `max` when there is none), and whether it was cut. */
export function capText(text: string, max = MAX_TEXT_CHARS): { text: string; truncated: boolean } {
  if (text.length <= max) return { text, truncated: false };
  const at = text.lastIndexOf('\n\n', max);
  return { text: text.slice(0, at > max / 2 ? at : max).trimEnd(), truncated: true };
}

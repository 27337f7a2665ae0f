/** Plain text of an article element: paragraphs kept as paragraphs, separated by blank lines. */

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

/** Pages no extension may read, and how to say so to the reader. */
const UNREADABLE = /^(chrome|chrome-extension|edge|about|moz-extension|view-source|devtools|file|data|javascript):/i;

export function unreadableReason(url: string | undefined): string | null {
  if (!url) return 'Parallax cannot read this page.';
  if (UNREADABLE.test(url)) return 'This is a browser or local page, which extensions are not allowed to read.';
  if (/^https:\/\/(chrome\.google\.com\/webstore|chromewebstore\.google\.com|addons\.mozilla\.org)/.test(url)) return 'Browser stores do not allow extensions to read their pages.';
  if (/\.pdf(\?|#|$)/i.test(url)) return 'This is a PDF, not a web page Parallax can read yet.';
  return null;
}

/** Pages no extension may read, and how to say so to the reader. */
const UNREADABLE = /^(chrome|chrome-extension|edge|about|moz-extension|view-source|devtools|file|data|javascript):/i;

export function unreadableReason(url: string | undefined): string | null {
  // Chrome hides the address of pages no extension may read.
  if (!url) return 'This looks like a browser page (settings, the Web Store, a new tab) or a file, which extensions are not allowed to read.';
  if (UNREADABLE.test(url)) return 'This is a browser or local page, which extensions are not allowed to read.';
  if (/^https:\/\/(chrome\.google\.com\/webstore|chromewebstore\.google\.com|addons\.mozilla\.org)/.test(url)) return 'Browser stores do not allow extensions to read their pages.';
  if (/\.pdf(\?|#|$)/i.test(url)) return 'This is a PDF, not a web page Parallax can read yet.';
  return null;
}

import { browser } from 'wxt/browser';

/** The host permission pattern for a URL's site. */
export function originPattern(url: string): string {
  return `${new URL(url).origin}/*`;
}

/** Whether the reader has allowed Parallax to read this site (an optional host permission). */
export function mayRead(url: string): Promise<boolean> {
  return browser.permissions.contains({ origins: [originPattern(url)] }).catch(() => false);
}

import { browser } from 'wxt/browser';
import { hostPermission } from '@/utils/core/url';

/** Whether the reader has allowed Parallax to read this site (an optional host permission). */
export function mayRead(url: string): Promise<boolean> {
  return browser.permissions.contains({ origins: [hostPermission(url)] }).catch(() => false);
}

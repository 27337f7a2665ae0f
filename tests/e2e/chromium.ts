/**
 * Finding a Chromium that loads unpacked extensions (branded Chrome 137+ ignores
 * --load-extension). On Debian as root we install it ourselves, and say so.
 */
import { ensureBrowser, findBrowser, installHint, type BrowserSpec } from './installed-browser';

const CHROMIUM: BrowserSpec = {
  label: 'Chromium',
  env: 'CHROMIUM_PATH',
  candidates: ['/usr/lib/chromium/chromium', '/usr/lib/chromium-browser/chromium-browser', '/usr/bin/chromium', '/usr/bin/chromium-browser', '/snap/bin/chromium'],
  aptPackages: ['chromium', 'fonts-liberation'],
};
export const INSTALL_HINT = installHint(CHROMIUM);
export const findChromium = (): string | null => findBrowser(CHROMIUM);
export const ensureChromium = (): string => ensureBrowser(CHROMIUM);

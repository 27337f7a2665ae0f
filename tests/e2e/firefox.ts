/**
 * Finding a stock Firefox to drive over WebDriver BiDi: Debian's firefox-esr (MV3 sidebar builds
 * need 140 or later). On Debian as root we install it ourselves, and say so, as for Chromium.
 */
import { ensureBrowser, findBrowser, installHint, type BrowserSpec } from './installed-browser';

const FIREFOX: BrowserSpec = {
  label: 'Firefox',
  env: 'FIREFOX_PATH',
  candidates: ['/usr/bin/firefox-esr', '/usr/lib/firefox-esr/firefox-esr', '/usr/bin/firefox', '/usr/lib/firefox/firefox'],
  aptPackages: ['firefox-esr'],
};
export const FIREFOX_INSTALL_HINT = installHint(FIREFOX);
export const findFirefox = (): string | null => findBrowser(FIREFOX);
export const ensureFirefox = (): string => ensureBrowser(FIREFOX);

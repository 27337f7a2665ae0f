/**
 * What Parallax asks for at install (issue 14): only the fixed hosts of its default sources, each
 * named; everything else — a feed the reader adds, a linked page, a site explained as they browse,
 * an AI endpoint — is an optional permission for that one site, asked at that moment, http included.
 */
import { describe, expect, it } from 'vitest';
import config from '../../wxt.config';
import { DEFAULT_SOURCE_HOSTS } from '../../utils/settings/defaults';
import { hostPermission } from '../../utils/core/url';

type Manifest = { permissions?: string[]; host_permissions?: string[]; optional_host_permissions?: string[]; optional_permissions?: string[] };
const manifestFor = async (browser: string): Promise<Manifest> =>
  (config.manifest as (env: unknown) => Manifest | Promise<Manifest>)({ browser, manifestVersion: 3, mode: 'production', command: 'build' });

describe('the shipped manifest', () => {
  for (const browser of ['chrome', 'firefox']) {
    it(`${browser}: required hosts are the default sources' own, nothing broad; any http or https site is optional`, async () => {
      const m = await manifestFor(browser);
      expect(new Set(m.host_permissions)).toEqual(new Set(DEFAULT_SOURCE_HOSTS));
      for (const host of m.host_permissions ?? []) expect(host, host).toMatch(/^https:\/\/[a-z0-9.-]+\.[a-z]{2,}\/\*$/);
      expect(m.permissions).not.toEqual(expect.arrayContaining(['tabs']));
      for (const p of m.permissions ?? []) expect(p).not.toMatch(/[*:<]|webRequest|history|cookies|debugger/);
      expect(new Set(m.optional_host_permissions)).toEqual(new Set(['https://*/*', 'http://*/*']));
      // Notifications for followed stories: asked only when the reader turns them on.
      expect(m.optional_permissions ?? []).toEqual(['notifications']);
    });
  }

  it('what is asked at the moment of use is one site, for http as for https, any port', () => {
    expect(hostPermission('http://local-paper.example:8080/story?id=1')).toBe('http://local-paper.example/*');
    expect(hostPermission('https://news.example/a')).toBe('https://news.example/*');
    expect(hostPermission('http://[::1]:11434/v1')).toBe('http://[::1]/*');
  });
});

/** Sites whose articles Parallax explains as the reader browses; each can be revoked. */
import { browser } from 'wxt/browser';
import { updateSettings, type Settings } from '@/utils/settings';
import { hostPermission } from '@/utils/core/url';

export function AutoSites({ settings }: { settings: Settings }) {
  const revoke = (origin: string) =>
    void browser.permissions
      .remove({ origins: [hostPermission(origin)] })
      .finally(() => updateSettings((s) => ({ ...s, autoExplainSites: s.autoExplainSites.filter((o) => o !== origin) })));
  return (
    <section className="section" aria-labelledby="sites">
      <h2 id="sites">Sites explained automatically</h2>
      {settings.autoExplainSites.length === 0 ? (
        <p>None. After explaining an article, the panel offers “Always explain on this site”.</p>
      ) : (
        <ul className="feed-list">
          {settings.autoExplainSites.map((o) => (
            <li key={o} className="feed">
              <span>{o}</span>
              <button type="button" className="link-button" onClick={() => revoke(o)}>
                Stop and revoke access
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

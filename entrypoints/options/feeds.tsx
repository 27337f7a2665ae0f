/** The reader's feeds: status of each, on/off, add (asking for that host at that moment), remove, OPML. */
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { browser } from 'wxt/browser';
import { clockTime, timeAgo } from '@/components/format';
import { feedStates } from '@/utils/db/reads';
import { feedsFromOpml, feedsToOpml } from '@/utils/sources/opml';
import { updateSettings, type FeedSubscription, type Settings } from '@/utils/settings';
import { hostPermission } from '@/utils/core/url';

/** Must run inside the click: Chrome only shows a permission prompt for a user gesture. */
function requestHosts(urls: string[]): Promise<boolean> {
  return browser.permissions.request({ origins: [...new Set(urls.map(hostPermission))] });
}

function setFeeds(change: (list: FeedSubscription[]) => FeedSubscription[]) {
  return updateSettings((s) => ({ ...s, sources: { ...s.sources, feeds: { ...s.sources.feeds, list: change(s.sources.feeds.list) } } }));
}

export function FeedSettings({ settings }: { settings: Settings }) {
  const states = useLiveQuery(feedStates, [], []);
  const [url, setUrl] = useState('');
  const [message, setMessage] = useState('');
  const list = settings.sources.feeds.list;
  const stateOf = (u: string) => states.find((s) => s.url === u);

  const add = (e: React.FormEvent) => {
    e.preventDefault();
    let parsed: URL;
    try {
      parsed = new URL(url.trim());
      if (!/^https?:$/.test(parsed.protocol)) throw new Error();
    } catch {
      return setMessage('That is not a web address.');
    }
    if (list.some((f) => f.url === parsed.href)) return setMessage('That feed is already in the list.');
    void requestHosts([parsed.href]).then((granted) => {
      if (!granted) return setMessage(`Parallax needs permission to read ${parsed.host} to use this feed.`);
      void setFeeds((l) => [...l, { url: parsed.href, name: parsed.hostname.replace(/^www\./, ''), enabled: true }]);
      setUrl('');
      setMessage(`Added ${parsed.href}. It is checked within the next poll.`);
    });
  };

  const importOpml = (file: File) =>
    void file.text().then((xml) => {
      let feeds: FeedSubscription[];
      try {
        feeds = feedsFromOpml(xml).filter((f) => !list.some((x) => x.url === f.url));
      } catch (error) {
        return setMessage(`That OPML file could not be read: ${error instanceof Error ? error.message : String(error)}`);
      }
      if (!feeds.length) return setMessage('No new feeds in that file.');
      void requestHosts(feeds.map((f) => f.url)).then((granted) => {
        if (!granted) return setMessage('Parallax needs permission for those sites to read their feeds.');
        void setFeeds((l) => [...l, ...feeds]);
        setMessage(`Imported ${feeds.length} feeds.`);
      });
    });

  const exportOpml = () => {
    const blob = new Blob([feedsToOpml(list)], { type: 'text/x-opml' });
    const a = document.createElement('a');
    a.href = URL.createObjectURL(blob);
    a.download = 'parallax-feeds.opml';
    a.click();
    URL.revokeObjectURL(a.href);
  };

  return (
    <section className="section" aria-labelledby="feeds">
      <h2 id="feeds">Your feeds</h2>
      <label className="row">
        <input
          type="checkbox"
          checked={settings.sources.feeds.enabled}
          onChange={(e) => {
            const on = e.target.checked;
            void updateSettings((s) => ({ ...s, sources: { ...s.sources, feeds: { ...s.sources.feeds, enabled: on } } }));
          }}
        />
        <span>
          Check these outlets' feeds every {settings.sources.feeds.pollMinutes} minutes, from this browser. Looking a story up in them sends
          nothing anywhere.
        </span>
      </label>
      <ul className="feed-list">
        {list.map((f) => {
          const st = stateOf(f.url);
          const status = !st?.lastFetchAt
            ? 'not checked yet'
            : st.failures
              ? `failing (${st.lastError ?? 'error'}), next try at ${clockTime(st.nextAttemptAt)}`
              : `ok, ${st.itemCount ?? 0} items, checked ${timeAgo(st.lastFetchAt)}`;
          return (
            <li key={f.url} className={st?.failures ? 'feed failing' : 'feed'}>
              <label className="row">
                <input type="checkbox" checked={f.enabled} onChange={(e) => {
                    const on = e.target.checked;
                    void setFeeds((l) => l.map((x) => (x.url === f.url ? { ...x, enabled: on } : x)));
                  }} />
                <span>
                  <strong>{f.name}</strong> {f.country && <span className="country">{f.country}</span>}
                  <br />
                  <span className="feed-url">{f.url}</span> · <span className="feed-status">{status}</span>
                </span>
              </label>
              <button type="button" className="icon-button" aria-label={`Remove ${f.name}`} onClick={() => void setFeeds((l) => l.filter((x) => x.url !== f.url))}>
                ×
              </button>
            </li>
          );
        })}
      </ul>
      <form onSubmit={add} className="add-feed">
        <label className="field">
          <span>Add a feed by its address</span>
          <input type="url" value={url} onChange={(e) => setUrl(e.target.value)} placeholder="https://example.com/rss.xml" />
        </label>
        <button type="submit">Add feed</button>
      </form>
      <p className="actions">
        <label className="file-button">
          Import OPML
          <input type="file" accept=".opml,.xml,text/xml" onChange={(e) => e.target.files?.[0] && importOpml(e.target.files[0])} />
        </label>
        <button type="button" className="secondary" onClick={exportOpml}>
          Export OPML
        </button>
      </p>
      {message && (
        <p role="status" className="message">
          {message}
        </p>
      )}
    </section>
  );
}

/** Recently explained stories, searchable; each opens from the cache with no network. */
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { timeAgo } from '@/components/format';
import { recentStories } from '@/utils/db/reads';
import { send } from '@/utils/messaging';
import { usePanel } from './store';
import { Followed } from './followed';

export function History() {
  const [q, setQ] = useState('');
  const go = usePanel((s) => s.go);
  const stories = useLiveQuery(() => recentStories(200), []);
  const needle = q.trim().toLowerCase();
  const shown = (stories ?? []).filter((s) => !needle || s.title.toLowerCase().includes(needle) || (s.article.siteName ?? '').toLowerCase().includes(needle));
  return (
    <section className="history" aria-labelledby="history-title" data-state="history">
      <h1 id="history-title" className="notice-title">
        History
      </h1>
      <Followed />
      <label className="search">
        <span className="visually-hidden">Search your stories</span>
        <input type="search" placeholder="Search your stories" value={q} onChange={(e) => setQ(e.target.value)} />
      </label>
      {stories && stories.length === 0 && <p className="empty">Stories you explain are kept here, on this device, and open without a network.</p>}
      <ul className="history-list">
        {shown.map((s) => (
          <li key={s.id}>
            <button type="button" className="history-open" onClick={() => go({ kind: 'story', storyId: s.id })}>
              <span className="history-title">{s.title}</span>
              <span className="date">
                {s.article.siteName ?? ''} · {timeAgo(s.lastOpenedAt)}
              </span>
            </button>
            <button type="button" className="icon-button" aria-label={`Delete “${s.title}”`} onClick={() => void send('deleteStory', { storyId: s.id })}>
              ×
            </button>
          </li>
        ))}
      </ul>
      {stories && stories.length > 0 && (
        <button type="button" className="link-button" onClick={() => confirm('Delete every story from this device?') && void send('clearHistory', {})}>
          Clear all
        </button>
      )}
    </section>
  );
}

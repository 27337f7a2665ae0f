/** The stories the reader follows, in History: news first, a note where a follow ended, and the choices for following. */
import { useLiveQuery } from 'dexie-react-hooks';
import { browser } from 'wxt/browser';
import { timeAgo } from '@/components/format';
import { followedStories } from '@/utils/db/reads';
import { send } from '@/utils/messaging';
import { followPrefsItem, type FollowPrefs } from '@/utils/story/follow-prefs';
import { usePanel } from './store';

function useFollowPrefs(): FollowPrefs | undefined {
  return useLiveQuery(() => followPrefsItem.getValue(), []);
}

async function setPrefs(change: Partial<FollowPrefs>): Promise<void> {
  await followPrefsItem.setValue({ ...(await followPrefsItem.getValue()), ...change });
}

/** Notifications need their permission: asked for here, inside the reader's click. */
async function turnNotify(on: boolean): Promise<void> {
  if (on && !(await browser.permissions.request({ permissions: ['notifications'] }))) return;
  await setPrefs({ notify: on });
}

export function Followed() {
  const go = usePanel((s) => s.go);
  const follows = useLiveQuery(() => followedStories(), []);
  const prefs = useFollowPrefs();
  if (!follows?.length) return null;
  const sorted = [...follows].sort((a, b) => Number(Boolean(a.ended)) - Number(Boolean(b.ended)) || b.news.length - a.news.length);
  return (
    <section className="followed" aria-labelledby="followed-title" data-testid="followed">
      <h2 id="followed-title">Stories you follow</h2>
      <p className="empty">Checked at every feed poll, on this device.</p>
      <ul className="history-list">
        {sorted.map((f) => (
          <li key={f.storyId} data-story-id={f.storyId}>
            <button type="button" className="history-open" onClick={() => go({ kind: 'story', storyId: f.storyId })}>
              <span className="history-title">{f.title}</span>
              <span className="date">
                {f.ended ? f.ended.reason : f.news.length ? `${f.news.length} new ${f.news.length === 1 ? 'article' : 'articles'}` : `followed ${timeAgo(f.followedAt)}`}
              </span>
            </button>
            <button type="button" className="icon-button" aria-label={`Unfollow “${f.title}”`} onClick={() => void send('unfollowStory', { storyId: f.storyId })}>
              ×
            </button>
          </li>
        ))}
      </ul>
      {prefs && (
        <>
          <label>
            <input type="checkbox" checked={prefs.notify} onChange={(e) => void turnNotify(e.target.checked)} /> Notify me when a followed story has news
          </label>
          <label>
            <input type="checkbox" checked={prefs.askSearch} onChange={(e) => void setPrefs({ askSearch: e.target.checked })} /> Also ask GDELT and Google News about followed
            stories (sends a few keywords of each story, never its address, at each poll; off in feeds-only mode)
          </label>
        </>
      )}
    </section>
  );
}

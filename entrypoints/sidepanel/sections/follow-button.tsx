/** Follow / unfollow on the story page; opening a followed story with news marks that news read. */
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import { readFollow } from '@/utils/db/reads';
import { send } from '@/utils/messaging';

export function FollowButton({ storyId }: { storyId: string }) {
  const follow = useLiveQuery(() => readFollow(storyId), [storyId]);
  const [error, setError] = useState<string | null>(null);
  const following = Boolean(follow && !follow.ended);
  const hasNews = Boolean(follow?.news.length);
  useEffect(() => {
    if (hasNews) void send('followSeen', { storyId });
  }, [storyId, hasNews]);
  const toggle = async () => {
    const r = await send(following ? 'unfollowStory' : 'followStory', { storyId });
    setError(r.ok ? null : r.error);
  };
  return (
    <>
      <button type="button" className="link-button" data-testid="follow" aria-pressed={following} onClick={() => void toggle()}>
        {following ? 'Following · Unfollow' : 'Follow this story'}
      </button>
      {error && (
        <span className="warning" role="alert">
          {' '}
          {error}
        </span>
      )}
    </>
  );
}

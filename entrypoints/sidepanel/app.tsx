import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '@/utils/db';
import { send } from '@/utils/messaging';
import { StoryPage } from './sections/story-page';
import { useActiveTabView } from './use-active-tab';
import { Skeleton } from '@/components/Section';

function Notice({ title, children, action }: { title: string; children?: React.ReactNode; action?: React.ReactNode }) {
  return (
    <div className="notice" role="status" data-state={title}>
      <h1 className="notice-title">{title}</h1>
      {children}
      {action}
    </div>
  );
}

function StoryView({ storyId }: { storyId: string }) {
  const story = useLiveQuery(() => db().stories.get(storyId), [storyId]);
  if (story === undefined) return <Skeleton lines={6} label="Loading the story" />;
  return <StoryPage story={story} />;
}

export function App() {
  const { tabId, view, loaded } = useActiveTabView();
  if (!loaded) return <main className="panel" aria-busy="true" />;
  return (
    <main className="panel">
      {!view && (
        <Notice title="Explain the story you are reading">
          <p>
            Open a news article, then click the Parallax button in the toolbar or press <kbd>Ctrl</kbd>+<kbd>Shift</kbd>+<kbd>E</kbd>. Parallax
            reads the page only when you ask.
          </p>
        </Notice>
      )}
      {view?.kind === 'working' && (
        <div data-state="working">
          <p className="stage">Reading the article…</p>
          <Skeleton lines={5} label="Reading the article" />
        </div>
      )}
      {view?.kind === 'cant-read' && <Notice title="Parallax can't read this page"><p>{view.reason}</p></Notice>}
      {view?.kind === 'error' && <Notice title="Something went wrong"><p>{view.message}</p></Notice>}
      {view?.kind === 'not-article' && (
        <Notice
          title="This doesn't look like a news article"
          action={
            tabId !== null && (
              <button type="button" onClick={() => void send('explainTab', { tabId, force: true })}>
                Explain anyway
              </button>
            )
          }
        >
          <p>{view.reason}</p>
        </Notice>
      )}
      {view?.kind === 'story' && <StoryView storyId={view.storyId} />}
    </main>
  );
}

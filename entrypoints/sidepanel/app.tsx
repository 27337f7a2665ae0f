import { useLiveQuery } from 'dexie-react-hooks';
import { browser } from 'wxt/browser';
import { Skeleton } from '@/components/Section';
import { readStory } from '@/utils/db/reads';
import { send } from '@/utils/messaging';
import { hostPermission } from '@/utils/core/url';
import type { TabView } from '@/utils/tab-state';
import { FirstRun } from './first-run';
import { History } from './history';
import { NotArticle } from './not-article';
import { StoryPage } from './sections/story-page';
import { useRoute } from './store';
import { Toolbar } from './toolbar';
import { useActiveTabView } from './use-active-tab';
import { useResumeReading, useResumeUnfinished } from './use-resume';
import { useLanguageModelHost } from './use-language-model';
import { useSettings } from '@/utils/settings/use-settings';

function Notice({ state, title, children, action }: { state: string; title: string; children?: React.ReactNode; action?: React.ReactNode }) {
  return (
    <div className="notice" role="status" data-state={state}>
      <h1 className="notice-title">{title}</h1>
      {children}
      {action}
    </div>
  );
}

function StoryView({ storyId, autoSites }: { storyId: string; autoSites?: string[] }) {
  const story = useLiveQuery(() => readStory(storyId), [storyId], null);
  useResumeUnfinished(storyId, story?.stage);
  if (story === null) return <Skeleton lines={6} label="Loading the story" />;
  if (!story) return <Notice state="gone" title="This story is no longer saved">It was deleted from this device.</Notice>;
  return <StoryPage story={story} autoSites={autoSites} />;
}

function TabPage({ tabId, view, autoSites }: { tabId: number | null; view: TabView | null; autoSites?: string[] }) {
  useResumeReading(tabId, view?.kind);
  if (!view) {
    return (
      <Notice state="idle" title="Explain the story you are reading">
        <p>
          Open a news article, then click the Parallax button in the toolbar or press <kbd>Ctrl</kbd>+<kbd>Shift</kbd>+<kbd>E</kbd>. Parallax reads
          the page only when you ask — a click here can't give it access to the page.
        </p>
      </Notice>
    );
  }
  switch (view.kind) {
    case 'working':
      return (
        <div data-state="working">
          <p className="stage">Reading the article…</p>
          <Skeleton lines={5} label="Reading the article" />
        </div>
      );
    case 'cant-read':
      return (
        <Notice state="cant-read" title="Parallax can't read this page">
          <p>{view.reason}</p>
        </Notice>
      );
    case 'error':
      return (
        <Notice state="error" title="Something went wrong">
          <p>{view.message}</p>
        </Notice>
      );
    case 'not-article':
      return <NotArticle tabId={tabId} url={view.url} title={view.title} reason={view.reason} />;
    case 'story':
      return <StoryView storyId={view.storyId} autoSites={autoSites} />;
    case 'private-story':
      return (
        <>
          <p className="engine-note" role="note">
            {view.note}
          </p>
          <StoryPage story={view.story} />
        </>
      );
    case 'needs-access':
      return (
        <Notice
          state="needs-access"
          title={`Parallax needs to read ${view.host}`}
          action={
            tabId !== null && (
              <button
                type="button"
                onClick={() =>
                  // This click is the gesture Chrome needs to show its permission prompt.
                  void browser.permissions
                    .request({ origins: [hostPermission(view.linkUrl)] })
                    .then((granted) => {
                      if (granted) void send('explainLink', { tabId, url: view.linkUrl });
                    })
                }
              >
                Allow {view.host}
              </button>
            )
          }
        >
          <p>To explain the linked story, Parallax fetches that page itself. It only reads sites you allow.</p>
        </Notice>
      );
  }
}

export function App() {
  const { tabId, view, loaded } = useActiveTabView();
  const route = useRoute();
  const settings = useSettings();
  useLanguageModelHost(settings?.ai.engine === 'chrome-ai');
  return (
    <>
      <Toolbar />
      <main className="panel" aria-busy={!loaded}>
        {settings && !settings.firstRunSeen && <FirstRun settings={settings} />}
        {route.kind === 'history' && <History />}
        {route.kind === 'story' && <StoryView storyId={route.storyId} />}
        {route.kind === 'tab' && loaded && <TabPage tabId={tabId} view={view} autoSites={settings?.autoExplainSites} />}
      </main>
    </>
  );
}

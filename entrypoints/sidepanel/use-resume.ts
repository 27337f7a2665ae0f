import { useEffect } from 'react';
import { send } from '@/utils/messaging';

/** How often an unfinished story asks the background to finish it (a no-op while its job runs). */
const RESUME_EVERY_MS = 4000;

/**
 * While the shown story is unfinished, ask the background to finish it. Chrome may have stopped
 * the worker mid-job; a stopped worker is started again by this message, and runs the job again.
 */
export function useResumeUnfinished(storyId: string, stage: string | undefined): void {
  useEffect(() => {
    if (stage !== 'searching') return;
    const ask = () => void send('resumeStory', { storyId }).catch(() => undefined);
    const timer = setInterval(ask, RESUME_EVERY_MS);
    return () => clearInterval(timer);
  }, [storyId, stage]);
}

/**
 * While the tab is still being read, ask the background to finish reading it: a worker stopped
 * while the page was being read lost the page's answer, and nothing else would ask again.
 */
export function useResumeReading(tabId: number | null, kind: string | undefined): void {
  useEffect(() => {
    if (tabId === null || kind !== 'working') return;
    const ask = () => void send('resumeReading', { tabId }).catch(() => undefined);
    const timer = setInterval(ask, RESUME_EVERY_MS);
    return () => clearInterval(timer);
  }, [tabId, kind]);
}

/**
 * A panel that shows "Reading the article…" asks the background to finish the read (a worker
 * stopped mid-read lost the page's answer). Only the page the tab still shows is read again: a link
 * explained in the tab names another address, and a tab that navigated is not what was asked for.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { browser } from 'wxt/browser';
import { setTabView } from '../../utils/tab-state';

const explainTab = vi.fn(async () => undefined);
vi.mock('../../entrypoints/background/explain', () => ({ explainTab: (...a: unknown[]) => explainTab(...(a as [])) }));
const { markReading, resumeReading } = await import('../../entrypoints/background/resume');

const PAGE = 'http://127.0.0.14:8080/news/story';

describe('resumeReading', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    explainTab.mockClear();
  });

  async function tabShowing(url: string): Promise<number> {
    const tab = await browser.tabs.create({ url });
    return tab.id!;
  }

  it('reads again the page a stopped worker was reading', async () => {
    const id = await tabShowing(PAGE);
    await setTabView(id, { kind: 'working', url: PAGE, stage: 'extracting' });
    await resumeReading(id);
    expect(explainTab).toHaveBeenCalledWith(id, PAGE);
  });

  it('does nothing while this worker is still reading the tab', async () => {
    const id = await tabShowing(PAGE);
    await setTabView(id, { kind: 'working', url: PAGE, stage: 'extracting' });
    const release = markReading(id);
    await resumeReading(id);
    release();
    expect(explainTab).not.toHaveBeenCalled();
  });

  it('does not read the tab for a link explained in it, nor a tab that went elsewhere', async () => {
    const id = await tabShowing('http://127.0.0.14:8080/news/another-page');
    await setTabView(id, { kind: 'working', url: PAGE, stage: 'extracting' });
    await resumeReading(id);
    expect(explainTab).not.toHaveBeenCalled();
  });

  it('does nothing once the view is no longer "working"', async () => {
    const id = await tabShowing(PAGE);
    await setTabView(id, { kind: 'cant-read', url: PAGE, reason: 'x' });
    await resumeReading(id);
    expect(explainTab).not.toHaveBeenCalled();
  });
});

/**
 * Reading the tab after the reader's click (the soak's "can't read this page", issue 14): Chrome can
 * refuse the first injection for want of access although the click granted it; the page is asked
 * again before the reader is told Parallax has no access. A refusal that persists still says so.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { browser } from 'wxt/browser';
import { articleFromText } from '../../utils/core/article-from-text';
import { getTabView } from '../../utils/tab-state';
import { ACCESS_RETRY_MS, readTab } from '../../entrypoints/background/explain';

const URL_ = 'http://127.0.0.14:8080/news/story';
const article = articleFromText({ url: URL_, title: 'Nvidia to supply Korea', text: 'Nvidia will supply South Korea with 260,000 chips, Jensen Huang said in Gyeongju on Friday.' });
const refused = new Error('Cannot access contents of the page. Extension manifest must request permission to access the respective host.');
const noWait = async () => undefined;

describe('readTab', () => {
  let executeScript: ReturnType<typeof vi.fn>;
  beforeEach(() => {
    fakeBrowser.reset();
    executeScript = vi.fn();
    (browser as unknown as { scripting: unknown }).scripting = { executeScript };
  });

  it('a refusal for want of access right after the click: asked again, the page is read', async () => {
    executeScript.mockRejectedValueOnce(refused).mockResolvedValueOnce([{ result: { ok: true, article } }]);
    const read = await readTab(5, URL_, noWait);
    expect(read?.title).toBe(article.title);
    expect(executeScript).toHaveBeenCalledTimes(2);
    expect(await getTabView(5)).toBeNull();
  });

  it('a refusal that persists: the reader is told Parallax has no access, after a bounded number of tries', async () => {
    executeScript.mockRejectedValue(refused);
    expect(await readTab(6, URL_, noWait)).toBeNull();
    expect(executeScript).toHaveBeenCalledTimes(ACCESS_RETRY_MS.length + 1);
    expect(await getTabView(6)).toMatchObject({ kind: 'cant-read', reason: expect.stringMatching(/no access/) });
  });

  it('any other failure (the page navigated away) is not retried', async () => {
    executeScript.mockRejectedValue(new Error('Frame with ID 0 was removed.'));
    expect(await readTab(7, URL_, noWait)).toBeNull();
    expect(executeScript).toHaveBeenCalledTimes(1);
    expect(await getTabView(7)).toMatchObject({ kind: 'cant-read', reason: expect.stringMatching(/changed/) });
  });
});

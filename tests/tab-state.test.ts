/**
 * The panel following a tab's view: the first read and the change events race. Reproduced here
 * deterministically: the panel connects (its read is issued), the background writes the finished
 * story (its event arrives), and only then does the read answer, with the view from before.
 */
import { describe, expect, it } from 'vitest';
import { followTabView, type TabView } from '../utils/tab-state';

const working: TabView = { kind: 'working', url: 'https://news.example/a', stage: 'extracting', at: '2026-12-04T10:00:00Z' };
const story: TabView = { kind: 'story', url: 'https://news.example/a', storyId: 's1', at: '2026-12-04T10:00:01Z' };

function harness() {
  let answer!: (v: TabView | null) => void;
  let emit!: (v: TabView | null) => void;
  const io = {
    get: () => new Promise<TabView | null>((r) => (answer = r)),
    watch: (_tabId: number, cb: (v: TabView | null) => void) => {
      emit = cb;
      return () => (emit = () => undefined);
    },
  };
  const shown: (TabView | null)[] = [];
  const stop = followTabView(7, (v) => shown.push(v), io);
  return { shown, stop, answer: (v: TabView | null) => answer(v), emit: (v: TabView | null) => emit(v) };
}

const settle = () => new Promise((r) => setTimeout(r, 0));

describe('followTabView', () => {
  it('a read that answers after a newer change is dropped: the panel stays on the finished story', async () => {
    const h = harness();
    h.emit(story);
    h.answer(working);
    await settle();
    expect(h.shown.at(-1)).toEqual(story);
  });

  it('shows the first read when nothing changed meanwhile, then every change', async () => {
    const h = harness();
    h.answer(working);
    await settle();
    expect(h.shown).toEqual([working]);
    h.emit(story);
    expect(h.shown).toEqual([working, story]);
  });

  it('shows nothing after it was stopped', async () => {
    const h = harness();
    h.stop();
    h.answer(working);
    h.emit(story);
    await settle();
    expect(h.shown).toEqual([]);
  });
});

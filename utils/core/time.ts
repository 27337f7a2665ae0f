/** Days, and the window of dates a story's coverage is looked for in: one rule, used by every source. */

export const DAY_MS = 86_400_000;

/** Days between two instants (epoch ms or ISO strings); null when either is unknown or unreadable. */
export function daysApart(a: number | string | null | undefined, b: number | string | null | undefined): number | null {
  const ms = (x: number | string | null | undefined) => (x == null || x === '' ? NaN : typeof x === 'number' ? x : Date.parse(x));
  const d = Math.abs(ms(a) - ms(b)) / DAY_MS;
  return Number.isFinite(d) ? d : null;
}

/** Coverage of a story is looked for from two weeks before its date to one week after. */
export const STORY_WINDOW_DAYS = { before: 14, after: 7 } as const;

/** The story window around an instant (epoch ms), as epoch ms. */
export function storyWindow(anchor: number): { from: number; to: number } {
  return { from: anchor - STORY_WINDOW_DAYS.before * DAY_MS, to: anchor + STORY_WINDOW_DAYS.after * DAY_MS };
}

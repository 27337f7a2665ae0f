/** How we got here: sentences about what came before, and a timeline of dated events, oldest first. */
import { dayOf, datesIn } from '../core/dates';
import type { CoverageItem } from '../core/types';
import { rankedUnits, type StoryContext } from './context';
import { earlierEntries } from './earlier';
import type { StoryBrief } from './schema';

const BACKGROUND = /\b(had|has been|have been|since|previously|earlier this|last (?:year|month|week)|years? ago|began|begun|founded|established|history|historically|long|first|once|former|was|were|in (?:19|20)\d\d)\b/i;
const BACKGROUND_ALL = new RegExp(BACKGROUND, 'gi');
const MAX_TIMELINE = 8;
export function composeBackground(ctx: StoryContext, earlier: CoverageItem[] = []): StoryBrief['background'] {
  const published = new Map(ctx.docs.map((d) => [d.id, d.published ?? null]));
  const ranked = rankedUnits(ctx, { standalone: true });
  const paragraph = ranked
    .filter((r) => !ctx.used.has(r.unit.text) && BACKGROUND.test(r.unit.text) && !/["“”]/.test(r.unit.text))
    .map((r) => ({ ...r, cues: (r.unit.text.match(BACKGROUND_ALL) ?? []).length }))
    .sort((a, b) => b.relevance + 0.05 * b.cues - (a.relevance + 0.05 * a.cues) || a.unit.docId.localeCompare(b.unit.docId) || a.unit.index - b.unit.index)
    .slice(0, 3)
    .map((r) => ({ text: r.unit.text, cites: [r.unit.docId] }));
  for (const s of paragraph) ctx.used.add(s.text);

  // Dated events from the text: the most relevant sentence for each date.
  const byDate = new Map<string, { text: string; cites: string[]; relevance: number }>();
  for (const { unit, relevance } of ranked) {
    const dates = datesIn(unit.text, published.get(unit.docId));
    const [only] = dates;
    if (!only || dates.length !== 1 || /["“”]/.test(unit.text)) continue; // one sentence, one date: otherwise we cannot say which
    const date = only.date;
    if (!byDate.has(date)) byDate.set(date, { text: unit.text, cites: [unit.docId], relevance });
  }
  // Publication dates: the first headline of each day the story was reported.
  const days = new Map<string, { text: string; cites: string[] }>();
  for (const d of [...ctx.docs].sort((a, b) => (a.published ?? '').localeCompare(b.published ?? '') || a.id.localeCompare(b.id))) {
    const day = d.published ? dayOf(d.published) : null;
    if (day && !days.has(day)) days.set(day, { text: d.title, cites: [d.id] });
  }
  const events = [...byDate]
    .sort((a, b) => b[1].relevance - a[1].relevance || a[0].localeCompare(b[0]))
    .slice(0, MAX_TIMELINE - Math.min(days.size, 3))
    .map(([date, e]) => ({ date, text: e.text, cites: e.cites }));
  const taken = new Set(events.map((e) => e.date));
  for (const [date, e] of days) if (!taken.has(date) && events.length < MAX_TIMELINE) events.push({ date, ...e });
  const timeline = [...earlierEntries(earlier), ...events].sort((a, b) => a.date.localeCompare(b.date) || a.text.localeCompare(b.text));
  return { paragraph, timeline };
}

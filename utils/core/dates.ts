/**
 * Dates a sentence names, resolved against the date its article was published: "October 29",
 * "Oct. 29, 2025", "March 2024", "in 1938", "on Friday", "last year". Returns ISO-like strings of
 * the precision the text gives (YYYY, YYYY-MM or YYYY-MM-DD) so a timeline can sort them.
 */
import { group } from './narrow';

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH = '(Jan(?:uary|\\.)?|Feb(?:ruary|\\.)?|Mar(?:ch|\\.)?|Apr(?:il|\\.)?|May|June?|July?|Aug(?:ust|\\.)?|Sep(?:tember|t\\.|\\.)?|Oct(?:ober|\\.)?|Nov(?:ember|\\.)?|Dec(?:ember|\\.)?)';
const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const MONTH_DAY = new RegExp(`\\b${MONTH} (\\d{1,2})(?:st|nd|rd|th)?(?:,? (\\d{4}))?\\b`, 'g');
const MONTH_YEAR = new RegExp(`\\b${MONTH} (\\d{4})\\b`, 'g');
const FUTURE = /\b(will|would|is to|are to|scheduled|due|plans?|next|later|expected|upcoming)\b/i;

export interface DatedMention {
  date: string;
  /** What the date was found as ("October 29", "Friday"). */
  found: string;
}

const pad = (n: number) => String(n).padStart(2, '0');
const iso = (d: Date) => `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;

function monthIndex(m: string): number {
  return MONTHS.indexOf(m.slice(0, 3).toLowerCase());
}

/** Dates named in a sentence, anchored to its article's publication date (ISO) when one is known. */
export function datesIn(sentence: string, published?: string | null): DatedMention[] {
  const day = published ? dayOf(published) : null;
  const anchor = day ? new Date(`${day}T00:00:00Z`) : null;
  const valid = anchor && !Number.isNaN(anchor.getTime()) ? anchor : null;
  const year = valid?.getUTCFullYear();
  const out: DatedMention[] = [];
  const taken: [number, number][] = [];
  const free = (i: number, n: number) => !taken.some(([a, b]) => i < b && i + n > a);
  const add = (m: RegExpMatchArray, date: string) => {
    const i = m.index ?? 0;
    if (!free(i, m[0].length)) return;
    taken.push([i, i + m[0].length]);
    out.push({ date, found: m[0].trim() });
  };
  const future = FUTURE.test(sentence);
  for (const m of sentence.matchAll(MONTH_DAY)) {
    const mi = monthIndex(group(m, 1));
    let y = m[3] ? Number(m[3]) : year;
    if (!y) continue;
    // "December 3" in an article of January is most likely last year's, unless it is ahead.
    if (!m[3] && valid && mi > valid.getUTCMonth() + 1 && !future) y -= 1;
    add(m, `${y}-${pad(mi + 1)}-${pad(Number(group(m, 2)))}`);
  }
  for (const m of sentence.matchAll(MONTH_YEAR)) add(m, `${group(m, 2)}-${pad(monthIndex(group(m, 1)) + 1)}`);
  for (const m of sentence.matchAll(/\b(?:in|since|by|from|until|of|early|late|mid-?)\s+((?:19|20)\d\d)\b/g)) add(m, group(m, 1));
  if (valid) {
    for (const m of sentence.matchAll(/\b(?:on|last|this|next|late|early|since|until|by)?\s*(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/g)) {
      const target = WEEKDAYS.indexOf(group(m, 1).toLowerCase());
      const d = new Date(Date.UTC(valid.getUTCFullYear(), valid.getUTCMonth(), valid.getUTCDate()));
      const delta = (d.getUTCDay() - target + 7) % 7;
      const ahead = /^next\b/i.test(m[0].trim()) || (future && delta !== 0 && !/^last\b/i.test(m[0].trim()));
      d.setUTCDate(d.getUTCDate() + (ahead ? (target - d.getUTCDay() + 7) % 7 || 7 : -delta));
      add(m, iso(d));
    }
    for (const m of sentence.matchAll(/\blast year\b/gi)) add(m, String(valid.getUTCFullYear() - 1));
    for (const m of sentence.matchAll(/\b(\d+|two|three|four|five|ten) years ago\b/gi)) {
      const n = Number(m[1]) || ['two', 'three', 'four', 'five'].indexOf(group(m, 1).toLowerCase()) + 2 || 10;
      add(m, String(valid.getUTCFullYear() - n));
    }
  }
  return out;
}

/** The day an article came out, as YYYY-MM-DD (in the time zone it was published in). */
export function dayOf(published: string): string | null {
  const m = published.match(/^(\d{4}-\d{2}-\d{2})/);
  if (m) return group(m, 1);
  const d = new Date(published);
  return Number.isNaN(d.getTime()) ? null : iso(d);
}

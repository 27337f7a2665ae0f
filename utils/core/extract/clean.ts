/** Normalising what pages say about themselves: dates, bylines, languages. */

/** ISO 8601 with offset, or null when the value is not a believable date. */
export function normalizeDate(value: string | null | undefined, now = Date.now()): string | null {
  if (!value) return null;
  const v = value.trim();
  if (!/\d{4}|\d{1,2}\s+\p{L}+\s+\d{4}/u.test(v)) return null;
  const t = Date.parse(v);
  if (!Number.isFinite(t)) return null;
  const year = new Date(t).getUTCFullYear();
  if (year < 1990 || t > now + 2 * 86_400_000) return null;
  // Keep a declared offset as written; otherwise express the instant in UTC.
  if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?([+-]\d{2}:?\d{2})$/.test(v)) return v;
  return new Date(t).toISOString();
}

const JOB_TITLES = /\b(senior|chief|staff|special|foreign|political|business|technology|tech|economics|science|deputy|associate|contributing)?\s*(correspondent|reporter|editor|writer|journalist|columnist|analyst|producer|contributor)\b.*$/i;

export function cleanByline(raw: string | null | undefined): string | null {
  if (!raw) return null;
  const names = raw
    .replace(/\s+/g, ' ')
    .replace(/^\s*(by|from|written by|words by)\s+/i, '')
    .split(/\s*(?:,|\band\b|&|\|)\s*/i)
    .map((n) => n.replace(JOB_TITLES, '').replace(/^\s*by\s+/i, '').trim())
    .filter((n) => n && /\p{L}/u.test(n) && n.split(' ').length <= 5 && !/^https?:/.test(n));
  const unique = [...new Set(names)];
  return unique.length ? unique.join(', ') : null;
}

export function normalizeLang(raw: string | null | undefined): string | null {
  if (!raw) return null;
  const m = raw.trim().replace('_', '-').match(/^([a-z]{2,3})(-[a-z]{2,4})?/i);
  return m ? (m[1].toLowerCase() + (m[2] ? m[2].toUpperCase() : '')) : null;
}

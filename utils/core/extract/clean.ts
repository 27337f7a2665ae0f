/** Normalising what pages say about themselves: dates, bylines, languages. */

const MONTHS = /\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\b/i;

/** ISO 8601 with offset (`Z` for UTC), or null when the value is not a believable date. */
export function normalizeDate(value: string | null | undefined, now = Date.now()): string | null {
  if (!value) return null;
  let v = value.trim();
  // Compact offsets (+0200) and a space instead of the T, as pages often write them.
  const iso = v.match(/^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}:\d{2}(?::\d{2})?)(\.\d+)?\s*(Z|[+-]\d{2}:?\d{2})?)?$/i);
  if (iso) {
    const [, day, time, , zone] = iso;
    const offset = !zone ? 'Z' : zone.toUpperCase() === 'Z' ? 'Z' : zone.replace(/^([+-]\d{2})(\d{2})$/, '$1:$2');
    v = `${day}T${time ? (time.length === 5 ? time + ':00' : time) : '00:00:00'}${offset === '+00:00' ? 'Z' : offset}`;
    const t = Date.parse(v);
    return believable(t, now) ? v : null;
  }
  // Anything else must name a year and a month (in words or numbers) before Date.parse may guess.
  if (!/\b(19|20)\d{2}\b/.test(v) || !(MONTHS.test(v) || /\d{1,2}[./-]\d{1,2}[./-]\d{2,4}/.test(v))) return null;
  const t = Date.parse(v.replace(/\b(\d{1,2})(st|nd|rd|th)\b/, '$1').replace(/\s+at\s+/i, ' '));
  if (!believable(t, now)) return null;
  return new Date(t).toISOString().replace('.000Z', 'Z');
}

function believable(t: number, now: number): boolean {
  return Number.isFinite(t) && new Date(t).getUTCFullYear() >= 1990 && t <= now + 2 * 86_400_000;
}

const JOB_TITLES = /\b((?:senior|chief|staff|special|foreign|political|business|technology|tech|economics|science|deputy|associate|contributing|managing|national|international|health|sports?|news|digital|games?|gaming|entertainment|culture|arts?|music|film|movies?|travel|food|style|fashion|opinion|executive|assistant|weekend|features?|investigative|data|video|photo|world|environment|education|legal|security|politics|finance|markets?|lifestyle|books?|breaking)\s+)*(correspondent|reporter|editor|writer|journalist|columnist|analyst|producer|contributor|photographer|staff)\b.*$/i;

/** Degrees and suffixes that follow a name after a comma ("Jane Doe, MD"). */
const DEGREES = /^(m\.?a|m\.?d|ph\.?d|r\.?n|m\.?p\.?h|m\.?s\.?c?|b\.?s\.?c?|b\.?a|d\.?o|jr|sr|esq|mba|lcsw|rd)\.?$/i;
/** An outlet, a desk or a wire credited instead of a person. */
const OUTLET = /\b(news|staff|bureau|desk|wire services?|newsroom|team|editors|editorial board)$/i;

/** "JANE DOE" → "Jane Doe"; names already in mixed case are left as written. */
function nameCase(n: string): string {
  return n === n.toUpperCase() && /\p{Lu}{2}/u.test(n) ? n.toLowerCase().replace(/(^|[\s'-])(\p{L})/gu, (_, p, c) => p + c.toUpperCase()) : n;
}

export function cleanByline(raw: string | null | undefined): string | null {
  if (!raw) return null;
  const names = raw
    .replace(/(https?:\/\/|www\.)\S+/gi, ' ')
    .replace(/\s+/g, ' ')
    // A date, a time or a separator ends the names ("Jane Doe March 11, 2015 3:46 PM", "Jo • 8h").
    .split(/\s*(?:\d|•|·|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d)/i)[0]
    .replace(/^\s*(by|from|written by|words by|posted by|author:?|par|por|von|door|di|av)\s+/i, '')
    // "Jo Roe (avec Al Ode)" credits two; "Richard (R.J.) Eskow" is one name with a nickname.
    .replace(/\((?:avec|with|con|mit|com)\s+([^)]*)\)/gi, ', $1')
    .replace(/\([^)]*\)/g, ' ')
    .split(/\s*(?:,|;|\band\b|\bund\b|\bet\b|\by\b|\bavec\b|&|\||\/|\bwith\b)\s*/i)
    .map((n) => n.replace(JOB_TITLES, '').replace(/^\s*by\s+/i, '').replace(/^[^\p{L}]+|[^\p{L}.]+$/gu, '').trim())
    .filter((n) => n && /\p{L}/u.test(n) && !/^(our|the|by|por|par|von|staff|afp|reuters|ap)$/i.test(n) && !DEGREES.test(n) && !OUTLET.test(n) && !(n.length < 4 && n === n.toLowerCase()) && n.split(' ').length <= 5 && !/^https?:|www\.|@|\.com\b/i.test(n))
    .map(nameCase);
  const unique = [...new Map(names.map((n) => [n.toLowerCase(), n])).values()];
  return unique.length ? unique.join(', ') : null;
}

export function normalizeLang(raw: string | null | undefined): string | null {
  if (!raw) return null;
  const m = raw.trim().replace('_', '-').match(/^([a-z]{2,3})(-[a-z]{2,4})?/i);
  return m ? (m[1].toLowerCase() + (m[2] ? m[2].toUpperCase() : '')) : null;
}

/** The headline without the " | Site" or " - Site" tail many pages add to <title>. */
export function cleanTitle(raw: string, siteName: string | null): string {
  let t = raw.replace(/\s+/g, ' ').trim();
  if (siteName) {
    const esc = siteName.trim().replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    t = t.replace(new RegExp(`\\s+[|\\-–—:·•]\\s+${esc}\\s*$`, 'i'), '').replace(new RegExp(`^${esc}\\s+[|\\-–—:·•]\\s+`, 'i'), '');
  }
  return t;
}

export function cleanSiteName(raw: string | null | undefined): string | null {
  const t = raw?.replace(/\s+/g, ' ').trim();
  return t ? t : null;
}

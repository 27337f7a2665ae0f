/** Normalising what pages say about themselves: dates, bylines, languages. */
import { dropTagline } from './site';
import { group } from '../narrow';
import { escapeRegExp } from '../regexp';

/** A language tag's primary subtag ("de-AT" → "de"). */
export const primary = (lang: string) => lang.trim().toLowerCase().split(/[-_]/)[0];

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
const DEGREES = /^(m\.?a|m\.?d|ph\.?d|r\.?n|m\.?p\.?h|m\.?s\.?c?|b\.?s\.?c?|b\.?a|d\.?o|jr|sr|esq|mba|lcsw|rd|rdn|ld|ldn|cdn|cde|cdces|np|pa-c|aprn|dnp|fnp|crnp|lpn|cpt|cscs|ibclc|pharm\.?d|dds|dmd|dvm|dc|lmft|lpc|psyd|facp|facs|ii|iii|iv)\.?$/i;
/** Credentials written after a name without a comma ("Jane Doe MS RDN"), at the end; not after a name in capitals ("ANH DO"). */
const TRAILING_DEGREES = /(?:\s+(?:MD|PhD|RDN|RD|LDN|MS|MPH|MSc|CDE|CDCES|NP|DO|DDS|DVM|PharmD|RN|CPT|CSCS|IBCLC|LMFT|PsyD))+$/;
/** A link beside the name that lists the writer's other stories ("View More Articles", "More from Jane"). */
const AUTHOR_LINK_LABEL = /\s*\b(?:view|see|read|browse|all|more)\s+(?:all\s+|more\s+)?(?:articles|stories|posts|news)\b.*$|\s*\bmore\s+(?:articles\s+|stories\s+)?(?:by|from)\b.*$/i;
/** A month name glued to the name before it by markup with no space ("Carrie ArnoldNovember 15, 2019"). */
const GLUED_MONTH = /(?<=\p{Ll})(?=(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s*\d)/gu;
/** An outlet, a desk or a wire credited instead of a person. */
const OUTLET = /\b(news|staff|bureau|desk|wire services?|newsroom|team|editors|editorial board)$/i;

/** Beside capitalised words, a word in lower case that is no particle of a name ("Syrian defense ministries", not "Anna van der Berg"): not a person. */
const LOWER_WORD = /(^|\s)(?!(?:de|da|das|do|dos|del|della|di|du|der|den|van|von|ter|ten|la|le|el|al|bin|ibn|y|e|zu|af|av)\b)\p{Ll}+(\s|$)/u;

/** "JANE DOE" → "Jane Doe"; names already in mixed case are left as written. */
function nameCase(n: string): string {
  return n === n.toUpperCase() && /\p{Lu}{2}/u.test(n) ? n.toLowerCase().replace(/(^|[\s'-])(\p{L})/gu, (_, p, c) => p + c.toUpperCase()) : n;
}

export function cleanByline(raw: string | null | undefined): string | null {
  if (!raw) return null;
  const [beforeDate = ''] = raw
    .replace(/(https?:\/\/|www\.)\S+|\S+@\S+\.\w+/gi, ' ')
    // A handle beside the name ("Bryan DeArdo @BryanDeArdo") is the same person.
    .replace(/(^|\s)@\w+/g, ' ')
    .replace(/\s+/g, ' ')
    .replace(AUTHOR_LINK_LABEL, '')
    .replace(GLUED_MONTH, ' ')
    // A date, a time, a separator or a "Published" line ends the names ("Jane Doe March 11, 2015 3:46 PM", "Jo • 8h").
    .split(/\s*(?:\d|•|·|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d|\b(?:last\s+)?(?:published|updated|posted)\b)/i);
  // So does the end of a sentence: "Finian Cunningham. Sputnik International" names an affiliation.
  const [beforeSentenceEnd = ''] = beforeDate.split(/(?<!\b(?:Prof|Capt|Sgt|Gen|Col|Rev|Sen|Rep|Gov|Lieut|Cmdr))(?<=\p{Ll}{3})\.\s+(?=\p{Lu})/u);
  const names = beforeSentenceEnd
    .replace(/^\s*(?:(?:analysis|opinion|commentary|review|column|story|text|report(?:ing)?|interview|essay|photos?)\s+)?(by|from|written by|words by|posted by|author:?|par|por|von|door|di|av)\s+/i, '')
    // "Jo Roe (avec Al Ode)" credits two; "Richard (R.J.) Eskow" is one name with a nickname.
    .replace(/\((?:avec|with|con|mit|com)\s+([^)]*)\)/gi, ', $1')
    .replace(/\([^)]*\)/g, ' ')
    .split(/\s*(?:,|;|\band\b|\bund\b|\bet\b|\by\b|\bavec\b|&|\||\/|\bwith\b)\s*/i)
    // "Jerusalem Post Staff", "Science X staff": a desk, not a person.
    .filter((n) => !/\S\s+staff\s*$/i.test(n))
    .map((n) => n.replace(TRAILING_DEGREES, (d, at: number) => (/\p{Ll}/u.test(n.slice(0, at)) ? '' : d)).replace(JOB_TITLES, '').replace(/^\s*by\s+/i, '').replace(/^[^\p{L}]+|[^\p{L}.]+$/gu, '').trim())
    .filter((n) => n && /\p{L}/u.test(n) && !/^(our|the|by|por|par|von|staff|afp|reuters|ap)$/i.test(n) && !/^the\s/i.test(n) && !(/\p{Lu}/u.test(n) && LOWER_WORD.test(n)) && !DEGREES.test(n) && !OUTLET.test(n) && !(n.length < 4 && n === n.toLowerCase()) && n.split(' ').length <= 5 && !/^https?:|www\.|@|\.com\b/i.test(n))
    .map(nameCase);
  const unique = [...new Map(names.map((n) => [n.toLowerCase(), n])).values()];
  return unique.length ? unique.join(', ') : null;
}

export function normalizeLang(raw: string | null | undefined): string | null {
  if (!raw) return null;
  const m = raw.trim().replace('_', '-').match(/^([a-z]{2,3})(-[a-z]{2,4})?/i);
  return m ? (group(m, 1).toLowerCase() + (m[2] ? m[2].toUpperCase() : '')) : null;
}

/** The headline without the " | Site" or " - Site" tail many pages add to <title>. */
export function cleanTitle(raw: string, siteName: string | null): string {
  let t = raw.replace(/\s+/g, ' ').trim();
  if (siteName) {
    const esc = escapeRegExp(siteName.trim());
    t = t.replace(new RegExp(`\\s+[|\\-–—:·•]\\s+${esc}\\s*$`, 'i'), '').replace(new RegExp(`^${esc}\\s+[|\\-–—:·•]\\s+`, 'i'), '');
  }
  return t;
}

export function cleanSiteName(raw: string | null | undefined): string | null {
  const t = raw?.replace(/\s+/g, ' ').trim();
  return t ? t : null;
}

/**
 * The byline from what the page declares, else from what it shows. A declared author that is the
 * outlet itself or a wire ("Reuters", "Al Jazeera" on aljazeera.com) means no person is credited:
 * the answer is then none, not the next line that looks like a byline (often a dateline).
 */
export function chooseByline(declared: string | null | undefined, shown: (string | null | undefined)[], siteName: string | null, declaredOutlet = false): string | null {
  const site = siteName ? foldName(dropTagline(siteName) ?? siteName) : null;
  const people = (raw: string | null | undefined) => {
    const names = cleanByline(raw)?.split(', ').map((n) => dropOutletTail(n, site)).filter((n) => !(site && sameOutlet(foldName(n), site) && !personLike(n))) ?? [];
    return names.length ? names.join(', ') : null;
  };
  const fromMeta = people(declared);
  if (fromMeta) return fromMeta;
  if (declaredOutlet) {
    // The page types its author as the outlet, yet shows a person's author block: the person wrote it.
    const outlet = (n: string) => ORG_WORD.test(n) || (site !== null && sameOutlet(foldName(n), site)) || Boolean(declared && foldName(declared).includes(foldName(n)));
    for (const s of shown) {
      const b = people(s);
      if (b && b.split(', ').every((n) => personLike(n) && !outlet(n))) return b;
    }
    return null;
  }
  if (declared && !/^(https?:|www\.)/i.test(declared.trim()) && isOutlet(declared, site)) return null;
  for (const s of shown) {
    const b = people(s);
    if (b) return b;
  }
  return null;
}

/**
 * "Elliot Brownstein Florida Today" with the site "floridatoday": the outlet's name written after
 * the writer's is dropped. Compared without spaces and a leading "the", as site names are written both ways.
 */
function dropOutletTail(name: string, site: string | null): string {
  if (!site) return name;
  const squash = (s: string) => s.replace(/^the\s+/, '').replace(/[^\p{L}\p{N}]+/gu, '');
  const target = squash(site);
  const words = name.split(' ');
  for (let k = 1; k <= words.length - 2 && target; k++) {
    if (squash(foldName(words.slice(-k).join(' '))) === target) return words.slice(0, -k).join(' ').replace(/\s+the$/i, '');
  }
  return name;
}

/** Words that name an organisation, not a person ("European Space Agency"). */
const ORG_WORD = /\b(agency|press|news|media|group|institute|university|association|network|times|post|daily|magazine|journal|foundation|council|ministry|office|service|center|centre|society|company)\b/i;

const foldName = (s: string) => s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

/** "Haki Benita", "Bradley M. Kuhn": a blog named after its author credits a person all the same. */
function personLike(n: string): boolean {
  const w = n.split(' ');
  return w.length >= 2 && w.length <= 4 && w.every((x) => /^\p{Lu}(\p{Ll}+|\.)?$|^\p{Lu}\p{Ll}+[-'’]\p{Lu}\p{Ll}+$/u.test(x));
}

/** "rt" and "rt international", "al jazeera" and "al jazeera english". */
function sameOutlet(name: string, site: string): boolean {
  return name === site || site.startsWith(name + ' ') || name.startsWith(site + ' ');
}

/** A declared author made only of outlets and wires. */
function isOutlet(raw: string, site: string | null): boolean {
  const parts = raw.split(/\s*(?:,|;|&|\band\b|\|)\s*/i).map(foldName).filter(Boolean);
  return parts.length > 0 && parts.every((p) => /^(afp|ap|reuters|associated press|agence france presse|dpa|efe|ansa|upi|pa|bloomberg|xinhua|tass|staff|wire services?)$/.test(p) || OUTLET.test(p) || (site !== null && sameOutlet(p, site) && !personLike(raw)));
}

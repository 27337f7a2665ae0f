/**
 * Dates that pages show rather than declare: the dateline near the headline or the byline
 * ("March 18, 2015 at 3:57 PM ET", "2/26/2015 7:11 AM PST", "1 de diciembre de 2017", "2016年10月14日
 * 07:17", "Updated 12:30 GMT, 4 May 2017"), and the date in the article's URL. What cannot be read
 * for sure gives null: unknown, not wrong.
 */
import { collect, tag } from './dom';
import { group } from '../narrow';

const MONTH_NAMES: [RegExp, number][] = [
  [/^(jan|janv|januar|enero|ene|gennaio|janeiro|januari|styczeń)/, 1],
  [/^(feb|fév|fev|febrero|febbraio|fevereiro|februari)/, 2],
  [/^(mar|mär|märz|marzo|março|maart|mars)/, 3],
  [/^(apr|avr|abr|aprile)/, 4],
  [/^(may|mai|mayo|maggio|maio|mei)/, 5],
  [/^(jun|juin|junio|giugno|junho|juni)/, 6],
  [/^(jul|juil|julio|luglio|julho|juli)/, 7],
  [/^(aug|août|aout|agosto|ago)/, 8],
  [/^(sep|set|septiembre|settembre|setembro)/, 9],
  [/^(oct|okt|octubre|ottobre|outubro)/, 10],
  [/^(nov|novembre|noviembre|novembro)/, 11],
  [/^(dec|déc|dez|dic|diciembre|dicembre|dezembro)/, 12],
];
const MONTH_WORD = '(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|janv|févr|fevr|avr|mai|juin|juil|août|déc|januar|februar|märz|juni|juli|oktober|dezember|ene|abr|ago|dic|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre|gennaio|febbraio|aprile|maggio|giugno|luglio|settembre|ottobre|dicembre|janeiro|fevereiro|março|maio|junho|julho|setembro|outubro|novembro|dezembro|janvier|février|mars|avril|juillet|septembre|octobre|novembre|décembre|january|february|march|april|june|july|august|september|october|november|december)\\.?';

function monthOf(word: string): number | null {
  const w = word.toLowerCase().replace(/\.$/, '');
  for (const [re, m] of MONTH_NAMES) if (re.test(w)) return m;
  return null;
}

/** Offsets in minutes; the US zones without S/D follow the US daylight-saving rule. */
const ZONES: Record<string, number | 'US'> = {
  UTC: 0, GMT: 0, Z: 0, WET: 0, BST: 60, IST: 330, CET: 60, CEST: 120, MEZ: 60, MESZ: 120, EET: 120, EEST: 180, MSK: 180,
  JST: 540, KST: 540, AEST: 600, AEDT: 660, ACST: 570, AWST: 480, NZST: 720, NZDT: 780, HKT: 480, SGT: 480,
  WEST: 60, WAT: 60, CAT: 120, SAST: 120, EAT: 180, TRT: 180, IDT: 180, GST: 240, AMT: 240, AZT: 240, GET: 240,
  IRST: 210, PKT: 300, NPT: 345, ICT: 420, WIB: 420, PHT: 480, MYT: 480, WITA: 480, WIT: 540, ART: -180, BRT: -180,
  CLT: -240, COT: -300, PET: -300, VET: -240, UYT: -180,
  EST: -300, EDT: -240, CST: -360, CDT: -300, MST: -420, MDT: -360, PST: -480, PDT: -420, AKST: -540, AKDT: -480, HST: -600,
  ET: 'US', CT: 'US', MT: 'US', PT: 'US',
};
const US_STANDARD: Record<string, number> = { ET: -300, CT: -360, MT: -420, PT: -480 };

/** US daylight saving: from the second Sunday of March to the first Sunday of November. */
function usDaylight(y: number, m: number, d: number): boolean {
  if (m < 3 || m > 11) return false;
  if (m > 3 && m < 11) return true;
  const firstSunday = (month: number) => 1 + ((7 - new Date(Date.UTC(y, month - 1, 1)).getUTCDay()) % 7);
  return m === 3 ? d >= firstSunday(3) + 7 : d < firstSunday(11);
}

const pad = (n: number) => String(n).padStart(2, '0');

function validDay(y: number, m: number, d: number): boolean {
  return m >= 1 && m <= 12 && d >= 1 && d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
}

export interface Dateline {
  /** `YYYY-MM-DD`, or ISO 8601 with offset when the time and its zone are stated. */
  iso: string;
  /** The local clock time as written (`HH:MM`), when there is one. */
  clock: string | null;
  date: string;
  /** Offset as written, e.g. `-05:00`, when a zone is stated. */
  offset: string | null;
  /** Where in the text the date starts. */
  at: number;
  /** The line labels it as the time of an update ("Updated 8:21 am"), not of publication. */
  updated?: boolean;
}

/** A label saying the date after it is the update's. */
const UPDATED_LABEL = /(?:updated|modified|last edited|aktualisiert|mis à jour|actualizado|atualizado|aggiornato|수정)\s*(?:on|am|le|el|em|il)?\s*[:：]?\s*$/i;
/** A label saying the date after it is the publication's ("Original", "publiziert am", "기사입력"). */
const PUBLISHED_WORDS = String.raw`(?:original(?:ly)?(?:\s+published)?|first published|published|posted|publiziert|veröffentlicht|publié|publicado|pubblicato|gepubliceerd|opublikowano|기사입력|입력|発行|掲載|发布|發佈|发表)\s*(?:on|am|le|el|em|il|op|at)?\s*[:：]?\s*\[?\s*`;
const PUBLISHED_LABEL = new RegExp(String.raw`(?:^|[\s/|(])` + PUBLISHED_WORDS, 'i');
const PUBLISHED_LINE = new RegExp(`^${PUBLISHED_WORDS}`, 'i');

const TIME = /(\d{1,2})(?:[:.h](\d{2}))(?::(\d{2}))?\s*([ap])?\.?\s*(m\.?)?(?![\w])\s*(?:\(?\s*([A-Z]{1,5})\b\)?(?:\s*([+-]\d{1,2})(?::?(\d{2}))?)?)?/i;
const TIME_AMPM = /(\d{1,2})\s*([ap])\.?\s*m\b\.?\s*(?:\(?([A-Z]{2,5})\b\)?)?/i;

/** The first date written in `text`, with its time and zone when stated; null when none is sure. */
export function parseDateline(text: string, now = Date.now()): Dateline | null {
  const found = parseFirstDate(text, now);
  if (!found) return null;
  const t = text.replace(/\s+/g, ' ');
  found.updated = UPDATED_LABEL.test(t.slice(Math.max(0, found.at - 30), found.at));
  // "Updated Nov. 19, 2019 8:21 am ET / Original Nov. 19, 2019 8:02 am ET": the publication is the later one.
  if (found.updated) {
    const label = t.slice(found.at).match(PUBLISHED_LABEL);
    if (label?.index) {
      const from = found.at + label.index + label[0].length;
      const original = parseFirstDate(t.slice(from), now);
      if (original && original.at === 0) return { ...original, at: from };
    }
  }
  return found;
}

function parseFirstDate(text: string, now: number): Dateline | null {
  const t = text.replace(/\s+/g, ' ');
  let y: number;
  let m: number;
  let d: number;
  let rest: string;
  let match: RegExpMatchArray | null;
  const after = (mm: RegExpMatchArray) => t.slice((mm.index ?? 0) + mm[0].length);
  if ((match = t.match(/(\d{4})\s*[年년]\s*(\d{1,2})\s*[月월]\s*(\d{1,2})\s*[日일]?/))) {
    [y, m, d] = [+group(match, 1), +group(match, 2), +group(match, 3)];
    rest = after(match);
  } else if ((match = t.match(/\b(\d{4})-(\d{2})-(\d{2})\b/))) {
    [y, m, d] = [+group(match, 1), +group(match, 2), +group(match, 3)];
    rest = after(match);
  } else if ((match = t.match(new RegExp(`\\b${MONTH_WORD}\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:,|\\s)\\s*(\\d{4})\\b`, 'iu')))) {
    [y, m, d] = [+group(match, 3), monthOf(group(match, 1)) ?? 0, +group(match, 2)];
    rest = after(match);
  } else if ((match = t.match(new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th|er|\\.)?\\s*(?:de\\s+)?${MONTH_WORD}(?:,)?\\s*(?:de\\s+)?(\\d{4})\\b`, 'iu')))) {
    [y, m, d] = [+group(match, 3), monthOf(group(match, 2)) ?? 0, +group(match, 1)];
    rest = after(match);
  } else if ((match = t.match(/\b(\d{1,2})([./])(\d{1,2})\2(\d{4})\b/))) {
    const [a, b] = [+group(match, 1), +group(match, 3)];
    y = +group(match, 4);
    // 2/26/2015 is month first, 26.02.2015 day first; 3/4/2015 cannot be told apart.
    if (match[2] === '.') [d, m] = [a, b];
    else if (a > 12) [d, m] = [a, b];
    else if (b > 12) [m, d] = [a, b];
    else return null;
    rest = after(match);
  } else return null;
  if (!validDay(y, m, d) || y < 1990) return null;
  const date = `${y}-${pad(m)}-${pad(d)}`;
  const at = match.index ?? 0;
  if (Date.UTC(y, m - 1, d) > now + 2 * 86_400_000) return null;
  // A time right after the date ("at 3:57 PM ET", ": 1:28 AM ET", "07:17"), or just before it.
  const before = t.slice(0, match.index ?? 0).slice(-30);
  const timeText = rest.replace(/^\s*(?:,|at|um|à|a las|às|alle|-|–|—|:|\|)?\s*/i, '').slice(0, 40);
  const tm = timeText.match(new RegExp(`^${TIME.source}`, 'i')) ?? timeText.match(new RegExp(`^${TIME_AMPM.source}`, 'i')) ?? before.match(new RegExp(`${TIME.source}[,\\s]*$`, 'i'));
  if (!tm) return { iso: date, clock: null, date, offset: null, at };
  let h: number;
  let min: number;
  let sec = 0;
  let zone: string | undefined;
  let zh: string | undefined;
  let zm: string | undefined;
  let ampm: string | undefined;
  if (tm.length > 6) {
    h = +group(tm, 1); min = +group(tm, 2); sec = tm[3] ? +tm[3] : 0; ampm = tm[5] ? tm[4] : undefined; zone = tm[6]; zh = tm[7]; zm = tm[8];
    if (tm[4] && !tm[5]) zone = undefined; // "3:57 p" is not a time with am/pm
  } else {
    h = +group(tm, 1); min = 0; ampm = tm[2]; zone = tm[3];
  }
  if (ampm) {
    if (h < 1 || h > 12) return { iso: date, clock: null, date, offset: null, at };
    h = (h % 12) + (/p/i.test(ampm) ? 12 : 0);
  }
  if (h > 23 || min > 59 || sec > 59) return { iso: date, clock: null, date, offset: null, at };
  const clock = `${pad(h)}:${pad(min)}`;
  let offset: number | null = null;
  const z = zone?.toUpperCase();
  const v = z && z in ZONES ? ZONES[z] : undefined;
  if (z && v !== undefined) {
    const standard = US_STANDARD[z];
    if (v !== 'US') offset = v;
    else if (standard !== undefined) offset = standard + (usDaylight(y, m, d) ? 60 : 0);
    if (zh && (z === 'GMT' || z === 'UTC')) offset = +zh * 60 + Math.sign(+zh || 1) * (zm ? +zm : 0);
  }
  if (offset === null) return { iso: date, clock, date, offset: null, at };
  const off = offset === 0 ? 'Z' : `${offset < 0 ? '-' : '+'}${pad(Math.floor(Math.abs(offset) / 60))}:${pad(Math.abs(offset) % 60)}`;
  const iso = `${date}T${clock}:${pad(sec)}${off}`;
  if (Date.parse(iso) > now + 2 * 86_400_000) return null;
  return { iso, clock, date, offset: off === 'Z' ? '+00:00' : off, at };
}

/** Class or id words of elements that hold a date line. */
const DATEISH = /date|time|stamp|posted|publish|dateline|byline|meta/i;
const MAX_LINE = 160;

/** An element's text, skipping scripts and styles (linkedom's textContent includes them). */
function shortText(el: Element): string | null {
  const t = el.textContent ?? '';
  return t.length > MAX_LINE * 4 ? null : t.replace(/\s+/g, ' ').trim();
}

/**
 * Dates in table cells are facts in the page (a release date in an infobox), and dates in a
 * citation or a quotation belong to another document ("Retrieved 2016-05-01" in a reference
 * list): neither is the page's date line. A cell that holds the whole page (a layout table) is
 * no fact cell.
 */
function aboutSomethingElse(el: Element, cellSize: Map<Element, number>): boolean {
  for (let p: Element | null = el; p; p = p.parentElement) {
    const t = tag(p);
    if (t === 'td' || t === 'th') {
      let size = cellSize.get(p);
      if (size === undefined) cellSize.set(p, (size = (p.textContent ?? '').length));
      if (size < 1000) return true;
    } else if (t === 'cite' || t === 'blockquote' || t === 'q') return true;
    if (/(^|[\s_-])(reference|citation|accessdate|access-date|archive-date)/i.test(p.getAttribute('class') ?? '')) return true;
  }
  return false;
}

/**
 * The date line the page shows near its headline: elements named for dates or bylines, `<time>`,
 * and the short lines just after the <h1>, nearest the headline first; the first that `want` accepts.
 */
export function findDateline(doc: Document, now = Date.now(), want: (d: Dateline) => boolean = () => true): Dateline | null {
  const body = doc.body;
  if (!body) return null;
  const all = collect(body, (el) => !/^(script|style|noscript|template|svg|nav|footer|aside)$/.test(tag(el)));
  const h1 = all.findIndex((el) => tag(el) === 'h1');
  const anchor = h1 >= 0 ? h1 : 0;
  const named: [number, Element, string?][] = [];
  const cells = new Map<Element, number>();
  for (const [i, el] of all.entries()) {
    const name = tag(el);
    if (name === 'time' || name === 'abbr' || DATEISH.test(`${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`)) {
      named.push([i >= anchor ? i - anchor : (anchor - i) * 3, el]);
    }
    // A line labelled as the publication date ("publiziert am 30. Juli 2018", "기사입력 :[ 2018-09-28 17:32 ]"),
    // also as loose text inside a larger block.
    for (let c = el.firstChild; c; c = c.nextSibling) {
      const text = c.nodeType === 3 ? (c.nodeValue ?? '').replace(/\s+/g, ' ').trim() : '';
      if (text.length > 8 && text.length <= MAX_LINE && PUBLISHED_LINE.test(text)) {
        named.push([i >= anchor ? i - anchor : (anchor - i) * 3, el, text]);
      }
    }
  }
  named.sort((a, b) => a[0] - b[0]);
  for (const [, el, own] of named) {
    const text = own ?? shortText(el);
    if (!text || text.length > MAX_LINE) continue;
    const found = parseDateline(text, now);
    if (found && want(found) && !aboutSomethingElse(el, cells)) return found;
  }
  // Lines right after the headline: a short line that is a date, or a paragraph opening with one.
  for (const el of all.slice(anchor + 1, anchor + 80)) {
    if (el.firstElementChild && tag(el) !== 'p') continue;
    const text = shortText(el);
    if (!text) continue;
    const head = text.length <= 60 ? text : text.slice(0, 40);
    const found = parseDateline(head, now);
    if (found && (text.length <= 60 || found.at <= 3) && want(found) && !aboutSomethingElse(el, cells)) return found;
  }
  return null;
}

/** A date in the article's URL (`/2015/03/18/`, `-20190520/`, `a=20170309-…`), as `YYYY-MM-DD`. */
export function dateFromUrl(url: string | null, now = Date.now()): string | null {
  if (!url) return null;
  let path = url;
  try { const u = new URL(url); path = u.pathname + u.search; } catch { /* as written */ }
  const m = path.match(/(?:^|[^\d])((?:19|20)\d{2})([/-]?)(0[1-9]|1[0-2])\2(0[1-9]|[12]\d|3[01])(?!\d)/);
  if (!m) return null;
  const [y, mo, d] = [+group(m, 1), +group(m, 3), +group(m, 4)];
  if (!validDay(y, mo, d) || y < 1990 || Date.UTC(y, mo - 1, d) > now + 2 * 86_400_000) return null;
  return `${y}-${pad(mo)}-${pad(d)}`;
}

/**
 * Lifting a sentence out of its article: the words stay the source's, but a sentence that opens
 * with a wire dateline ("BRUSSELS, Jan. 22 (Xinhua) --"), a list's marker ("--", "•"), a connective
 * ("However,") or an attribution ("According to the ministry,") reads wrong out of place, so those are trimmed.
 * Nothing else is ever changed, which is what lets every sentence be checked against its source.
 */

// A place's words in capitals, a particle or "Mc" before one allowed ("COEUR d'ALENE, Idaho _", "McALLEN, Texas (AP) --").
const DATELINE = /^(?:Mc|[a-z]{1,3}['’])?[A-Z][A-Z.'’-]+(?: (?:Mc|[a-z]{1,3}['’])?[A-Z][A-Z.'’-]+){0,3}(?: \([^)]{1,30}\))?(?:, [A-Z][\w.]*(?: [\w.]+){0,2})?(?:\s*\([^)]{1,30}\)\s*(?:(?:--|_|—|–)\s*|-\s+)|\s*(?:--|—|_)\s+)/;
const AGENCY = /^\([^)]{1,30}\)\s*(?:--|—|–|-)\s+/;
/** A list's marker ("-- The Federal Government …", "• Prices rose"): a digest's item, not part of its sentence. */
const BULLET = /^(?:--|—|–|-|_|\*|•|·)\s+/;
const CONNECTIVE =
  /^(?:but|and|so|yet|still|also|however|meanwhile|moreover|furthermore|in addition|additionally|separately|indeed|instead|nonetheless|nevertheless|on the other hand|at the same time|in other words|in fact|of course|as a result|for its part|for their part|by contrast|in contrast|in turn|then|now|otherwise)\b,?\s+/i;
const ATTRIBUTION = /^(?:according to [^,]{2,60}|[^,]{2,40} (?:said|says|added|noted)(?: on \w+)?(?: that)?),\s+/i;

/** A text without the wire dateline it opens with ("ANDREWS, N.C. _ Federal agents …" → "Federal agents …"). */
export function withoutDateline(text: string): string {
  return text.trim().replace(DATELINE, '').replace(AGENCY, '');
}

/** The sentence as it can stand alone: leading dateline, list marker, connectives and attributions removed. */
export function trimLead(sentence: string): string {
  let s = sentence.trim();
  for (let i = 0; i < 4; i++) {
    const before = s;
    s = s.replace(DATELINE, '').replace(AGENCY, '').replace(BULLET, '').replace(CONNECTIVE, '');
    const a = s.match(ATTRIBUTION);
    // Only an attribution followed by a full clause is dropped ("According to X, prices rose").
    if (a && s.length - a[0].length > 30 && /^according/i.test(a[0])) s = s.slice(a[0].length);
    if (s === before) break;
  }
  if (s !== sentence.trim()) s = s.charAt(0).toUpperCase() + s.slice(1);
  return s;
}

/**
 * Narrowing helpers for `noUncheckedIndexedAccess`, for the few reads whose presence the code
 * guarantees by construction.
 */

/**
 * Capture group `i` of a regular-expression match, for a group the pattern makes mandatory (not
 * inside an optional part or an alternative): its absence is a bug in the pattern, so it throws.
 */
export function group(match: RegExpMatchArray, i: number): string {
  const g = match[i];
  if (g === undefined) throw new Error(`capture group ${i} of ${String(match[0])} did not take part in the match`);
  return g;
}

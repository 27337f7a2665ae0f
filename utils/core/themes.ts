/**
 * Themes a news story is analysed under, found by cue words: a sentence about share prices is
 * about markets, one with "will" and "next year" about the outlook. Pure and language-specific
 * (English cues); other languages simply find fewer themes.
 */
export type ThemeId = 'significance' | 'markets' | 'politics' | 'people' | 'law' | 'industry' | 'outlook';

const CUES: Record<ThemeId, RegExp> = {
  significance: /\b(largest|biggest|first|record|historic|major|milestone|unprecedented|significant|ranks? among|most (?:important|valuable|powerful)|turning point|landmark|bet|ambitions?)\b/gi,
  markets: /\b(shares?|stocks?|investors?|markets?|valuation|trillion|billions?|profits?|revenues?|prices?|inflation|interest rates?|rates?|bonds?|yields?|economy|economic|growth|exports?|earnings|bubble|pricing|costs?|worth|savers|mortgages?|budget)\b/gi,
  politics: /\b(government|president|minister|ministers|china|chinese|washington|beijing|tariffs?|trade|sanctions?|summit|diplomat\w*|allies|alliance|policy|policies|senate|parliament|election|sovereign|national|geopolitic\w*|rivalry|restrictions?|controls?|officials?|regulators?|lawmakers)\b/gi,
  people: /\b(killed|dead|deaths?|died|injured|missing|residents|families|victims|evacuated|evacuations?|survivors|homeless|displaced|workers|people|children|communities|farmers|aid)\b/gi,
  law: /\b(police|suspects?|charged|charges|court|prosecutors?|investigat\w+|arrested|arrests?|trial|theft|stolen|security|inquiry|accused|guilty)\b/gi,
  industry: /\b(factory|factories|chips?|semiconductors?|memory|manufactur\w+|robots?|software|models?|data cent(?:re|er)s?|supply|suppliers?|production|technology|infrastructure|power|electricity|cloud|platform)\b/gi,
  outlook: /\b(will|expected|expects|plans?|planned|next|future|schedule[ds]?|later|forecasts?|warn\w*|could|may|outlook|coming|upcoming|by 20\d\d|years? ahead)\b/gi,
};

export const THEME_ORDER: ThemeId[] = ['significance', 'politics', 'markets', 'industry', 'people', 'law', 'outlook'];

/** How strongly a sentence speaks to each theme (number of distinct cue words). */
export function themeCues(sentence: string): Map<ThemeId, number> {
  const out = new Map<ThemeId, number>();
  for (const id of THEME_ORDER) {
    const hits = new Set((sentence.match(CUES[id]) ?? []).map((h) => h.toLowerCase()));
    if (hits.size) out.set(id, hits.size);
  }
  return out;
}

/** The theme a sentence speaks to most (earlier in THEME_ORDER on a tie), if any. */
export function mainTheme(sentence: string): ThemeId | null {
  let best: ThemeId | null = null;
  let n = 0;
  for (const [id, k] of themeCues(sentence)) {
    if (k > n) {
      best = id;
      n = k;
    }
  }
  return best;
}

import type { ExtractedArticle } from '../types';
import { primary } from './clean';
/**
 * Language of a text when the page does not say, or says two things: writing system first, then
 * the most frequent short words. Runs outside the page (the background, the CLI): the injected
 * script stays small.
 */
/** Kana: Japanese, whatever else is on the page. */
const KANA = /[\u3040-\u30ff]/g;
const SCRIPTS: [RegExp, string][] = [
  [KANA, 'ja'], [/[\uac00-\ud7af]/g, 'ko'], [/[\u4e00-\u9fff]/g, 'zh'], [/[\u0600-\u06ff]/g, 'ar'],
  [/[\u0590-\u05ff]/g, 'he'], [/[\u0e00-\u0e7f]/g, 'th'], [/[\u0900-\u097f]/g, 'hi'], [/[\u0370-\u03ff]/g, 'el'],
];

const WORDS: Record<string, string> = {
  en: 'the of and to in is that for it was on with as are by this be at from have',
  fr: 'le la les de des et est un une du en que qui dans pour pas sur au avec il',
  de: 'der die das und ist nicht ein eine zu den mit von sich auf für dem des im',
  es: 'el la los las de y que en un una es por con para del se no al lo',
  it: 'il la di e che un una per non con del della sono si gli le da nel',
  pt: 'o a os as de e que em um uma para com não do da no na se por',
  nl: 'de het een en van is dat op te in niet met voor zijn er aan',
  ru: 'и в не на что с по это как он к из у за от для',
  uk: 'і в не на що з по це як та до від у за для',
  pl: 'i w nie na że z się do to jest jak o co za od',
  tr: 've bir bu da de için ile ne çok gibi daha olarak',
  sv: 'och att det som en på är av för med till den har inte',
};
const LISTS = Object.entries(WORDS).map(([lang, w]) => [lang, new Set(w.split(' '))] as const);

export function detectLang(text: string): string | null {
  const sample = text.slice(0, 5000);
  if (!sample.trim()) return null;
  let best: [string, number] = ['', 0];
  for (const [re, lang] of SCRIPTS) {
    const n = sample.match(re)?.length ?? 0;
    if (n > best[1]) best = [lang, n];
  }
  // Kana settles Japanese even when kanji outnumber it.
  if (best[1] > 20 || (best[0] && best[1] * 4 > sample.length)) return (sample.match(KANA)?.length ?? 0) > 5 ? 'ja' : best[0];
  const words = sample.toLowerCase().match(/\p{L}+/gu) ?? [];
  if (words.length < 5) return null;
  let top: [string | null, number] = [null, 0];
  for (const [lang, list] of LISTS) {
    let hits = 0;
    for (const w of words) if (list.has(w)) hits++;
    if (hits > top[1]) top = [lang, hits];
  }
  return top[1] / words.length >= 0.08 ? top[0] : null;
}

/**
 * The article's language, settled outside the page: what it declares; when it declares two
 * (`<html lang="en">` left by a theme on a page whose content-language is "de"), the one its text
 * is written in; when it declares none, the text's.
 */
export function settleLang(a: Pick<ExtractedArticle, 'lang' | 'langDeclaredOther' | 'text'>): string | null {
  if (!a.lang) return detectLang(a.text);
  if (!a.langDeclaredOther) return a.lang;
  const found = detectLang(a.text);
  return found && primary(found) === primary(a.langDeclaredOther) && primary(found) !== primary(a.lang) ? a.langDeclaredOther : a.lang;
}

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fastTerms, normalizeTerm, STOP_WORDS, terms, tokens } from '../../utils/core/tokens';

/**
 * terms() as it was: Intl.Segmenter asked for every word. The tokeniser reads Unicode's word
 * boundaries by regular expression instead, and must give the same terms wherever spaces separate
 * words, or the feed index's keys and every figure built on them would move.
 */
const segmenter = new Intl.Segmenter('en', { granularity: 'word' });
function segmenterTerms(text: string): string[] {
  const out: string[] = [];
  for (const s of segmenter.segment(text)) {
    if (!s.isWordLike) continue;
    const t = normalizeTerm(s.segment);
    if (t.length >= 2 && !STOP_WORDS.has(t)) out.push(t);
  }
  return out;
}

const root = join(__dirname, '../..');
const headlines = readFileSync(join(root, 'tests/fixtures/uci-headlines-500.jsonl'), 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((line) => (JSON.parse(line) as { title: string }).title);
const articlesDir = join(root, 'tests/newsroom/content/articles');
const newsroomLines = readdirSync(articlesDir)
  .filter((f) => f.endsWith('.md'))
  .flatMap((f) => readFileSync(join(articlesDir, f), 'utf8').split('\n'))
  .filter((line) => line.trim());

describe('terms on real text: the same as Intl.Segmenter word by word', () => {
  it('every headline of uci-headlines-500', () => {
    expect(headlines.length).toBe(500);
    for (const h of headlines) expect(terms(h), h).toEqual(segmenterTerms(h));
  });
  it("every line of the sample newsroom's articles", () => {
    expect(newsroomLines.length).toBeGreaterThan(500);
    for (const line of newsroomLines) expect(terms(line), line).toEqual(segmenterTerms(line));
  });
  it('the joiners Unicode keeps inside a word, and the wire-copy dash', () => {
    for (const t of ['The U.S. economy grew 3.5% in Q3', "don’t rock'n'roll", '1,000,000 or 10\u202F000 jobs', 'S:t Eriks a·b', 'e-mail 9/11 3:30 p.m.', 'NEW YORK (AP) ___ Seinfeld', 'snake_case x\u200By soft\u00ADhyphen']) {
      expect(terms(t), t).toEqual(segmenterTerms(t));
    }
    expect(terms('The U.S. economy grew 3.5% in Q3')).toEqual(['u.s', 'economy', 'grew', '3.5', 'q3']);
  });
});

describe('tokens by script', () => {
  it('finds Chinese, Japanese and Thai words with a dictionary: not characters, not whole lines', () => {
    const zh = tokens('韩国将获得二十六万块芯片', { lang: 'zh' });
    expect(zh).toContain('韩国');
    expect(zh.length).toBeGreaterThan(3);
    expect(zh.length).toBeLessThan([...'韩国将获得二十六万块芯片'].length);
    expect(terms('東京で国際会議が開かれた', 'ja')).toEqual(expect.arrayContaining(['東京', '国際', '会議']));
    expect(tokens('ธนาคารกลางยุโรปคงอัตราดอกเบี้ย', { lang: 'th' })).toEqual(['ธนาคาร', 'กลาง', 'ยุโรป', 'คง', 'อัตรา', 'ดอกเบี้ย']);
  });
  it('keeps Arabic and Russian words whole, lower-cased', () => {
    expect(terms('البنك المركزي الأوروبي يبقي أسعار الفائدة', 'ar')).toEqual(['البنك', 'المركزي', 'الأوروبي', 'يبقي', 'أسعار', 'الفائدة']);
    expect(terms('Центральный банк России сохранил ключевую ставку', 'ru')).toEqual(['центральный', 'банк', 'россии', 'сохранил', 'ключевую', 'ставку']);
  });
  it('keeps Greek accents and Hebrew gershayim inside the word', () => {
    expect(terms('Η Ευρωπαϊκή Κεντρική Τράπεζα', 'el')).toEqual(['ευρωπαϊκή', 'κεντρική', 'τράπεζα']);
    expect(tokens('צה"ל הודיע על מבצע חדש', { lang: 'he' })).toEqual(['צה"ל', 'הודיע', 'על', 'מבצע', 'חדש']);
  });
  it('keeps the ZWNJ of Persian words inside them', () => {
    expect(tokens('می\u200cخواهم کتاب\u200cها را بخوانم', { lang: 'fa' })).toEqual(['می\u200cخواهم', 'کتاب\u200cها', 'را', 'بخوانم']);
    expect(fastTerms('کتاب\u200cها', 'fa')).toEqual(['کتاب\u200cها']);
  });
  it('keeps the vowel signs and viramas of Hindi inside the word', () => {
    const words = ['भारतीय', 'रिज़र्व', 'बैंक', 'ने', 'ब्याज', 'दरें', 'स्थिर', 'रखीं'];
    expect(tokens(words.join(' '), { lang: 'hi' })).toEqual(words.map((w) => w.normalize('NFC')));
    expect(tokens('ब्याज दरें', { lang: 'hi', rule: 'joined' })).toEqual(['ब्याज', 'दरें']);
  });
  it('reads é and e + combining acute as the same word', () => {
    expect(terms('cafe\u0301 Zoe\u0308', 'fr')).toEqual(terms('café Zoë', 'fr'));
    expect(fastTerms('cafe\u0301', 'fr')).toEqual(['café']);
  });
  it('never splits on whitespace alone: punctuation is not a word', () => {
    expect(tokens('Hello, world — “quoted” (aside)!')).toEqual(['Hello', 'world', 'quoted', 'aside']);
  });
});

describe('rules', () => {
  const text = "Lee Jae-myung's U.S. trip: $5 billion, 260,000 GPUs, 2% long-term";
  it('fast: numbers keep their separators, letters only apostrophes', () => {
    expect(tokens(text, { rule: 'fast' })).toEqual(['Lee', 'Jae', "myung's", 'U', 'S', 'trip', '5', 'billion', '260,000', 'GPUs', '2', 'long', 'term']);
  });
  it('joined: hyphens and full stops inside a word too', () => {
    expect(tokens(text, { rule: 'joined' })).toEqual(['Lee', "Jae-myung's", 'U.S', 'trip', '5', 'billion', '260', '000', 'GPUs', '2', 'long-term']);
  });
  it('phrases: currency and per cent signs, thousands commas', () => {
    expect(tokens(text, { rule: 'phrases' })).toEqual(['Lee', "Jae-myung's", 'U.S', 'trip', '$5', 'billion', '260,000', 'GPUs', '2%', 'long-term']);
  });
  it('headline: sentence punctuation is a token, so a title tells where its sentences start', () => {
    expect(tokens('Fed holds: Powell sees cuts', { rule: 'headline' })).toEqual(['Fed', 'holds', ':', 'Powell', 'sees', 'cuts']);
  });
  it('slug: an id stays one piece, to be dropped whole', () => {
    expect(tokens('/2014/03/10/neil-young-pono-20140311-34igj.html', { rule: 'slug' })).toEqual(['2014', '03', '10', 'neil', 'young', 'pono', '20140311', '34igj', 'html']);
  });
});

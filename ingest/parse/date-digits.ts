// Digits as Chinese news writes them, turned into ASCII before a date is read: full-width digits
// and punctuation (２０２４／５／５, １９：１４), a year spelled digit by digit (二〇二四年, 二○二四年,
// 二零二四年) and months, days and hours in Chinese numerals (五月五日, 十二月三十一日, 下午三时).
// Only the reading changes; callers keep the original text for offsets and display.

const CN_DIGIT: Record<string, number> = { 〇: 0, '○': 0, 零: 0, 一: 1, 二: 2, 两: 2, 兩: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** A year of four Chinese digits (二〇二四年): digit by digit. */
const CN_YEAR = /([〇○零一二三四五六七八九]{4})(?=\s*年)/gu;
/** A month, day, hour, minute or second in Chinese numerals, up to 59 (十二月, 三十一日, 二十三时). */
const CN_NUMBER = /([一二三四五六七八九十两兩]{1,3}|[〇○零])(?=\s*[月日號号时時点點分秒])/gu;

/** Value of a Chinese numeral from 0 to 99 written with 十 (十=10, 十五=15, 二十=20, 三十一=31), or undefined. */
export function chineseNumber(s: string): number | undefined {
  if (s.length === 1 && s in CN_DIGIT) return CN_DIGIT[s];
  const m = /^([一二三四五六七八九两兩]?)十([一二三四五六七八九]?)$/u.exec(s);
  if (m) return (m[1] ? CN_DIGIT[m[1]]! : 1) * 10 + (m[2] ? CN_DIGIT[m[2]]! : 0);
  return undefined;
}

/**
 * `s` with full-width forms folded (NFKC), a Chinese year spelled as ASCII digits and Chinese
 * numerals before 月/日/时/分/秒 as ASCII numbers. Numerals that are not a number (十十一) stay.
 */
export function asciiDigits(s: string): string {
  return s
    .normalize('NFKC')
    .replace(CN_YEAR, (year: string) => [...year].map((c) => String(CN_DIGIT[c])).join(''))
    .replace(CN_NUMBER, (n: string) => {
      const value = chineseNumber(n);
      return value === undefined ? n : String(value);
    });
}

// Chinese numerals → numbers: 两, 十二, 一百二十, 三千五百, 1.5万 style compounds are handled by the caller;
// this file converts one run of Chinese numeral characters.

const DIGITS: Record<string, number> = {
  零: 0, 〇: 0, 一: 1, 壹: 1, 二: 2, 贰: 2, 貳: 2, 两: 2, 兩: 2, 三: 3, 叁: 3, 參: 3, 四: 4, 肆: 4,
  五: 5, 伍: 5, 六: 6, 陆: 6, 陸: 6, 七: 7, 柒: 7, 八: 8, 捌: 8, 九: 9, 玖: 9,
};
const SMALL_UNITS: Record<string, number> = { 十: 10, 拾: 10, 百: 100, 佰: 100, 千: 1000, 仟: 1000 };
const LARGE_UNITS: Record<string, number> = { 万: 1e4, 萬: 1e4, 亿: 1e8, 億: 1e8 };

export const CHINESE_NUMERAL_CHARS = '零〇一壹二贰貳两兩三叁參四肆五伍六陆陸七柒八捌九玖十拾百佰千仟万萬亿億';

export function isChineseNumeralChar(ch: string): boolean {
  return CHINESE_NUMERAL_CHARS.includes(ch);
}

/** Value of a run of Chinese numeral characters (一百二十 → 120, 十五 → 15, 两万 → 20000); null if not a numeral. */
export function parseChineseNumeral(numeral: string): number | null {
  if (numeral.length === 0) return null;
  let total = 0;
  let section = 0;
  let digit: number | null = null;
  for (const ch of numeral) {
    if (ch in DIGITS) {
      digit = DIGITS[ch]!;
    } else if (ch in SMALL_UNITS) {
      section += (digit ?? 1) * SMALL_UNITS[ch]!;
      digit = null;
    } else if (ch in LARGE_UNITS) {
      total = (total + section + (digit ?? 0)) * LARGE_UNITS[ch]!;
      if (total === 0) total = LARGE_UNITS[ch]!;
      section = 0;
      digit = null;
    } else {
      return null;
    }
  }
  return total + section + (digit ?? 0);
}

// Numbers as written in Chinese policy text: Arabic digits (half- or full-width, decimals, thousands
// separators) and Chinese numerals (两, 十二, 一百二十, 三千五百, 两万). 万/亿 at the end of a number are
// left to the unit (1.03亿元 → 1.03 + 亿元); only 万/亿 followed by more numeral characters are resolved here.

const DIGITS: Record<string, number> = {
  零: 0, 〇: 0, 一: 1, 壹: 1, 二: 2, 贰: 2, 貳: 2, 两: 2, 兩: 2, 三: 3, 叁: 3, 參: 3, 四: 4, 肆: 4,
  五: 5, 伍: 5, 六: 6, 陆: 6, 陸: 6, 七: 7, 柒: 7, 八: 8, 捌: 8, 九: 9, 玖: 9,
};
const SMALL_UNITS: Record<string, number> = { 十: 10, 拾: 10, 百: 100, 佰: 100, 千: 1000, 仟: 1000 };
const LARGE_UNITS: Record<string, number> = { 万: 1e4, 萬: 1e4, 亿: 1e8, 億: 1e8 };

export const CHINESE_NUMERAL_CHARS = '零〇一壹二贰貳两兩三叁參四肆五伍六陆陸七柒八捌九玖十拾百佰千仟万萬亿億';

/** Chinese numeral characters as a table by character code: 1 digit or small unit, 2 万/亿. */
const NUMERAL_TABLE = new Uint8Array(0x10000);
for (const c of CHINESE_NUMERAL_CHARS) NUMERAL_TABLE[c.charCodeAt(0)] = c in LARGE_UNITS ? 2 : 1;

/** Value of a digit character by code (-1: not a digit), and of 十/百/千 (0: not one). */
const DIGIT_VALUE = new Int8Array(0x10000).fill(-1);
for (const [c, v] of Object.entries(DIGITS)) DIGIT_VALUE[c.charCodeAt(0)] = v;
const SMALL_VALUE = new Uint16Array(0x10000);
for (const [c, v] of Object.entries(SMALL_UNITS)) SMALL_VALUE[c.charCodeAt(0)] = v;

export function isChineseNumeralChar(ch: string): boolean {
  return ch.length === 1 && NUMERAL_TABLE[ch.charCodeAt(0)] !== 0;
}

/** Same test on a character code (no string allocated per character). */
export function isChineseNumeralCode(code: number): boolean {
  return NUMERAL_TABLE[code] !== 0;
}

/** Value of a run of Chinese numeral characters (一百二十 → 120, 十五 → 15, 两万 → 20000); null if not a numeral. */
export function parseChineseNumeral(numeral: string): number | null {
  if (numeral.length === 0) return null;
  let total = 0;
  let section = 0;
  let digit = -1;
  let digitsInRow = 0;
  let positional = 0;
  for (let i = 0; i < numeral.length; i++) {
    const code = numeral.charCodeAt(i);
    const d = DIGIT_VALUE[code]!;
    if (d >= 0) {
      digit = d;
      digitsInRow++;
      positional = positional * 10 + d;
      continue;
    }
    const small = SMALL_VALUE[code]!;
    if (small > 0) {
      section += (digit >= 0 ? digit : 1) * small;
      digit = -1;
      digitsInRow = 0;
      continue;
    }
    const large = NUMERAL_TABLE[code] === 2 ? LARGE_UNITS[numeral[i]!]! : 0;
    if (large === 0) return null;
    total = (total + section + (digit >= 0 ? digit : 0)) * large;
    if (total === 0) total = large;
    section = 0;
    digit = -1;
    digitsInRow = 0;
  }
  // Digit-by-digit numerals (二〇二六) have no unit characters at all.
  if (digitsInRow === numeral.length && numeral.length > 1) return positional;
  return total + section + (digit >= 0 ? digit : 0);
}

/** Normalises a full-width digit (０-９) to its ASCII code, or returns -1 for a non-digit. */
export function digitValue(code: number): number {
  if (code >= 48 && code <= 57) return code - 48;
  if (code >= 0xff10 && code <= 0xff19) return code - 0xff10;
  return -1;
}

export interface NumberToken {
  start: number;
  end: number;
  value: number;
  kind: 'arabic' | 'chinese';
}

/**
 * Reads an Arabic number at `pos`: digits with optional thousands separators (`1,200`: an ASCII comma before
 * exactly three digits) and one decimal part (`.` or full-width `．`). Returns null when no digit stands at `pos`.
 */
export function readArabicNumber(text: string, pos: number): NumberToken | null {
  let i = pos;
  let intPart = 0;
  let digits = 0;
  while (i < text.length) {
    const d = digitValue(text.charCodeAt(i));
    if (d >= 0) {
      intPart = intPart * 10 + d;
      digits++;
      i++;
      continue;
    }
    const ch = text[i];
    if (ch === ',' && digits > 0 && isThousandsGroup(text, i + 1)) {
      i++;
      continue;
    }
    break;
  }
  if (digits === 0) return null;
  let value = intPart;
  const ch = text[i];
  if ((ch === '.' || ch === '．') && digitValue(text.charCodeAt(i + 1)) >= 0) {
    let j = i + 1;
    // All the digits, without the point.
    let scaled = intPart;
    while (j < text.length) {
      const d = digitValue(text.charCodeAt(j));
      if (d < 0) break;
      scaled = scaled * 10 + d;
      j++;
    }
    value = decimalValue(intPart, scaled, text, i + 1, j);
    i = j;
  }
  return { start: pos, end: i, value, kind: 'arabic' };
}

/** 10^0 … 10^22: the powers of ten a double holds exactly. */
const EXACT_POWERS_OF_TEN: number[] = [1];
while (EXACT_POWERS_OF_TEN.length <= 22) EXACT_POWERS_OF_TEN.push(EXACT_POWERS_OF_TEN[EXACT_POWERS_OF_TEN.length - 1]! * 10);

/**
 * `Number(`${intPart}.${fraction digits text[from, to)}`)`. When all the digits form an exact integer (below 2^53)
 * and the power of ten is exact, one division gives it: both round the same real number to the nearest double.
 */
function decimalValue(intPart: number, scaled: number, text: string, from: number, to: number): number {
  const places = to - from;
  if (scaled <= Number.MAX_SAFE_INTEGER && places < EXACT_POWERS_OF_TEN.length) return scaled / EXACT_POWERS_OF_TEN[places]!;
  let fraction = '';
  for (let j = from; j < to; j++) fraction += String(digitValue(text.charCodeAt(j)));
  return Number(`${intPart}.${fraction}`);
}

/** Exactly three digits follow and then a non-digit: `1,200` but not a list `3,45`. */
function isThousandsGroup(text: string, pos: number): boolean {
  for (let k = 0; k < 3; k++) if (digitValue(text.charCodeAt(pos + k)) < 0) return false;
  return digitValue(text.charCodeAt(pos + 3)) < 0;
}

/**
 * Reads a Chinese numeral at `pos`, leaving a trailing 万/亿 (and 万亿) to the unit. Returns null when
 * no numeral character stands at `pos` or the run is only 万/亿.
 */
export function readChineseNumber(text: string, pos: number): NumberToken | null {
  let end = pos;
  while (end < text.length && NUMERAL_TABLE[text.charCodeAt(end)] !== 0) end++;
  // Trailing multipliers belong to the unit.
  while (end > pos && NUMERAL_TABLE[text.charCodeAt(end - 1)] === 2) end--;
  if (end === pos) return null;
  const value = parseChineseNumeral(text.slice(pos, end));
  if (value === null) return null;
  return { start: pos, end, value, kind: 'chinese' };
}

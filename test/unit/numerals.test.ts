import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseChineseNumeral, readArabicNumber, readChineseNumber } from '../../src/core/numerals';

test('Chinese numerals', () => {
  const cases: Array<[string, number]> = [
    ['两', 2], ['十', 10], ['十二', 12], ['二十', 20], ['一百二十', 120], ['一百零五', 105], ['三千五百', 3500],
    ['两万', 20000], ['一万二千', 12000], ['二〇二六', 2026], ['百', 100], ['千', 1000],
  ];
  for (const [text, value] of cases) assert.equal(parseChineseNumeral(text), value, text);
  assert.equal(parseChineseNumeral('多'), null);
});

test('Arabic numbers: decimals, thousands separators, full-width digits', () => {
  assert.deepEqual(readArabicNumber('1,200家', 0), { start: 0, end: 5, value: 1200, kind: 'arabic' });
  assert.equal(readArabicNumber('23.3亿元', 0)?.value, 23.3);
  assert.equal(readArabicNumber('１２.５%', 0)?.value, 12.5);
  assert.equal(readArabicNumber('３，４', 0)?.value, 3);
  // A comma before fewer or more than three digits separates a list.
  assert.equal(readArabicNumber('3,45', 0)?.value, 3);
  assert.equal(readArabicNumber('项目', 0), null);
});

test('a trailing 万/亿 is left to the unit', () => {
  assert.deepEqual(readChineseNumber('一百二十万人', 0), { start: 0, end: 4, value: 120, kind: 'chinese' });
  assert.equal(readChineseNumber('千亿级', 0)?.value, 1000);
  assert.equal(readChineseNumber('万人', 0), null);
});

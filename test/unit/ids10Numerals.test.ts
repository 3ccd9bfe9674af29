// readArabicNumber divides the digits by a power of ten when both are exact doubles; the value must stay what
// parsing the decimal string gives, for every length of integer and fraction.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { digitValue, readArabicNumber } from '../../src/core/numerals';

/** The value as the decimal string of its digits parses. */
function parsedValue(text: string): number {
  let intPart = 0;
  let i = 0;
  for (; i < text.length && text[i] !== '.' && text[i] !== '．'; i++) if (text[i] !== ',') intPart = intPart * 10 + digitValue(text.charCodeAt(i));
  let fraction = '';
  for (i++; i < text.length; i++) fraction += String(digitValue(text.charCodeAt(i)));
  return Number(`${intPart}.${fraction}`);
}

function digits(count: number, next: () => number, fullWidth: boolean): string {
  let out = '';
  for (let k = 0; k < count; k++) {
    const d = Math.floor(next() * 10);
    out += fullWidth && next() < 0.3 ? String.fromCharCode(0xff10 + d) : String(d);
  }
  return out;
}

test('a decimal number reads as its decimal string parses', () => {
  let seed = 12345;
  const next = (): number => {
    seed = (Math.imul(seed, 1103515245) + 12345) | 0;
    return ((seed >>> 8) & 0xffffff) / 0x1000000;
  };
  const fixed = ['0.0', '0.1', '0.3', '1.005', '5.5', '9007199254740.993', '900719925474099.3', '123456789012345678.9', '1,234.5', '1.' + '9'.repeat(23), '0.' + '0'.repeat(22) + '1', '３．１４'];
  const generated = Array.from({ length: 20000 }, () => {
    const intPart = digits(1 + Math.floor(next() * 20), next, next() < 0.2);
    const fraction = digits(1 + Math.floor(next() * 26), next, next() < 0.2);
    return `${intPart}${next() < 0.1 ? '．' : '.'}${fraction}`;
  });
  for (const text of [...fixed, ...generated]) {
    const token = readArabicNumber(`${text}%`, 0);
    assert.ok(token !== null, text);
    assert.equal(token.end, text.length, text);
    assert.ok(Object.is(token.value, parsedValue(text)), text);
  }
});

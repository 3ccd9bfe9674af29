import { test } from 'node:test';
import assert from 'node:assert/strict';
import { decodeBytes, detectEncodingWithoutBom, looksBinary } from '../../src/core/decode';

const SAMPLE = '确保年底前完成100项';
/** SAMPLE in GB18030 (the same bytes in GBK). */
const SAMPLE_GB18030 = new Uint8Array([200, 183, 177, 163, 196, 234, 181, 215, 199, 176, 205, 234, 179, 201, 49, 48, 48, 207, 238]);

function utf16(text: string, bigEndian: boolean): Uint8Array {
  const out = new Uint8Array(2 + text.length * 2);
  out.set(bigEndian ? [0xfe, 0xff] : [0xff, 0xfe]);
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    out[2 + 2 * i] = bigEndian ? c >> 8 : c & 0xff;
    out[3 + 2 * i] = bigEndian ? c & 0xff : c >> 8;
  }
  return out;
}

test('UTF-8 with and without BOM; the BOM is not part of the text', () => {
  const plain = new TextEncoder().encode(SAMPLE);
  assert.deepEqual(decodeBytes(plain), { text: SAMPLE, encoding: 'utf-8', bom: false });
  const withBom = new Uint8Array([0xef, 0xbb, 0xbf, ...plain]);
  assert.deepEqual(decodeBytes(withBom), { text: SAMPLE, encoding: 'utf-8', bom: true });
});

test('UTF-16 LE and BE with BOM', () => {
  assert.equal(decodeBytes(utf16(SAMPLE, false)).text, SAMPLE);
  assert.equal(decodeBytes(utf16(SAMPLE, true)).text, SAMPLE);
  assert.equal(decodeBytes(utf16(SAMPLE, true)).encoding, 'utf-16be');
});

test('GB18030/GBK without BOM is detected', () => {
  assert.equal(detectEncodingWithoutBom(SAMPLE_GB18030), 'gb18030');
  assert.equal(decodeBytes(SAMPLE_GB18030).text, SAMPLE);
});

test('CRLF and lone CR are kept; invalid bytes in UTF-8 become U+FFFD', () => {
  const text = '第一行\r\n第二行\r第三行\n';
  assert.equal(decodeBytes(new TextEncoder().encode(text)).text, text);
  const broken = new Uint8Array([...new TextEncoder().encode('目标'.repeat(30)), 0xff, ...new TextEncoder().encode('完成')]);
  const decoded = decodeBytes(broken);
  assert.equal(decoded.encoding, 'utf-8');
  assert.ok(decoded.text.includes('\ufffd'));
  assert.ok(decoded.text.endsWith('完成'));
});

test('a U+FFFD the file really holds is text, not evidence of another encoding; a GB18030 file with one still decodes', () => {
  const held = '替换符\ufffd在文中，确保年底前完成';
  assert.deepEqual(decodeBytes(new TextEncoder().encode(held)), { text: held, encoding: 'utf-8', bom: false });
  const gbWithReplacement = new Uint8Array([...SAMPLE_GB18030, 0x84, 0x31, 0xa4, 0x37]); // U+FFFD in GB18030
  assert.deepEqual(decodeBytes(gbWithReplacement), { text: SAMPLE + '\ufffd', encoding: 'gb18030', bom: false });
});

test('binary sniffing: a NUL byte means binary, unless a UTF-16 BOM explains it', () => {
  assert.equal(looksBinary(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00])), true);
  assert.equal(looksBinary(new TextEncoder().encode(SAMPLE)), false);
  assert.equal(looksBinary(utf16('ab', false)), false);
});

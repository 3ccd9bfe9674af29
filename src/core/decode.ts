// Bytes → text. UTF-8 (± BOM), UTF-16 LE/BE with BOM, and GB18030/GBK without BOM.
// Invalid bytes become U+FFFD; CRLF and lone CR are kept as they are, so offsets match what an editor shows.

export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030';

export interface DecodedText {
  text: string;
  encoding: TextEncodingName;
  /** True when the bytes started with a byte-order mark (it is not part of `text`). */
  bom: boolean;
}

/** Decodes a file's bytes, detecting the encoding from the BOM or, without one, from UTF-8 validity. */
export function decodeBytes(bytes: Uint8Array): DecodedText {
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: decodeWith('utf-8', bytes.subarray(3)), encoding: 'utf-8', bom: true };
  }
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: decodeWith('utf-16le', bytes.subarray(2)), encoding: 'utf-16le', bom: true };
  }
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: decodeWith('utf-16be', bytes.subarray(2)), encoding: 'utf-16be', bom: true };
  }
  // Valid UTF-8 (the common case) is decoded once. The lenient decode is the platform's fastest path, and it
  // writes U+FFFD for every invalid sequence: a text without one came from valid bytes. A text with one
  // (invalid bytes, or a U+FFFD the file really holds) is checked strictly.
  const lenient = lenientUtf8.decode(bytes);
  if (lenient.indexOf('\uFFFD') === -1) return { text: lenient, encoding: 'utf-8', bom: false };
  const strict = strictUtf8Decode(bytes);
  if (strict !== null) return { text: strict, encoding: 'utf-8', bom: false };
  const encoding = detectEncodingWithoutBom(bytes, false);
  return { text: decodeWith(encoding, bytes), encoding, bom: false };
}

/** Without a BOM: UTF-8 when the bytes are (mostly) valid UTF-8, otherwise GB18030 (a superset of GBK and GB2312). */
export function detectEncodingWithoutBom(bytes: Uint8Array, checkValid = true): TextEncodingName {
  if (checkValid && strictUtf8Decode(bytes) !== null) return 'utf-8';
  const { valid, invalid } = countUtf8Sequences(bytes);
  if (invalid === 0) return 'utf-8';
  // A few broken sequences in a long UTF-8 file are mojibake, not another encoding.
  return invalid * 20 < valid ? 'utf-8' : 'gb18030';
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const lenientUtf8 = new TextDecoder('utf-8', { fatal: false, ignoreBOM: true });

/** The platform decoder validates UTF-8 natively, far faster than a byte loop; null when the bytes are not UTF-8. */
function strictUtf8Decode(bytes: Uint8Array): string | null {
  try {
    return strictUtf8.decode(bytes);
  } catch {
    return null;
  }
}

/** Counts well-formed multi-byte UTF-8 sequences and malformed bytes in one pass. */
function countUtf8Sequences(bytes: Uint8Array): { valid: number; invalid: number } {
  let valid = 0;
  let invalid = 0;
  let i = 0;
  const n = bytes.length;
  while (i < n) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    const need = b >= 0xf0 && b <= 0xf4 ? 3 : b >= 0xe0 ? (b <= 0xef ? 2 : 0) : b >= 0xc2 ? 1 : 0;
    if (need === 0) {
      invalid++;
      i++;
      continue;
    }
    let ok = true;
    for (let k = 1; ok && k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) ok = false;
    }
    if (ok) {
      valid++;
      i += need + 1;
    } else if (i + need >= n) {
      // A sequence cut by the end of the buffer is not evidence against UTF-8.
      i = n;
    } else {
      invalid++;
      i++;
    }
  }
  return { valid, invalid };
}

function decodeWith(encoding: TextEncodingName, bytes: Uint8Array): string {
  return new TextDecoder(encoding, { fatal: false, ignoreBOM: true }).decode(bytes);
}

/** True when the bytes look binary (a NUL byte in the first 8 KB) and no UTF-16 BOM explains it. */
export function looksBinary(bytes: Uint8Array): boolean {
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) return false;
  // A native search (TypedArray#indexOf), not a byte loop: it runs for every file the index reads.
  return bytes.subarray(0, Math.min(bytes.length, 8192)).indexOf(0) !== -1;
}

// Stable ids for tracked items: a hash of the document, the item's sentence (whitespace removed) and its
// anchor, plus an occurrence counter among identical ones. Edits elsewhere in the document leave it alone.

import { SPACE_TABLE } from './whitespace';

/** 64-bit FNV-1a over UTF-16 code units, as 13 base-36 characters. Fast, not cryptographic. */
export function hashString(text: string): string {
  return hashFrom(INITIAL_1, INITIAL_2, text, false);
}

const INITIAL_1 = 0x811c9dc5;
const INITIAL_2 = 0x01000193 ^ 0x5bd1e995;

// Lanes of the last hashLanes() call (two numbers without an allocation).
let lane1 = 0;
let lane2 = 0;

function hashLanes(h1: number, h2: number, text: string, skipWhitespace: boolean): void {
  if (skipWhitespace) hashRangeSkippingWhitespace(h1, h2, text, 0, text.length);
  else hashRange(h1, h2, text, 0, text.length);
}

function hashRange(h1: number, h2: number, text: string, from: number, to: number): void {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193);
    h2 = Math.imul(h2 ^ c, 0x5bd1e995);
    h2 ^= h2 >>> 15;
  }
  lane1 = h1;
  lane2 = h2;
}

function hashRangeSkippingWhitespace(h1: number, h2: number, text: string, from: number, to: number): void {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    // Whitespace as `\s` matches it (normaliseForId removes it). Above U+3000 (CJK, most of the text) only U+FEFF
    // is whitespace: one comparison, no table look-up.
    if (c <= 0x3000 ? SPACE_TABLE[c] === 1 : c === 0xfeff) continue;
    h1 = Math.imul(h1 ^ c, 0x01000193);
    h2 = Math.imul(h2 ^ c, 0x5bd1e995);
    h2 ^= h2 >>> 15;
  }
  lane1 = h1;
  lane2 = h2;
}

function hashFrom(h1: number, h2: number, text: string, skipWhitespace: boolean): string {
  hashLanes(h1, h2, text, skipWhitespace);
  return digest(lane1, lane2);
}

/** Both lanes as unsigned base 36, 7 digits each, zero-padded (`(h >>> 0).toString(36).padStart(7, '0')`). */
function digest(h1: number, h2: number): string {
  // By hand: Number#toString(36) takes V8's general floating-point path, several times slower.
  base36(h1 >>> 0, DIGEST_CODES, 0);
  base36(h2 >>> 0, DIGEST_CODES, 7);
  return String.fromCharCode.apply(null, DIGEST_CODES);
}

/** `${kind}-${digest(h1, h2)}` as one flat string. */
function idDigest(kind: number, h1: number, h2: number): string {
  const c = DIGEST_CODES;
  base36(h1 >>> 0, c, 0);
  base36(h2 >>> 0, c, 7);
  // The codes listed: a call with its arguments is cheaper than `apply` with an array.
  return String.fromCharCode(kind, 0x2d, c[0]!, c[1]!, c[2]!, c[3]!, c[4]!, c[5]!, c[6]!, c[7]!, c[8]!, c[9]!, c[10]!, c[11]!, c[12]!, c[13]!);
}

const BASE36 = '0123456789abcdefghijklmnopqrstuvwxyz';
const BASE36_CODES = Uint16Array.from(BASE36, (c) => c.charCodeAt(0));
/** 36^2 and 36^4: seven digits are one digit and three pairs. */
const PAIR = 36 * 36;
const FOUR_DIGITS = PAIR * PAIR;
/** The two digit codes of each value below 36^2, high digit first. */
const PAIR_CODES = new Uint16Array(2 * PAIR);
for (let pair = 0; pair < PAIR; pair++) {
  PAIR_CODES[2 * pair] = BASE36_CODES[Math.floor(pair / 36)]!;
  PAIR_CODES[2 * pair + 1] = BASE36_CODES[pair % 36]!;
}
const DIGEST_CODES: number[] = new Array<number>(14).fill(48);
/** A sentence key's 14 digest digits and the separator (U+0000) after it. */
const KEY_CODES: number[] = new Array<number>(15).fill(0);
const TARGET_CODE = 0x74;
const COMMITMENT_CODE = 0x63;

/**
 * Seven base-36 digits of `value` (< 2^32 < 36^7) into codes[at, at + 7): the first digit, then three pairs by
 * table (one floating-point division; the rest are small integers).
 */
function base36(value: number, codes: number[], at: number): void {
  const high = Math.floor(value / FOUR_DIGITS) | 0;
  const low = (value - high * FOUR_DIGITS) | 0;
  const first = (high / PAIR) | 0;
  const highPair = high - first * PAIR;
  const lowPairs = (low / PAIR) | 0;
  const lastPair = low - lowPairs * PAIR;
  codes[at] = BASE36_CODES[first]!;
  codes[at + 1] = PAIR_CODES[2 * highPair]!;
  codes[at + 2] = PAIR_CODES[2 * highPair + 1]!;
  codes[at + 3] = PAIR_CODES[2 * lowPairs]!;
  codes[at + 4] = PAIR_CODES[2 * lowPairs + 1]!;
  codes[at + 5] = PAIR_CODES[2 * lastPair]!;
  codes[at + 6] = PAIR_CODES[2 * lastPair + 1]!;
}

/** Whitespace (including line breaks a sentence may span) does not change an id. */
export function normaliseForId(text: string): string {
  return text.replace(/\s+/g, '');
}

/** Hands out ids; identical (document, sentence, anchor) triples get -2, -3… in order of appearance. */
export class IdAllocator {
  // Occurrences by id, kept by number: a slot per kind and 29 bits of the first lane (a small integer, hashed
  // fast), held by the first id to reach it. The id's other bits tell the holder from another id with that slot,
  // which is then counted by its string.
  private readonly slots = new Map<number, number>();
  /** By slot index: the holder's bits that are not in its slot key, and its occurrences so far. */
  private readonly holderBits: number[] = [];
  private readonly holderCounts: number[] = [];
  private readonly others = new Map<string, number>();
  /** Hash lanes after `document` and its separator: every id continues from them. */
  private readonly prefix1: number;
  private readonly prefix2: number;

  constructor(document: string) {
    hashLanes(INITIAL_1, INITIAL_2, `${document}\u0000`, false);
    this.prefix1 = lane1;
    this.prefix2 = lane2;
  }

  /** Hash a sentence once (`sentenceKey`) and pass it for each of its items: ids stay linear in the text. */
  sentenceKey(sentence: string): string {
    return hashFrom(INITIAL_1, INITIAL_2, sentence, true);
  }

  /** `sentenceKey(text.slice(start, end))`, read in place (a flat text is faster to read than a slice of it). */
  sentenceKeyIn(text: string, start: number, end: number): string {
    hashRangeSkippingWhitespace(INITIAL_1, INITIAL_2, text, start, end);
    return digest(lane1, lane2);
  }

  next(kind: 'target' | 'commitment', sentenceKey: string, anchor: string): string {
    // Same value as hashString(`${document}\u0000${sentenceKey}\u0000${normaliseForId(anchor)}`).
    hashLanes(this.prefix1, this.prefix2, sentenceKey, false);
    hashLanes(lane1, lane2, '\u0000', false);
    hashLanes(lane1, lane2, anchor, true);
    return this.counted(kind === 'target' ? TARGET_CODE : COMMITMENT_CODE, lane1, lane2);
  }

  /**
   * Starts the items of the sentence text[start, end): `nextIn` then gives what `next` gives with its
   * sentenceKeyIn. The sentence's key is hashed on from its digits, with no key string made or read again.
   */
  startSentenceIn(text: string, start: number, end: number): void {
    hashRangeSkippingWhitespace(INITIAL_1, INITIAL_2, text, start, end);
    this.startSentenceFromLanes(lane1, lane2);
  }

  /** `startSentenceIn` for a sentence held as its own string. */
  startSentence(sentence: string): void {
    hashRangeSkippingWhitespace(INITIAL_1, INITIAL_2, sentence, 0, sentence.length);
    this.startSentenceFromLanes(lane1, lane2);
  }

  /** `next(kind, key of the started sentence, text.slice(anchorStart, anchorEnd))`, the anchor read in place. */
  nextIn(kind: 'target' | 'commitment', text: string, anchorStart: number, anchorEnd: number): string {
    hashRangeSkippingWhitespace(this.sentence1, this.sentence2, text, anchorStart, anchorEnd);
    return this.counted(kind === 'target' ? TARGET_CODE : COMMITMENT_CODE, lane1, lane2);
  }

  /** Lanes after document, the started sentence's key and the separator after it. */
  private sentence1 = 0;
  private sentence2 = 0;

  private startSentenceFromLanes(h1: number, h2: number): void {
    base36(h1 >>> 0, KEY_CODES, 0);
    base36(h2 >>> 0, KEY_CODES, 7);
    hashCodes(this.prefix1, this.prefix2, KEY_CODES);
    this.sentence1 = lane1;
    this.sentence2 = lane2;
  }

  /** The id of `kind` and lanes h1, h2 itself the first time, then with -2, -3… */
  private counted(kind: number, h1: number, h2: number): string {
    const base = idDigest(kind, h1, h2);
    const key = ((h1 & 0x1fffffff) << 1) | (kind === TARGET_CODE ? 1 : 0);
    const bits = (h2 >>> 0) * 8 + (h1 >>> 29);
    const slot = this.slots.get(key);
    let count: number;
    if (slot === undefined) {
      this.slots.set(key, this.holderBits.length);
      this.holderBits.push(bits);
      this.holderCounts.push(1);
      count = 1;
    } else if (this.holderBits[slot] === bits) {
      count = ++this.holderCounts[slot]!;
    } else {
      count = (this.others.get(base) ?? 0) + 1;
      this.others.set(base, count);
    }
    return count === 1 ? base : `${base}-${count}`;
  }
}

/** hashRange over character codes held in an array. */
function hashCodes(h1: number, h2: number, codes: readonly number[]): void {
  for (let i = 0; i < codes.length; i++) {
    const c = codes[i]!;
    h1 = Math.imul(h1 ^ c, 0x01000193);
    h2 = Math.imul(h2 ^ c, 0x5bd1e995);
    h2 ^= h2 >>> 15;
  }
  lane1 = h1;
  lane2 = h2;
}

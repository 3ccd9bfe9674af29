// Traditional → simplified Chinese for matching only. The result has exactly the original length,
// so every offset found in it is an offset in the original text.
import * as OpenCC from 'opencc-js/t2cn';
import type { DictGroup, DictLike } from 'opencc-js/core';

type Convert = (text: string) => string;

let converter: Convert | null = null;
const charCache = new Map<string, string>();

function getConverter(): Convert {
  converter ??= OpenCC.Converter({ from: 'tw', to: 'cn' });
  return converter;
}

/** How much of a prefix is sampled to decide whether a text is traditional. */
export const TRADITIONAL_SAMPLE_LENGTH = 4000;
/** How many traditional-only characters in the sample make a text traditional. */
export const TRADITIONAL_SAMPLE_HITS = 5;
/** Frequent characters that exist only in traditional script (a cheap detector; the converter does the real work). */
export const TRADITIONAL_ONLY = codeSet(
  '發業國產為進實區黨開會動設體養堅資個創對經時強現點學來轉與優們導質項領關務題遊鎮標濟統勢環規決傳義場於劃機態術鄉過藝習縣組問這從幹戰辦兩網專農興確運線書華內總長營廣論難著園氣醫後帶員準級間構陽護頭達爭將礎歷單續萬結電職記眾層聯報揮極鐵斷張處驗議種偉綜億風觀當織際奮舉條審類團讓謀識積計東復變應責貫調響戶貧無圍協門衛號踐認視療麗權講數車鏈鍵隊籌緊須節樹別證壓遷勵樣鬥綠豐徹範穩見啟則費擁',
);

/** A set of characters as a table by code unit (a typed-array look-up is far cheaper than Set.has per character). */
function codeSet(chars: string): Uint8Array {
  const table = new Uint8Array(0x10000);
  for (const c of chars) table[c.charCodeAt(0)] = 1;
  return table;
}

/** True when the text's opening uses enough traditional-only characters to call it traditional Chinese. */
export function looksTraditional(text: string): boolean {
  const limit = Math.min(text.length, TRADITIONAL_SAMPLE_LENGTH);
  let hits = 0;
  for (let i = 0; i < limit; i++) {
    if (TRADITIONAL_ONLY[text.charCodeAt(i)] === 1 && ++hits >= TRADITIONAL_SAMPLE_HITS) return true;
  }
  return false;
}

/**
 * The text to match rules against: simplified Chinese with the same length as `text`.
 * Simplified text is returned unchanged; traditional text is converted phrase-wise, or character by
 * character where phrase conversion would change the length. `traditional`: looksTraditional(text) when the
 * caller has it (scanSentences decides it in its pass).
 */
export function toMatchingScript(text: string, traditional = looksTraditional(text)): string {
  if (!traditional) return text;
  const converted = fastTw2s(text) ?? getConverter()(text);
  if (converted.length === text.length) return converted;
  return convertCharByChar(text);
}

function convertCharByChar(text: string): string {
  const convert = getConverter();
  const parts: string[] = [];
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch.charCodeAt(0) < 0x3400) {
      parts.push(ch);
      continue;
    }
    let mapped = charCache.get(ch);
    if (mapped === undefined) {
      const out = convert(ch);
      mapped = out.length === 1 ? out : ch;
      charCache.set(ch, mapped);
    }
    parts.push(mapped);
  }
  return parts.join('');
}

// OpenCC's tw2s conversion (normalise, segment at phrases, convert each segment through two dictionary groups),
// re-implemented over flat tables: opencc-js walks a trie of Maps per character and pass (~30 MB/s), this
// rejects most positions with one table look-up. Same dictionaries, same longest-match rule, same result
// (unit-tested against opencc-js).

interface Dictionary {
  /** 1 for every code unit a key starts with, 2 when a key of two or more code units does. */
  starts: Uint8Array;
  /** Values of one-code-unit keys, by code. */
  single: (string | undefined)[];
  /** Bit set over a hash of the first two code units of keys of two or more (rejects most pairs without a Map look-up). */
  pairBits: Uint32Array;
  /**
   * The lengths of the keys of two or more code units as bits (lengthBit), by first then second code unit
   * (small-integer keys hash fast): only those lengths are looked up.
   */
  lengthsByPair: Map<number, Map<number, number>>;
  /** The length of the longest key. */
  longest: number;
  /** Values of keys of two or more code units. */
  entries: Map<string, string>;
  /**
   * By code unit, below 2^16: the code unit it converts to XOR itself (0 for no key at all: itself), when only a
   * one-unit key starts with it and its value is one code unit; else LONGEST_MATCH (longestMatch decides).
   */
  steps: Uint32Array;
}

interface Tw2s {
  normalise: Dictionary;
  segment: Dictionary;
  chain: Dictionary[];
  /**
   * SEGMENT_START for the code units a segmentation key starts with; NORMALISE_OR_DESCRIBE for those normalisation
   * starts at and the ideographic description characters (rare in any text); FIRST_CONVERSION_START for those a key
   * of the first conversion dictionary starts with, when other dictionaries follow it.
   */
  scanFlags: Uint8Array;
}

let tw2s: Tw2s | null | undefined;

/**
 * A dictionary group as OpenCC loads it: later dictionaries first, so earlier ones override. The code units its keys
 * start with get `flag` in `scanFlags` (marked as the keys are read: no pass over every code unit).
 */
function dictionary(group: readonly DictLike[], scanFlags: Uint8Array, flag: number): Dictionary {
  const starts = new Uint8Array(0x10000);
  const single: (string | undefined)[] = new Array<string | undefined>(0x10000).fill(undefined);
  const lengthsByPair = new Map<number, Map<number, number>>();
  let longest = 0;
  const pairBits = new Uint32Array(PAIR_HASH_SIZE >>> 5);
  const entries = new Map<string, string>();
  const steps = new Uint32Array(0x10000);
  const add = (key: string, value: string): void => {
    if (key.length === 0) return;
    const code = key.charCodeAt(0);
    scanFlags[code]! |= flag;
    longest = Math.max(longest, key.length);
    starts[code] = Math.max(starts[code]!, key.length === 1 ? 1 : 2);
    if (key.length === 1) {
      single[code] = value;
      if (starts[code] === 1) steps[code] = value.length === 1 ? code ^ value.charCodeAt(0) : LONGEST_MATCH;
      return;
    }
    steps[code] = LONGEST_MATCH;
    const bit = pairHash(key.charCodeAt(0), key.charCodeAt(1));
    pairBits[bit >>> 5]! |= 1 << (bit & 31);
    let bySecond = lengthsByPair.get(key.charCodeAt(0));
    if (bySecond === undefined) lengthsByPair.set(key.charCodeAt(0), (bySecond = new Map()));
    bySecond.set(key.charCodeAt(1), (bySecond.get(key.charCodeAt(1)) ?? 0) | lengthBit(key.length));
    entries.set(key, value);
  };
  for (const dict of [...group].reverse()) {
    if (typeof dict === 'string') {
      for (const entry of dict.split('|')) {
        const [key, value] = entry.split(' ');
        if (key !== undefined && value !== undefined) add(key, value);
      }
    } else for (const [key, value] of dict) add(key, value);
  }
  return { starts, single, pairBits, lengthsByPair, longest, entries, steps };
}

const LONGEST_MATCH = 0x10000;

/** Key lengths 2 to LONGEST_BIT_LENGTH have a bit each (length - 2); longer ones share LONGER_KEYS. */
const LONGEST_BIT_LENGTH = 31;
const LONGER_KEYS = 1 << 30;

function lengthBit(length: number): number {
  return length <= LONGEST_BIT_LENGTH ? 1 << (length - 2) : LONGER_KEYS;
}

const PAIR_HASH_SIZE = 1 << 20;

function pairHash(first: number, second: number): number {
  return (Math.imul(first, 0x9e3779b1) ^ second) & (PAIR_HASH_SIZE - 1);
}

function loadTw2s(): Tw2s | null {
  type Config = { normalizationChain?: readonly DictGroup[]; segmentation: DictLike | DictGroup; conversionChain: readonly DictGroup[] };
  const config = (OpenCC.Locale.configs as Record<string, Config | undefined>).tw2s;
  const normalisation = config?.normalizationChain;
  if (!config || !normalisation || normalisation.length !== 1) return null;
  // As opencc-js reads it: a list of dictionary strings is a group, anything else one dictionary.
  const segmentation = config.segmentation;
  const isGroup = Array.isArray(segmentation) && segmentation.every((d) => typeof d === 'string');
  const scanFlags = new Uint8Array(0x10000);
  const normalise = dictionary(normalisation[0]!, scanFlags, NORMALISE_OR_DESCRIBE);
  const segment = dictionary(isGroup ? (segmentation as DictGroup) : [segmentation as DictLike], scanFlags, SEGMENT_START);
  const chainLength = config.conversionChain.length;
  const chain = config.conversionChain.map((group, d) => dictionary(group, scanFlags, d === 0 && chainLength > 1 ? FIRST_CONVERSION_START : 0));
  for (let code = IDEOGRAPHIC_DESCRIPTION_FIRST; code <= IDEOGRAPHIC_DESCRIPTION_LAST; code++) scanFlags[code]! |= NORMALISE_OR_DESCRIBE;
  return { normalise, segment, chain, scanFlags };
}

/** Length of the longest key of `dict` at `i` (within `end`), and its value through `found`; 0 when none. */
function longestMatch(dict: Dictionary, text: string, i: number, end: number, found: { value: string }): number {
  const first = text.charCodeAt(i);
  let bySecond: Map<number, number> | undefined;
  if (i + 1 < end && dict.starts[first] === 2) {
    const bit = pairHash(first, text.charCodeAt(i + 1));
    if ((dict.pairBits[bit >>> 5]! & (1 << (bit & 31))) !== 0) bySecond = dict.lengthsByPair.get(first);
  }
  if (bySecond !== undefined) {
    const lengths = bySecond.get(text.charCodeAt(i + 1));
    if (lengths !== undefined) {
      // Longest first: keys too long for a bit of their own (none in OpenCC's dictionaries) each length down.
      if ((lengths & LONGER_KEYS) !== 0) {
        for (let length = Math.min(dict.longest, end - i); length > LONGEST_BIT_LENGTH; length--) {
          if (valueOf(dict, text, i, length, found)) return length;
        }
      }
      let bits = lengths & ~LONGER_KEYS;
      while (bits !== 0) {
        const bit = 31 - Math.clz32(bits);
        bits ^= 1 << bit;
        const length = bit + 2;
        if (length <= end - i && valueOf(dict, text, i, length, found)) return length;
      }
    }
  }
  const value = dict.single[first];
  if (value === undefined) return 0;
  found.value = value;
  return 1;
}

/** Whether `text[i, i + length)` is a key of two or more code units; its value through `found`. */
function valueOf(dict: Dictionary, text: string, i: number, length: number, found: { value: string }): boolean {
  const value = dict.entries.get(text.slice(i, i + length));
  if (value === undefined) return false;
  found.value = value;
  return true;
}

const match = { value: '' };
/** longestMatch's value when only its length is wanted. */
const probe = { value: '' };

/** `text[start, end)` with every longest dictionary match replaced, or null when nothing in it matches. */
function convertRange(dict: Dictionary, text: string, start: number, end: number): string | null {
  let parts: string[] | null = null;
  let copied = start;
  for (let i = start; i < end; ) {
    if (dict.starts[text.charCodeAt(i)] === 0) {
      i++;
      continue;
    }
    const length = longestMatch(dict, text, i, end, match);
    if (length === 0) {
      i++;
      continue;
    }
    parts ??= [];
    if (copied < i) parts.push(text.slice(copied, i));
    parts.push(match.value);
    i += length;
    copied = i;
  }
  if (parts === null) return null;
  if (copied < end) parts.push(text.slice(copied, end));
  return parts.join('');
}

const utf16 = new TextDecoder('utf-16le', { ignoreBOM: true });
/** Whether typed arrays store code units as UTF-16LE does (what utf16 reads). */
const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

function hasSurrogate(units: Uint16Array): boolean {
  for (let i = 0; i < units.length; i++) if ((units[i]! & 0xf800) === 0xd800) return true;
  return false;
}

/** A growing buffer of UTF-16 code units (joining one string per converted character would dominate). */
class CodeUnits {
  private units: Uint16Array;
  length = 0;

  constructor(capacity: number) {
    this.units = new Uint16Array(Math.max(16, capacity));
  }

  private reserve(extra: number): void {
    if (this.length + extra <= this.units.length) return;
    const grown = new Uint16Array(Math.max(this.units.length * 2, this.length + extra));
    grown.set(this.units.subarray(0, this.length));
    this.units = grown;
  }

  pushString(value: string): void {
    this.reserve(value.length);
    for (let i = 0; i < value.length; i++) this.units[this.length++] = value.charCodeAt(i);
  }

  /** Appends `text[start, end)` with every longest match of `dict` replaced. */
  pushConverted(dict: Dictionary, text: string, start: number, end: number): void {
    // Room for one code unit per code unit of the text left: only a match's value can need more.
    this.reserve(end - start);
    for (let i = start; i < end; ) {
      const code = text.charCodeAt(i);
      const step = dict.steps[code]!;
      if (step !== LONGEST_MATCH) {
        this.units[this.length++] = code ^ step;
        i++;
        continue;
      }
      const length = longestMatch(dict, text, i, end, match);
      if (length === 0) {
        this.units[this.length++] = code;
        i++;
        continue;
      }
      this.pushString(match.value);
      i += length;
      this.reserve(end - i);
    }
  }

  toString(): string {
    const units = this.units.subarray(0, this.length);
    // A UTF-16 decoder (native) would replace lone surrogates: it decodes only text without any surrogate.
    if (LITTLE_ENDIAN && !hasSurrogate(units)) return utf16.decode(units);
    const chunks: string[] = [];
    for (let at = 0; at < this.length; at += 4096) {
      chunks.push(String.fromCharCode.apply(null, this.units.subarray(at, Math.min(this.length, at + 4096)) as unknown as number[]));
    }
    return chunks.join('');
  }
}

/** Ideographic description characters: OpenCC reads a sequence of them as one unit; left to opencc-js. */
const IDEOGRAPHIC_DESCRIPTION_FIRST = 0x2ff0;
const IDEOGRAPHIC_DESCRIPTION_LAST = 0x2fff;

function hasIdeographicDescription(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= IDEOGRAPHIC_DESCRIPTION_FIRST && code <= IDEOGRAPHIC_DESCRIPTION_LAST) return true;
  }
  return false;
}

const SEGMENT_START = 1;
const NORMALISE_OR_DESCRIBE = 2;
const FIRST_CONVERSION_START = 4;
const ALL_FLAGS = SEGMENT_START | NORMALISE_OR_DESCRIBE | FIRST_CONVERSION_START;

/** OpenCC tw → cn on flat tables, or null when this text or this opencc-js build needs the library itself. */
export function fastTw2s(text: string): string | null {
  if (tw2s === undefined) tw2s = loadTw2s();
  if (tw2s === null) return null;
  const out = new CodeUnits(text.length + 64);
  // Most texts need no normalisation: the segmentation pass over the text itself looks out for it, and only a text
  // that needs it is normalised and segmented again.
  if (convertSegments(tw2s, text, ALL_FLAGS, out)) return out.toString();
  if (hasIdeographicDescription(text)) return null;
  out.length = 0;
  convertSegments(tw2s, convertRange(tw2s.normalise, text, 0, text.length) ?? text, ALL_FLAGS & ~NORMALISE_OR_DESCRIBE, out);
  return out.toString();
}

/**
 * Appends `normalised` converted segment by segment; false, as soon as one is met, when `flags` holds
 * NORMALISE_OR_DESCRIBE and the text has a code unit normalisation starts at or an ideographic description character.
 * The segmentation pass also makes the first conversion dictionary's replacements in the runs between phrases (what
 * convertRange would make in each run): a replacement must end where the run does, at the next phrase.
 */
function convertSegments(tables: Tw2s, normalised: string, flags: number, out: CodeUnits): boolean {
  const { segment, chain, scanFlags } = tables;
  const last = chain.length - 1;
  const end = normalised.length;
  /** Converts `piece[start, to)` through chain[from], chain[from + 1]… into out. */
  const convertFrom = (from: number, piece: string, start: number, to: number): void => {
    for (let d = from; d < last; d++) {
      const converted = convertRange(chain[d]!, piece, start, to);
      if (converted === null) continue;
      piece = converted;
      start = 0;
      to = piece.length;
    }
    if (last >= 0) out.pushConverted(chain[last]!, piece, start, to);
    else out.pushString(piece.slice(start, to));
  };
  // The current run: where it starts, and the first dictionary's replacements in it up to `copied`.
  let run = 0;
  let parts: string[] | null = null;
  let copied = 0;
  const convertRun = (to: number): void => {
    const firstDone = (flags & FIRST_CONVERSION_START) !== 0 && last > 0 ? 1 : 0;
    if (parts === null) {
      convertFrom(firstDone, normalised, run, to);
      return;
    }
    if (copied < to) parts.push(normalised.slice(copied, to));
    const piece = parts.join('');
    parts = null;
    convertFrom(firstDone, piece, 0, piece.length);
  };
  for (let i = 0; i < end; ) {
    const flag = scanFlags[normalised.charCodeAt(i)]! & flags;
    if (flag === 0) {
      i++;
      continue;
    }
    if ((flag & NORMALISE_OR_DESCRIBE) !== 0) return false;
    if ((flag & SEGMENT_START) !== 0) {
      const length = longestMatch(segment, normalised, i, end, match);
      if (length > 0) {
        // The phrase's own code units after its first are looked at too.
        for (let k = i + 1; k < i + length; k++) if ((scanFlags[normalised.charCodeAt(k)]! & flags & NORMALISE_OR_DESCRIBE) !== 0) return false;
        if (run < i) convertRun(i);
        convertFrom(0, normalised, i, i + length);
        i += length;
        run = i;
        copied = i;
        continue;
      }
    }
    if ((flag & FIRST_CONVERSION_START) === 0) {
      i++;
      continue;
    }
    let length = longestMatch(chain[0]!, normalised, i, end, match);
    for (let k = i + 1; k < i + length; k++) {
      const inner = scanFlags[normalised.charCodeAt(k)]! & flags;
      if ((inner & NORMALISE_OR_DESCRIBE) !== 0) return false;
      if ((inner & SEGMENT_START) !== 0 && longestMatch(segment, normalised, k, end, probe) > 0) {
        length = longestMatch(chain[0]!, normalised, i, k, match);
        break;
      }
    }
    if (length === 0) {
      i++;
      continue;
    }
    parts ??= [];
    if (copied < i) parts.push(normalised.slice(copied, i));
    parts.push(match.value);
    i += length;
    copied = i;
  }
  if (run < end) convertRun(end);
  return true;
}

// Sentence splitting: at 。！？；!?; and line breaks, never inside quotes or brackets.
// A line that a page break or layout cut in the middle of a sentence (prose that stops without closing
// punctuation and continues on the next non-blank line) is joined with that line: the sentence then spans
// the break, and its `text` is the exact slice of the original, line breaks included.
// Linear: one pass; bracket depth resets at every line break that ends a sentence, so an unclosed bracket
// cannot swallow a document.
import { LineIndex } from './lines';
import { TRADITIONAL_ONLY, TRADITIONAL_SAMPLE_HITS, TRADITIONAL_SAMPLE_LENGTH } from './script';
import { SCAN_KIND, type ScanOffsets, addScanOffset, emptyScanOffsets } from './slogans';
import type { Sentence } from './types';

/** Character classes by UTF-16 code (one table look-up per character; reading text[i] would allocate). */
const TERMINATOR = 1;
const OPENER = 2;
const CLOSER = 3;
const LINE_BREAK = 4;
const STRAIGHT_QUOTE = 5;
const SOFT_BREAK = 6;
/** A character only traditional script uses: counted in the sample that decides the script (script.ts). */
const TRADITIONAL = 7;
/** The bar of a markdown table row: only noted (item fields look for table rows in a text that holds one). */
const BAR = 8;
const CLASS = new Uint8Array(0x10000);
for (let code = 0; code < 0x10000; code++) if (TRADITIONAL_ONLY[code] === 1) CLASS[code] = TRADITIONAL;
for (const c of '。！？；!?;') CLASS[c.charCodeAt(0)] = TERMINATOR;
for (const c of '“‘（(《【「『〔[') CLASS[c.charCodeAt(0)] = OPENER;
for (const c of '”’）)》】」』〕]') CLASS[c.charCodeAt(0)] = CLOSER;
CLASS[10] = LINE_BREAK;
CLASS[13] = LINE_BREAK;
CLASS[34] = STRAIGHT_QUOTE;
for (const c of '，,、：:') CLASS[c.charCodeAt(0)] = SOFT_BREAK;
CLASS[0x7c] = BAR;
const FULLWIDTH_COLON = 0xff1a;
const COLON = 0x3a;
/**
 * The scan also collects the offsets the slogan scan reads (slogans.ts), so that it need not read every character
 * again: a code unit's entry in UNITS holds its CLASS in the low bits and its SCAN_KIND above them.
 */
const CLASS_BITS = 15;
const SCAN_KIND_SHIFT = 4;
/** UNITS at or above this have a SCAN_KIND. */
const SCANNED_UNIT = 1 << SCAN_KIND_SHIFT;
const UNITS = CLASS.map((kind, code) => kind | (SCAN_KIND[code]! << SCAN_KIND_SHIFT));
/**
 * UNITS without the soft breaks other than colons: they change nothing in a run shorter than SOFT_LIMIT (and come
 * every few characters). Colons are rare, and their offsets are collected for item fields (FieldMarks).
 */
const UNITS_IN_SHORT_RUN = UNITS.map((unit, code) => ((unit & CLASS_BITS) === SOFT_BREAK && !isColon(code) ? unit & ~CLASS_BITS : unit));
/**
 * Text that runs on without a terminator (a scrape with commas only, a minified line) is cut into pieces of
 * bounded length, so that no item carries a megabyte of "sentence": at a comma-like mark past SOFT_LIMIT,
 * or anywhere past HARD_LIMIT (never inside a surrogate pair). Real sentences are far shorter.
 */
const SOFT_LIMIT = 1000;
const HARD_LIMIT = 4000;
/** An unclosed quote or bracket stops protecting terminators after this many characters. */
const MAX_PROTECTED_RUN = 300;
/** A line that ends with one of these is complete (or introduces a list, or is a table row): never joined. */
const LINE_COMPLETE = new Uint8Array(0x10000);
for (const c of '。！？；!?;：:…”’）)》」』】〕]|') LINE_COMPLETE[c.charCodeAt(0)] = 1;
/** A line that starts like this begins something new: a heading, list item, caption or byline. */
const NEW_BLOCK_START = /^(?:[#>*\-+•·◎◇◆■□●○▲△※|]|图片|图\s*\d|表\s*\d|[一二三四五六七八九十]+[、是．.]|[（(][一二三四五六七八九十\d]+[）)]|\d+[、.．)]|第[一二三四五六七八九十\d]+[章节条部编]|[A-Za-z])/;
const HEADING_START = /^(?:#|[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)]|第[一二三四五六七八九十\d]+[章节部编])/;
const PROSE_PUNCTUATION = /[，,。、；：]/;
/** Blanks around a sentence and between lines, by code unit: one look-up where six compares failed at most starts. */
const BLANK = new Uint8Array(0x10000);
for (const code of [32, 9, 0x3000, 0xa0, 0xfeff, 10, 13]) BLANK[code] = 1;
/** At most this many blank lines may separate the two halves of a cut sentence. */
const MAX_BLANK_LINES = 2;

function isColon(code: number): boolean {
  return code === FULLWIDTH_COLON || code === COLON;
}

function isLineBreak(code: number): boolean {
  return code === 10 || code === 13;
}

export function splitSentences(text: string, lines?: LineIndex): Sentence[] {
  return scanSentences(text, lines).sentences;
}

/**
 * What item fields (itemFields.ts) look for, collected by the scan so that they need not search the text again. The
 * buffer is shared from text to text: it holds the marks of `text` until the next scan.
 */
export interface FieldMarks {
  /** The text the marks are of (null while a scan is filling them). */
  text: string | null;
  /** Offsets of the colons (：:), in order: `colons[0, colonCount)`. */
  colons: Int32Array;
  colonCount: number;
  /** Whether the text holds a | (a markdown table row opens with one). */
  bar: boolean;
}

const fieldMarks: FieldMarks = { text: null, colons: new Int32Array(256), colonCount: 0, bar: false };

/** The marks of `text` when the last scan was of it, else null. */
export function fieldMarksOf(text: string): FieldMarks | null {
  return fieldMarks.text === text ? fieldMarks : null;
}

function addColon(marks: FieldMarks, at: number): void {
  if (marks.colonCount === marks.colons.length) {
    const grown = new Int32Array(marks.colons.length * 2);
    grown.set(marks.colons);
    marks.colons = grown;
  }
  marks.colons[marks.colonCount++] = at;
}

/** Notes a colon or bar at `at`, of code `code` and class `kind`. */
function addFieldMark(marks: FieldMarks, at: number, code: number, kind: number): void {
  if (kind === BAR) marks.bar = true;
  else if (kind === SOFT_BREAK && isColon(code)) addColon(marks, at);
}

export interface SentenceScan {
  sentences: Sentence[];
  /** looksTraditional(text) (script.ts), decided in the same pass over the characters. */
  traditional: boolean;
  /** The lines of the text: the caller's index, else one of the line starts found in the same pass. */
  lines: LineIndex;
}

// The scan keeps its state in plain locals (no closure captures them): V8 can then hold them in registers
// instead of a heap context read and written at every character.
export function scanSentences(text: string, given?: LineIndex): SentenceScan {
  // Every line break stops the scan: without the caller's index, the line starts are collected there. The index
  // reads the growing list: a sentence's line is looked up once the scan has passed its end.
  const lineStarts: number[] | null = given === undefined ? [0] : null;
  const lines = given ?? LineIndex.fromLineStarts(lineStarts!);
  const sentences: Sentence[] = [];
  let traditionalInSample = 0;
  let start = 0;
  let depth = 0;
  let straightQuoteOpen = false;
  let depthOpenedAt = -1;
  let lineStart = 0;
  /** The line of the last sentence pushed: sentences come in order, so the next one's line is found from it. */
  let line = 0;
  const offsets = emptyScanOffsets();
  const marks = fieldMarks;
  marks.text = null;
  marks.colonCount = 0;
  marks.bar = false;

  for (let i = 0; i < text.length; i++) {
    // Most characters are none of the classes: skip them in a tight loop, up to where a run gets too long. Before
    // SOFT_LIMIT soft breaks are skipped too (a comma every few characters would end the tight loop each time).
    // Code units the slogan scan reads are collected on the way, and brackets and traditional characters counted: the
    // innermost loop tests for zero only (one that also told the kinds apart at every character was slower).
    const shortRun = i - start < SOFT_LIMIT;
    const units = shortRun ? UNITS_IN_SHORT_RUN : UNITS;
    const runEnd = Math.min(text.length, start + (shortRun ? SOFT_LIMIT : HARD_LIMIT));
    // The entry the skip stops at is kept: looking the code unit up again cost a second read at every stop.
    let runUnit = 0;
    while (i < runEnd) {
      while (i < runEnd && (runUnit = units[text.charCodeAt(i)]!) === 0) i++;
      if (i >= runEnd) break;
      const runKind = runUnit & CLASS_BITS;
      if (runKind === OPENER) {
        if (depth === 0 && !straightQuoteOpen) depthOpenedAt = i;
        depth++;
      } else if (runKind === CLOSER) {
        if (depth > 0) depth--;
      } else if (runKind === TRADITIONAL) {
        if (i < TRADITIONAL_SAMPLE_LENGTH) traditionalInSample++;
      } else if (runKind !== 0) break;
      if (runUnit >= SCANNED_UNIT) addScanOffset(offsets, i, runUnit >>> SCAN_KIND_SHIFT);
      i++;
    }
    if (i >= text.length) break;
    if (i === runEnd && shortRun) {
      // The run reached SOFT_LIMIT: the skip goes on from this character as a long run, which counts soft breaks.
      i--;
      continue;
    }
    // The skip stopped at a class it does not count, or at HARD_LIMIT, where the run is cut (but before a line break
    // or inside a surrogate pair, neither of them counted by the skip).
    const code = text.charCodeAt(i);
    const unit = UNITS[code]!;
    collect(offsets, i, unit);
    const kind = unit & CLASS_BITS;
    if (i - start >= HARD_LIMIT && (code < 0xdc00 || code > 0xdfff) && kind !== LINE_BREAK) {
      // Cut an overlong run here.
      addFieldMark(marks, i, code, kind);
      line = pushSentence(sentences, text, lines, line, start, i);
      start = i;
      lineStart = Math.max(lineStart, i);
      depth = 0;
      straightQuoteOpen = false;
      continue;
    }
    if (kind === 0) continue;
    if (kind === SOFT_BREAK) {
      if (isColon(code)) addColon(marks, i);
      if (i - start >= SOFT_LIMIT) {
        line = pushSentence(sentences, text, lines, line, start, i + 1);
        start = i + 1;
        lineStart = Math.max(lineStart, i + 1);
        depth = 0;
        straightQuoteOpen = false;
      }
      continue;
    }
    if (kind === LINE_BREAK) {
      if (lineStarts !== null) addLineStart(lineStarts, text, i);
      const next = continuationStart(text, lineStart, i, start);
      if (next >= 0) {
        // The blanks and line breaks up to the continuing line.
        for (let skipped = i + 1; skipped < next; skipped++) {
          const skippedUnit = UNITS[text.charCodeAt(skipped)]!;
          collect(offsets, skipped, skippedUnit);
          if (lineStarts !== null && (skippedUnit & CLASS_BITS) === LINE_BREAK) addLineStart(lineStarts, text, skipped);
        }
        lineStart = next;
        i = next - 1;
        continue;
      }
      line = pushSentence(sentences, text, lines, line, start, i);
      start = i + 1;
      lineStart = i + 1;
      depth = 0;
      straightQuoteOpen = false;
      continue;
    }
    if (kind === STRAIGHT_QUOTE) {
      straightQuoteOpen = !straightQuoteOpen;
      if (straightQuoteOpen && depth === 0) depthOpenedAt = i;
      continue;
    }
    if (kind === BAR) {
      marks.bar = true;
      continue;
    }
    // A terminator.
    const protectedByBrackets = (depth > 0 || straightQuoteOpen) && i - depthOpenedAt <= MAX_PROTECTED_RUN;
    if (protectedByBrackets) continue;
    depth = 0;
    straightQuoteOpen = false;
    // Keep trailing closing quotes/brackets with the sentence they close (…。”).
    let end = i + 1;
    for (; end < text.length; end++) {
      const closerUnit = UNITS[text.charCodeAt(end)]!;
      if ((closerUnit & CLASS_BITS) !== CLOSER) break;
      collect(offsets, end, closerUnit);
    }
    line = pushSentence(sentences, text, lines, line, start, end);
    start = end;
    i = end - 1;
  }
  pushSentence(sentences, text, lines, line, start, text.length);
  offsets.text = text;
  marks.text = text;
  return { sentences, traditional: traditionalInSample >= TRADITIONAL_SAMPLE_HITS, lines };
}

/** Adds `at` to the slogan scan's offsets when its code unit, of UNITS entry `unit`, is one that scan reads. */
function collect(offsets: ScanOffsets, at: number, unit: number): void {
  if (unit >= SCANNED_UNIT) addScanOffset(offsets, at, unit >>> SCAN_KIND_SHIFT);
}

/** Adds the start of the line after the break at `at` (lineStartsOf's rule: the LF of a CRLF ends the line). */
function addLineStart(lineStarts: number[], text: string, at: number): void {
  if (text.charCodeAt(at) !== 13 || text.charCodeAt(at + 1) !== 10) lineStarts.push(at + 1);
}

/**
 * Adds text[start, end) without its surrounding blanks as a sentence, unless nothing is left. Returns the line of
 * the sentence added (else `fromLine`), found from `fromLine`, the line of the one before.
 */
function pushSentence(sentences: Sentence[], text: string, lines: LineIndex, fromLine: number, start: number, end: number): number {
  let s = start;
  let e = end;
  while (s < e && isBlank(text.charCodeAt(s))) s++;
  while (e > s && isBlank(text.charCodeAt(e - 1))) e--;
  if (e <= s) return fromLine;
  const line = lines.lineAtFrom(s, fromLine);
  sentences.push({ start: s, end: e, line, text: text.slice(s, e) });
  return line;
}

/**
 * When the line ending at `breakAt` was cut in the middle of a sentence, the offset where the sentence
 * continues (start of the next non-blank line); otherwise -1.
 */
function continuationStart(text: string, lineStart: number, breakAt: number, sentenceStart: number): number {
  let lineEnd = breakAt;
  while (lineEnd > lineStart && isBlank(text.charCodeAt(lineEnd - 1))) lineEnd--;
  let contentStart = Math.max(lineStart, sentenceStart);
  while (contentStart < lineEnd && isBlank(text.charCodeAt(contentStart))) contentStart++;
  if (contentStart >= lineEnd) return -1;
  // Most lines end complete: their last character is looked up before the line is sliced (it is the last one of
  // the trimmed line too, which only loses characters at its start).
  if (LINE_COMPLETE[text.charCodeAt(lineEnd - 1)] === 1) return -1;
  const line = text.slice(lineStart, lineEnd).trimStart();
  if (HEADING_START.test(line)) return -1;
  if (line.length < 30 && !(line.length >= 12 && PROSE_PUNCTUATION.test(line))) return -1;
  // Find the next non-blank line, crossing at most MAX_BLANK_LINES blank lines.
  let i = breakAt;
  let breaks = 0;
  while (i < text.length) {
    const code = text.charCodeAt(i);
    if (isLineBreak(code)) {
      if (code === 13 && text.charCodeAt(i + 1) === 10) i++;
      breaks++;
      if (breaks > MAX_BLANK_LINES + 1) return -1;
      i++;
      continue;
    }
    if (isBlank(code)) {
      i++;
      continue;
    }
    break;
  }
  if (i >= text.length) return -1;
  // Indented text after a break is a new paragraph, not a continuation.
  const lineBegin = lineStartBefore(text, i);
  if (i - lineBegin >= 2) return -1;
  const head = text.slice(i, i + 8);
  if (NEW_BLOCK_START.test(head)) return -1;
  const first = text.charCodeAt(i);
  const continuesProse = (first >= 0x4e00 && first <= 0x9fff) || first === 0x201c || first === 0x201d || first === 0x300c || first === 0x300d || (first >= 48 && first <= 57);
  return continuesProse ? lineBegin : -1;
}

function lineStartBefore(text: string, pos: number): number {
  let i = pos;
  while (i > 0 && !isLineBreak(text.charCodeAt(i - 1))) i--;
  return i;
}

function isBlank(code: number): boolean {
  return BLANK[code] === 1;
}

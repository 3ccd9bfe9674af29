// Quoted spans on one line: “…”, 「…」, 『…』, ‘…’ and straight "…" pairs. Linear, never crosses a line break.
import { codeTable, offsetsOf } from './sloganLexicon';

/**
 * Quoted spans in order of their opening marks: the k-th opens at `opens[k]` and closes at `closes[k]` (its
 * content is `opens[k] + 1 … closes[k]`), for k < `count`. The arrays are shared: they hold the spans of the
 * text scanned last, until a call for another text.
 */
export interface QuoteSpans {
  opens: Int32Array;
  closes: Int32Array;
  count: number;
}

const PAIRS: Record<string, string> = { '“': '”', '「': '」', '『': '』', '‘': '’' };
const CLOSERS = new Set(Object.values(PAIRS));

/** Longest quoted content considered (longer “quotes” are speech, not names). */
export const MAX_QUOTE_LENGTH = 80;

export function isOpenQuote(ch: string | undefined): boolean {
  return ch === '“' || ch === '"' || ch === '「' || ch === '『' || ch === '‘';
}

export function isCloseQuote(ch: string | undefined): boolean {
  return ch === '”' || ch === '"' || ch === '」' || ch === '』' || ch === '’';
}

/** `isOpenQuote` on a UTF-16 code unit (NaN past the end: false). */
export function isOpenQuoteCode(code: number): boolean {
  return code === 0x201c || code === 34 || code === 0x300c || code === 0x300e || code === 0x2018;
}

/** `isCloseQuote` on a UTF-16 code unit. */
export function isCloseQuoteCode(code: number): boolean {
  return code === 0x201d || code === 34 || code === 0x300d || code === 0x300f || code === 0x2019;
}

const LINE_BREAK = 1;
const STRAIGHT = 2;
const OPENER = 3;
const CLOSER = 4;
/** Character class per UTF-16 code unit (a table look-up per character; reading text[i] would allocate). */
const CLASS = new Uint8Array(0x10000);
CLASS[10] = LINE_BREAK;
CLASS[13] = LINE_BREAK;
CLASS[34] = STRAIGHT;
CLASS[0xff02] = STRAIGHT; // ＂
for (const ch of Object.keys(PAIRS)) CLASS[ch.charCodeAt(0)] = OPENER;
for (const ch of CLOSERS) CLASS[ch.charCodeAt(0)] = CLOSER;
/** Closer code per opener code. */
const CLOSER_OF = new Uint16Array(0x10000);
for (const [open, close] of Object.entries(PAIRS)) CLOSER_OF[open.charCodeAt(0)] = close.charCodeAt(0);

/** The code units quote scanning reads (quote marks and line breaks), for callers that collect offsets in one pass. */
export const QUOTE_SCAN_CODES: readonly number[] = [10, 13, 34, 0xff02, ...[...Object.keys(PAIRS), ...CLOSERS].map((ch) => ch.charCodeAt(0))]
  .sort((a, b) => a - b);
const QUOTE_SCAN_TABLE = codeTable(QUOTE_SCAN_CODES.map((code) => String.fromCharCode(code)));

/** The last text scanned and its quotes: slogan detection and prose terms both read the same document. */
let lastText: string | null = null;
const spans: QuoteSpans = { opens: new Int32Array(256), closes: new Int32Array(256), count: 0 };

/** Every quoted span in `text`, in order. An opener without a closer on its line is skipped. */
export function findQuotes(text: string): QuoteSpans {
  if (text === lastText) return spans;
  const offsets = offsetsOf(text, QUOTE_SCAN_TABLE);
  return findQuotesIn(text, Int32Array.from(offsets), offsets.length);
}

/**
 * `findQuotes` from offsets the caller has already collected: in order, every offset of a QUOTE_SCAN_CODES
 * unit in `text` (offsets of other code units are skipped).
 */
export function findQuotesAt(text: string, offsets: readonly number[]): QuoteSpans {
  return findQuotesIn(text, Int32Array.from(offsets), offsets.length);
}

/**
 * `findQuotes` from offsets the caller has already collected: `offsets[0, count)` holds, in order, every
 * offset of a QUOTE_SCAN_CODES unit in `text` (offsets of other code units are skipped).
 */
export function findQuotesIn(text: string, offsets: Int32Array, count: number): QuoteSpans {
  if (text !== lastText) {
    // Every span takes two of the offsets: half of them is room enough.
    const room = (count >> 1) + 1;
    if (spans.opens.length < room) {
      const size = Math.max(room, spans.opens.length * 2);
      spans.opens = new Int32Array(size);
      spans.closes = new Int32Array(size);
    }
    spans.count = quotesAt(text, offsets, count, spans.opens, spans.closes);
    lastText = text;
  }
  return spans;
}

/** Open curly/corner quotes on the current line: codes and offsets (at most 9 deep; shared, reset per text). */
const stackCode = new Int32Array(9);
const stackAt = new Int32Array(9);

/** Writes the spans of `text` into `opens` and `closes`, in order of their opening marks; returns their number. */
function quotesAt(text: string, offsets: Int32Array, count: number, opens: Int32Array, closes: Int32Array): number {
  let found = 0;
  let lineStart = 0;
  let depth = 0;
  let straightOpen = -1;
  for (let n = 0; n < count; n++) {
    const i = offsets[n]!;
    const kind = CLASS[text.charCodeAt(i)]!;
    if (kind === 0) continue;
    if (kind === LINE_BREAK) {
      depth = 0;
      straightOpen = -1;
      lineStart = i + 1;
    } else if (kind === STRAIGHT) {
      if (straightOpen >= 0 && i - straightOpen - 1 <= MAX_QUOTE_LENGTH) {
        opens[found] = straightOpen;
        closes[found++] = i;
        straightOpen = -1;
      } else straightOpen = i;
    } else if (kind === OPENER) {
      if (depth > 8) {
        stackCode.copyWithin(0, 1);
        stackAt.copyWithin(0, 1);
        depth--;
      }
      stackCode[depth] = CLOSER_OF[text.charCodeAt(i)]!;
      stackAt[depth++] = i;
    } else {
      // Pop to the matching opener (unbalanced inner marks are dropped).
      const code = text.charCodeAt(i);
      for (let s = depth - 1; s >= 0; s--) {
        if (stackCode[s] !== code) continue;
        const at = stackAt[s]!;
        if (at >= lineStart && i - at - 1 <= MAX_QUOTE_LENGTH) {
          opens[found] = at;
          closes[found++] = i;
        }
        depth = s;
        break;
      }
    }
  }
  // Spans are recorded as they close: only nested ones come out of order.
  for (let q = 1; q < found; q++) {
    if (opens[q - 1]! > opens[q]!) {
      sortByOpen(opens, closes, found);
      break;
    }
  }
  return found;
}

/** Sorts the first `count` spans by their opening marks (no two spans open at one offset). */
function sortByOpen(opens: Int32Array, closes: Int32Array, count: number): void {
  const order: number[] = [];
  for (let q = 0; q < count; q++) order.push(q);
  order.sort((a, b) => opens[a]! - opens[b]!);
  const sortedOpens = order.map((q) => opens[q]!);
  const sortedCloses = order.map((q) => closes[q]!);
  opens.set(sortedOpens);
  closes.set(sortedCloses);
}

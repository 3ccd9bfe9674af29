// Quoted spans on one line: “…”, 「…」, 『…』, ‘…’ and straight "…" pairs. Linear, never crosses a line break.

export interface Quote {
  /** Offset of the opening quote mark. */
  open: number;
  /** Offset of the closing quote mark (content is `open + 1 … close`). */
  close: number;
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

/** Every quoted span in `text`, in order. An opener without a closer on its line is skipped. */
export function findQuotes(text: string): Quote[] {
  const quotes: Quote[] = [];
  let lineStart = 0;
  const stack: { ch: string; at: number }[] = [];
  let straightOpen = -1;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    // Fast path: nothing below U+2018 matters except line breaks and the straight quote.
    if (code < 0x2018 && code !== 10 && code !== 13 && code !== 34) continue;
    if (code > 0x300f && code !== 0xff02) continue;
    if (code === 10 || code === 13) {
      stack.length = 0;
      straightOpen = -1;
      lineStart = i + 1;
      continue;
    }
    const ch = text[i]!;
    if (ch === '"' || ch === '＂') {
      if (straightOpen >= 0 && i - straightOpen - 1 <= MAX_QUOTE_LENGTH) {
        quotes.push({ open: straightOpen, close: i });
        straightOpen = -1;
      } else straightOpen = i;
      continue;
    }
    if (ch in PAIRS) {
      if (stack.length > 8) stack.shift();
      stack.push({ ch, at: i });
      continue;
    }
    if (CLOSERS.has(ch)) {
      // Pop to the matching opener (unbalanced inner marks are dropped).
      for (let s = stack.length - 1; s >= 0; s--) {
        const top = stack[s]!;
        if (PAIRS[top.ch] === ch) {
          if (top.at >= lineStart && i - top.at - 1 <= MAX_QUOTE_LENGTH) quotes.push({ open: top.at, close: i });
          stack.length = s;
          break;
        }
      }
    }
  }
  return quotes.sort((a, b) => a.open - b.open);
}

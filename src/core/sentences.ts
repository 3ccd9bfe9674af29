// Sentence splitting: at 。！？；!?; and line breaks, never inside quotes or brackets.
// Linear: one pass, bracket depth resets at every line break so an unclosed bracket cannot swallow a document.
import { LineIndex } from './lines';
import type { Sentence } from './types';

const TERMINATORS = new Set(['。', '！', '？', '；', '!', '?', ';']);
const OPENERS = new Set(['“', '‘', '（', '(', '《', '【', '「', '『', '〔', '[']);
const CLOSERS = new Set(['”', '’', '）', ')', '》', '】', '」', '』', '〕', ']']);
/** An unclosed quote or bracket stops protecting terminators after this many characters. */
const MAX_PROTECTED_RUN = 300;

function isLineBreak(code: number): boolean {
  return code === 10 || code === 13;
}

export function splitSentences(text: string, lines: LineIndex = new LineIndex(text)): Sentence[] {
  const sentences: Sentence[] = [];
  let start = 0;
  let depth = 0;
  let straightQuoteOpen = false;
  let depthOpenedAt = -1;

  const push = (end: number): void => {
    let s = start;
    let e = end;
    while (s < e && isBlank(text.charCodeAt(s))) s++;
    while (e > s && isBlank(text.charCodeAt(e - 1))) e--;
    if (e > s) sentences.push({ start: s, end: e, line: lines.lineAt(s), text: text.slice(s, e) });
  };

  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    const code = text.charCodeAt(i);
    if (isLineBreak(code)) {
      push(i);
      start = i + 1;
      depth = 0;
      straightQuoteOpen = false;
      continue;
    }
    if (ch === '"') {
      straightQuoteOpen = !straightQuoteOpen;
      if (straightQuoteOpen && depth === 0) depthOpenedAt = i;
      continue;
    }
    if (OPENERS.has(ch)) {
      if (depth === 0 && !straightQuoteOpen) depthOpenedAt = i;
      depth++;
      continue;
    }
    if (CLOSERS.has(ch)) {
      if (depth > 0) depth--;
      continue;
    }
    if (TERMINATORS.has(ch)) {
      const protectedByBrackets = (depth > 0 || straightQuoteOpen) && i - depthOpenedAt <= MAX_PROTECTED_RUN;
      if (protectedByBrackets) continue;
      depth = 0;
      straightQuoteOpen = false;
      // Keep trailing closing quotes/brackets with the sentence they close (…。”).
      let end = i + 1;
      while (end < text.length && CLOSERS.has(text[end]!)) end++;
      push(end);
      start = end;
      i = end - 1;
    }
  }
  push(text.length);
  return sentences;
}

function isBlank(code: number): boolean {
  return code === 32 || code === 9 || code === 0x3000 || code === 0xa0 || code === 0xfeff || isLineBreak(code);
}

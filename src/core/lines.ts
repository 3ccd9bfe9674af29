// Offset ↔ line conversion for decoded text (UTF-16 offsets, 0-based lines; CRLF, LF and lone CR end a line).

/** Offsets at which each line starts (the first is 0), in ascending order. */
export function lineStartsOf(text: string): number[] {
  const starts = [0];
  if (text.indexOf('\r') === -1) {
    // LF only (the common case): a native search per line instead of a look at every character.
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
    return starts;
  }
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 10) starts.push(i + 1);
    else if (code === 13) {
      if (text.charCodeAt(i + 1) === 10) i++;
      starts.push(i + 1);
    }
  }
  return starts;
}

export class LineIndex {
  private lineStarts: ArrayLike<number>;

  constructor(text: string) {
    this.lineStarts = lineStartsOf(text);
  }

  /** An index from line starts computed elsewhere (lineStartsOf, e.g. in a worker), without the text. */
  static fromLineStarts(starts: ArrayLike<number>): LineIndex {
    const index = new LineIndex('');
    index.lineStarts = starts;
    return index;
  }

  get lineCount(): number {
    return this.lineStarts.length;
  }

  lineAt(offset: number): number {
    let low = 0;
    let high = this.lineStarts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (this.lineStarts[mid]! <= offset) low = mid;
      else high = mid - 1;
    }
    return low;
  }

  /**
   * lineAt(offset) for an offset at or after the start of line `from`: a cursor that only moves forward, so a
   * pass over offsets in ascending order costs one step per line in all instead of a binary search each.
   */
  lineAtFrom(offset: number, from: number): number {
    let line = from;
    while (line + 1 < this.lineStarts.length && this.lineStarts[line + 1]! <= offset) line++;
    return line;
  }

  lineStart(line: number): number {
    return this.lineStarts[Math.max(0, Math.min(line, this.lineStarts.length - 1))]!;
  }

  position(offset: number): { line: number; character: number } {
    const line = this.lineAt(offset);
    return { line, character: offset - this.lineStarts[line]! };
  }
}

// A fixed list of two-character words, looked for in a text range by character code.

const FIRST = 1;
const SECOND = 2;

/**
 * Two-character words, found by character code: the same answer as a regex alternation of them (/建成|完成|…/),
 * which tries every word at every position, while this looks at every other position once.
 */
export class TwoCharWords {
  /** Per first character, 1 + the index of its second characters in `seconds`, or 0. */
  private readonly first = new Uint16Array(0x10000);
  private readonly seconds: number[][] = [];
  /** Per character: FIRST if some word starts with it, SECOND if some word ends with it (or both). */
  private readonly role = new Uint8Array(0x10000);

  constructor(words: string[]) {
    for (const word of words) {
      if (word.length !== 2) throw new Error(`not a two-character word: ${word}`);
      const c = word.charCodeAt(0);
      if (this.first[c] === 0) this.first[c] = this.seconds.push([]);
      this.seconds[this.first[c]! - 1]!.push(word.charCodeAt(1));
      this.role[c]! |= FIRST;
      this.role[word.charCodeAt(1)]! |= SECOND;
    }
  }

  /** Some word lies wholly in text[from, to). */
  occursIn(text: string, from: number, to: number): boolean {
    return this.firstIn(text, from, to) >= 0;
  }

  /**
   * Where the first word lying wholly in text[from, to) starts, or -1. Every other position is read: each
   * two-character span holds one of them, as its first or its second character.
   */
  firstIn(text: string, from: number, to: number): number {
    for (let j = from + 1; j < to; j += 2) {
      const role = this.role[text.charCodeAt(j)]!;
      if (role === 0) continue;
      if ((role & SECOND) !== 0 && this.startsAt(text, j - 1)) return j - 1;
      if ((role & FIRST) !== 0 && j + 1 < to && this.startsAt(text, j)) return j;
    }
    return -1;
  }

  /** A word starts at text[i] (its second character at i + 1 is not checked against a range). */
  private startsAt(text: string, i: number): boolean {
    const slot = this.first[text.charCodeAt(i)]!;
    return slot !== 0 && this.seconds[slot - 1]!.includes(text.charCodeAt(i + 1));
  }
}

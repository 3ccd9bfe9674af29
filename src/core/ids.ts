// Stable ids for tracked items: a hash of the document, the item's sentence (whitespace removed) and its
// anchor, plus an occurrence counter among identical ones. Edits elsewhere in the document leave it alone.

/** 64-bit FNV-1a over UTF-16 code units, as 13 base-36 characters. Fast, not cryptographic. */
export function hashString(text: string): string {
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193 ^ 0x5bd1e995;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193);
    h2 = Math.imul(h2 ^ c, 0x5bd1e995);
    h2 ^= h2 >>> 15;
  }
  const high = (h1 >>> 0).toString(36).padStart(7, '0');
  const low = (h2 >>> 0).toString(36).padStart(7, '0');
  return high + low;
}

/** Whitespace (including line breaks a sentence may span) does not change an id. */
export function normaliseForId(text: string): string {
  return text.replace(/\s+/g, '');
}

/** Hands out ids; identical (document, sentence, anchor) triples get -2, -3… in order of appearance. */
export class IdAllocator {
  private readonly seen = new Map<string, number>();

  constructor(private readonly document: string) {}

  /** Hash a sentence once (`sentenceKey`) and pass it for each of its items: ids stay linear in the text. */
  sentenceKey(sentence: string): string {
    return hashString(normaliseForId(sentence));
  }

  next(kind: 'target' | 'commitment', sentenceKey: string, anchor: string): string {
    const base = `${kind === 'target' ? 't' : 'c'}-${hashString(`${this.document}\u0000${sentenceKey}\u0000${normaliseForId(anchor)}`)}`;
    const count = (this.seen.get(base) ?? 0) + 1;
    this.seen.set(base, count);
    return count === 1 ? base : `${base}-${count}`;
  }
}

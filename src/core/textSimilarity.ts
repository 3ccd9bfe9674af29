// Linear-time text similarity for re-anchoring: Sørensen–Dice over character bigrams, whitespace ignored.

/** Longest text compared; longer texts are cut so the work per comparison stays bounded. */
export const MAX_COMPARED_LENGTH = 1000;

/** Bigram counts of a text (whitespace removed, cut at MAX_COMPARED_LENGTH). */
export interface BigramProfile {
  counts: Map<string, number>;
  size: number;
  /** The normalised text, for the short-text case. */
  text: string;
}

export function bigramProfile(text: string): BigramProfile {
  const normalised = text.replace(/\s+/g, '').slice(0, MAX_COMPARED_LENGTH);
  const counts = new Map<string, number>();
  for (let i = 0; i + 1 < normalised.length; i++) {
    const gram = normalised.slice(i, i + 2);
    counts.set(gram, (counts.get(gram) ?? 0) + 1);
  }
  return { counts, size: Math.max(0, normalised.length - 1), text: normalised };
}

/** 1 for identical texts, 0 for texts sharing no bigram. */
export function diceSimilarity(a: BigramProfile, b: BigramProfile): number {
  if (a.text === b.text) return 1;
  if (a.size === 0 || b.size === 0) return 0;
  const [small, large] = a.counts.size <= b.counts.size ? [a, b] : [b, a];
  let shared = 0;
  for (const [gram, count] of small.counts) shared += Math.min(count, large.counts.get(gram) ?? 0);
  return (2 * shared) / (a.size + b.size);
}

export function textSimilarity(a: string, b: string): number {
  return diceSimilarity(bigramProfile(a), bigramProfile(b));
}

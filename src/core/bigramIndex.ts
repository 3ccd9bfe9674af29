// Candidate lookup for re-anchoring: an inverted index from character bigrams to texts, so finding the texts
// similar to one sentence costs work bounded by a budget instead of a comparison with every text.
import { bigramProfile, type BigramProfile } from './textSimilarity';

export class BigramIndex<T> {
  private readonly postings = new Map<string, number[]>();
  private readonly profiles: BigramProfile[];

  constructor(
    readonly values: readonly T[],
    textOf: (value: T) => string,
  ) {
    this.profiles = values.map((value) => bigramProfile(textOf(value)));
    this.profiles.forEach((profile, index) => {
      for (const gram of profile.counts.keys()) {
        const list = this.postings.get(gram);
        if (list) list.push(index);
        else this.postings.set(gram, [index]);
      }
    });
  }

  profile(index: number): BigramProfile {
    return this.profiles[index]!;
  }

  /**
   * The values sharing the most distinct bigrams with `profile`, best first, at most `limit`. Rare bigrams are
   * looked up first; lookups stop once `budget` postings were read (the rarest one is always read), so common
   * bigrams such as 发展 cost nothing when rarer ones already point at the text. `complete` tells whether every
   * bigram was looked up, so that `shared` is exact.
   */
  candidates(profile: BigramProfile, budget: number, limit: number): { complete: boolean; found: { index: number; shared: number }[] } {
    const lists = [...profile.counts.keys()]
      .map((gram) => this.postings.get(gram))
      .filter((list): list is number[] => list !== undefined)
      .sort((a, b) => a.length - b.length);
    const shared = new Map<number, number>();
    let read = 0;
    let complete = true;
    for (const list of lists) {
      if (read > 0 && read + list.length > budget) {
        complete = false;
        break;
      }
      read += list.length;
      for (const index of list) shared.set(index, (shared.get(index) ?? 0) + 1);
    }
    const found = [...shared.entries()]
      .sort((a, b) => b[1] - a[1] || a[0] - b[0])
      .slice(0, limit)
      .map(([index, count]) => ({ index, shared: count }));
    return { complete, found };
  }
}

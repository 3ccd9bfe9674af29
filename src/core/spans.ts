// Look-ups over spans sorted by start offset (sentences, clauses).

/** Index of the last span that starts at or before `offset` (0 when none does; -1 for an empty list). */
export function lastStartingAtOrBefore(spans: ReadonlyArray<{ start: number }>, offset: number): number {
  let low = 0;
  let high = spans.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (spans[mid]!.start <= offset) low = mid;
    else high = mid - 1;
  }
  return high < 0 ? -1 : low;
}

// Strings kept after the document they were read from is gone (the index, caches across documents): a V8 slice of
// 13 or more code units points into its parent string and keeps the whole document text alive.

/** Below this length V8 copies a slice instead of pointing into its parent. */
const SLICE_MIN_LENGTH = 13;

/** `text` as a flat string of its own (JSON.parse builds a new one; concatenating or slicing would not). */
export function detachedCopy(text: string): string {
  return text.length < SLICE_MIN_LENGTH ? text : (JSON.parse(JSON.stringify(text)) as string);
}

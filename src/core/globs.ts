// Combining glob patterns into one VS Code glob (`{a,b,c}`). VS Code globs do not nest braces,
// so patterns that contain a brace group are expanded first (`**/*.{js,map}` → two patterns).

/** Expands the first brace group of a pattern, recursively; patterns without braces stay as they are. */
export function expandBraces(pattern: string): string[] {
  const open = pattern.indexOf('{');
  if (open < 0) return [pattern];
  const close = pattern.indexOf('}', open);
  if (close < 0) return [pattern];
  const head = pattern.slice(0, open);
  const tail = pattern.slice(close + 1);
  return pattern
    .slice(open + 1, close)
    .split(',')
    .flatMap((choice) => expandBraces(head + choice + tail));
}

/** One glob that matches whatever any of the patterns matches; undefined when there are none. */
export function combineGlobs(patterns: readonly string[]): string | undefined {
  const flat = [...new Set(patterns.flatMap((p) => expandBraces(p.trim())).filter((p) => p && !p.includes(',')))];
  if (flat.length === 0) return undefined;
  return flat.length === 1 ? flat[0] : `{${flat.join(',')}}`;
}

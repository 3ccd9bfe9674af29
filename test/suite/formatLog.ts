// printf-style formatting for mocha's reporter lines; shared by the Node and web-worker suite entries.

/** Minimal util.format (%s %d %i %f %j %o %O %%), without Node's util so it also runs in a web worker. */
export function formatLog(args: unknown[]): string {
  if (args.length === 0) return '';
  const [first, ...rest] = args;
  if (typeof first !== 'string') return args.map(String).join(' ');
  let index = 0;
  const text = first.replace(/%[sdifjoO%]/g, (token) => {
    if (token === '%%') return '%';
    if (index >= rest.length) return token;
    const value = rest[index++];
    switch (token) {
      case '%d':
      case '%i':
        return String(token === '%i' ? Math.trunc(Number(value)) : Number(value));
      case '%f':
        return String(Number(value));
      case '%j':
      case '%o':
      case '%O':
        try { return JSON.stringify(value); } catch { return String(value); }
      default:
        return String(value);
    }
  });
  return [text, ...rest.slice(index).map(String)].join(' ');
}

// Whether two ways of naming a document (a URI, an absolute path, a workspace-relative path) name the same file.

/** Comparable form: no scheme or authority, `/` separators, decoded, no leading `./`. */
export function normaliseDocumentPath(name: string): string {
  let path = name.trim();
  const scheme = /^[a-z][a-z0-9+.-]*:\/\/[^/]*/i.exec(path);
  if (scheme) {
    path = path.slice(scheme[0].length);
    try {
      path = decodeURIComponent(path);
    } catch {
      // keep it encoded
    }
  }
  path = path.replace(/\\/g, '/').replace(/\/{2,}/g, '/');
  path = path.replace(/^\/?([a-zA-Z]):/, (_m, drive: string) => `/${drive.toLowerCase()}:`);
  while (path.startsWith('./')) path = path.slice(2);
  return path;
}

/** Equal after normalising, or one is a whole-segment suffix of the other (`plans/a.txt` vs `file:///ws/plans/a.txt`). */
export function sameDocument(a: string, b: string): boolean {
  const x = normaliseDocumentPath(a);
  const y = normaliseDocumentPath(b);
  if (!x || !y) return false;
  if (x === y) return true;
  const [short, long] = x.length < y.length ? [x, y] : [y, x];
  return long.endsWith(short.startsWith('/') ? short : `/${short}`);
}

// Whitespace as `\s` matches it, by UTF-16 code unit: one table for every rule that skips blanks by character code.

/** The characters /\s/ matches. */
export const SPACE_CHARS = '\t\n\v\f\r \u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000\ufeff';

/** SPACE_CHARS as a table by code unit. */
export const SPACE_TABLE = new Uint8Array(0x10000);
for (const c of SPACE_CHARS) SPACE_TABLE[c.charCodeAt(0)] = 1;

/** `/\s/.test` on one UTF-16 code unit (NaN past the end: false). */
export function isSpaceCode(code: number): boolean {
  return SPACE_TABLE[code | 0] === 1;
}

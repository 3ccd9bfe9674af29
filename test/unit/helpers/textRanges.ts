// Random short texts over a small alphabet with a range [from, to) inside them: for property tests that compare
// a scan of text[from, to) in place with a regex run on the slice.
import fc from 'fast-check';

export interface TextRange {
  text: string;
  from: number;
  to: number;
}

export function textWithRange(alphabet: string, maxLength = 40): fc.Arbitrary<TextRange> {
  return fc.tuple(fc.array(fc.constantFrom(...alphabet), { maxLength }), fc.nat(maxLength), fc.nat(maxLength)).map(([chars, a, b]) => {
    const text = chars.join('');
    return { text, from: Math.min(a, b, text.length), to: Math.min(Math.max(a, b), text.length) };
  });
}

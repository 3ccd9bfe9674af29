// Invariants every DocumentFacts must keep, whatever the input: spans in range, on code-point boundaries,
// with the right 0-based line. Shared by the fuzz and linear-time tests.
import type { DocumentFacts, Span } from '../../../src/core/types';

/** Every span the facts carry, with a label saying where it came from. */
export function allSpans(facts: DocumentFacts): { label: string; span: Span }[] {
  const out: { label: string; span: Span }[] = [];
  for (const [i, t] of facts.targets.entries()) {
    out.push({ label: `targets[${i}]`, span: t }, { label: `targets[${i}].sentence`, span: t.sentence });
  }
  for (const [i, c] of facts.commitments.entries()) {
    out.push({ label: `commitments[${i}]`, span: c }, { label: `commitments[${i}].sentence`, span: c.sentence });
  }
  for (const s of facts.slogans) {
    for (const [i, o] of s.occurrences.entries()) out.push({ label: `slogan ${s.term} occurrences[${i}]`, span: o });
    for (const [i, d] of s.definitions.entries()) out.push({ label: `slogan ${s.term} definitions[${i}]`, span: d });
    for (const [i, f] of s.findings.entries()) {
      out.push({ label: `slogan ${s.term} findings[${i}].span`, span: f.span });
      if (f.related) out.push({ label: `slogan ${s.term} findings[${i}].related`, span: f.related });
    }
  }
  for (const [i, t] of facts.terms.entries()) out.push({ label: `terms[${i}]`, span: t });
  for (const [i, h] of facts.headings.entries()) out.push({ label: `headings[${i}]`, span: h });
  return out;
}

/** Line starts, computed independently of src/core/lines.ts: CRLF, LF and lone CR each end a line. */
export function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 10) starts.push(i + 1);
    else if (code === 13 && text.charCodeAt(i + 1) !== 10) starts.push(i + 1);
  }
  return starts;
}

function lineOf(starts: number[], offset: number): number {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (starts[mid]! <= offset) low = mid;
    else high = mid - 1;
  }
  return low;
}

function splitsSurrogatePair(text: string, offset: number): boolean {
  if (offset <= 0 || offset >= text.length) return false;
  const before = text.charCodeAt(offset - 1);
  const after = text.charCodeAt(offset);
  return before >= 0xd800 && before <= 0xdbff && after >= 0xdc00 && after <= 0xdfff;
}

/** Problems with the facts' spans, as readable strings (empty when all is well). */
export function spanProblems(text: string, facts: DocumentFacts): string[] {
  const problems: string[] = [];
  const starts = lineStarts(text);
  for (const { label, span } of allSpans(facts)) {
    const { start, end, line } = span;
    if (!Number.isInteger(start) || !Number.isInteger(end) || !Number.isInteger(line)) {
      problems.push(`${label}: non-integer span ${JSON.stringify(span)}`);
      continue;
    }
    if (!(0 <= start && start <= end && end <= text.length)) {
      problems.push(`${label}: out of range ${start}..${end} (text length ${text.length})`);
      continue;
    }
    if (splitsSurrogatePair(text, start) || splitsSurrogatePair(text, end)) problems.push(`${label}: ${start}..${end} splits a surrogate pair`);
    const expected = lineOf(starts, start);
    if (line !== expected) problems.push(`${label}: line ${line}, expected ${expected} for offset ${start}`);
  }
  for (const [i, t] of facts.targets.entries()) {
    if (t.anchor !== text.slice(t.start, t.end)) problems.push(`targets[${i}]: anchor ${JSON.stringify(t.anchor)} ≠ text ${JSON.stringify(text.slice(t.start, t.end))}`);
    if (t.sentence.start > t.start || t.end > t.sentence.end) problems.push(`targets[${i}]: anchor ${t.start}..${t.end} outside its sentence ${t.sentence.start}..${t.sentence.end}`);
  }
  for (const [i, c] of facts.commitments.entries()) {
    if (c.sentence.start > c.start || c.end > c.sentence.end) problems.push(`commitments[${i}]: ${c.start}..${c.end} outside its sentence ${c.sentence.start}..${c.sentence.end}`);
  }
  return problems;
}

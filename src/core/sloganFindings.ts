// Consistency of a slogan's definitions: the component count against the numbers in the term
// (五个三 = 5 groups × 3 items, 四个意识 = 4), and definitions that disagree. Findings, never exceptions.
import type { DefinitionComponent, SloganDefinition, SloganFinding, Span } from './types';
import { impliedCounts } from './sloganShape';
import { toMatchingScript } from './script';
import { componentKey, shapeOf } from './definitions';

function spanOf(definition: SloganDefinition): Span {
  return { start: definition.start, end: definition.end, line: definition.line };
}

function list(components: DefinitionComponent[]): string {
  return components.map((c) => c.text).join('、');
}

/** Adds the count mismatches of one definition (top level and, for "N个M", each group) to `findings`. */
function addCountFindings(findings: SloganFinding[], term: string, expected: readonly number[], definition: SloganDefinition): void {
  const actual = definition.components.length;
  if (expected.length > 0 && !expected.includes(actual)) {
    findings.push({
      kind: 'count-mismatch',
      message: `“${term}”应有 ${expected[0]} 项，定义列出 ${actual} 项（${list(definition.components)}）/ "${term}" implies ${expected[0]} components, the definition lists ${actual}`,
      span: spanOf(definition),
    });
  }
  for (const component of definition.components) {
    if (!component.components) continue;
    const want = impliedCounts(toMatchingScript(component.text));
    const count = component.components.length;
    if (want.length > 0 && !want.includes(count)) {
      findings.push({
        kind: 'count-mismatch',
        message: `“${component.text}”应有 ${want[0]} 项，定义列出 ${count} 项（${list(component.components)}）/ "${component.text}" implies ${want[0]} components, the definition lists ${count}`,
        span: spanOf(definition),
      });
    }
  }
}

/** Every finding for one slogan: count mismatches per definition, and each definition that differs from the first. */
export function sloganFindings(term: string, key: string, definitions: SloganDefinition[]): SloganFinding[] {
  if (definitions.length === 0) return [];
  const findings: SloganFinding[] = [];
  const expected = shapeOf(key).expected;
  for (const definition of definitions) addCountFindings(findings, term, expected, definition);
  if (definitions.length > 1) {
    const first = definitions[0]!;
    const firstKey = componentKey(first.components);
    for (let d = 1; d < definitions.length; d++) {
      const other = definitions[d]!;
      if (componentKey(other.components) === firstKey) continue;
      findings.push({
        kind: 'conflicting-definitions',
        message: `“${term}”的定义前后不一：第 ${first.line + 1} 行为（${list(first.components)}），第 ${other.line + 1} 行为（${list(other.components)}）/ "${term}" is defined differently on lines ${first.line + 1} and ${other.line + 1}`,
        span: spanOf(other),
        related: spanOf(first),
      });
    }
  }
  return findings;
}

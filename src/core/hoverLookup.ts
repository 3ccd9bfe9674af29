// What a hover shows for the term at an offset, from the workspace index: shared by the VS Code
// hover provider and the benchmark. The work per hover is bounded: the term summary (cached by the
// index) already holds distinct definitions and warnings, and at most MAX_HOVER_DEFINITIONS are shown.
import type { Glossary } from './glossary';
import type { HoverDefinition, HoverInput, HoverLocation } from './hoverContent';
import type { DocumentFacts, Span } from './types';
import type { WorkspaceIndex } from './workspaceIndex';

/** Most distinct definitions listed in one hover; the rest are counted ("and N more"). */
export const MAX_HOVER_DEFINITIONS = 8;

/** The slogan occurrence or prose term at an offset of one document's facts. */
export function termAt(facts: DocumentFacts, offset: number): { term: string; span: Span } | undefined {
  for (const slogan of facts.slogans) {
    const span = slogan.occurrences.find((s) => s.start <= offset && offset < s.end);
    if (span) return { term: slogan.term, span };
  }
  for (const prose of facts.terms) {
    if (prose.start <= offset && offset < prose.end) return { term: prose.term, span: prose };
  }
  return undefined;
}

/** Turns a document URI into the label of a location link (the file name). */
export type LocationLabel = (uri: string) => string;

function location(label: LocationLabel, uri: string, span: Span): HoverLocation {
  return { uri, label: label(uri), line: span.line };
}

/** Everything the hover shows for a term: the workspace index, this document (when it is not indexed) and the glossary. */
export function hoverInput(term: string, index: WorkspaceIndex, facts: DocumentFacts, glossary: Glossary, label: LocationLabel): HoverInput {
  const summary = index.term(term);
  const definitions: HoverDefinition[] = [];
  const warnings: string[] = [];
  let prose: HoverInput['prose'];
  let documentCount = summary.documentCount;
  let localDefinitions = 0;
  if (!index.has(facts.uri)) {
    const slogan = facts.slogans.find((s) => s.term === term);
    for (const d of slogan?.definitions ?? []) definitions.push({ components: d.components, location: location(label, facts.uri, d) });
    const local = facts.terms.find((t) => t.term === term);
    if (local) prose = { explanation: local.explanation, location: location(label, facts.uri, local) };
    localDefinitions = definitions.length;
    warnings.push(...(slogan?.findings.map((f) => f.message) ?? []));
    if (slogan || local) documentCount++;
  }
  // Distinct definitions only (the summary deduplicated them once); hoverMarkdown drops local repeats.
  for (const d of summary.variants) {
    if (definitions.length >= MAX_HOVER_DEFINITIONS + 1) break;
    definitions.push({ components: d.value.components, location: location(label, d.uri, d.value) });
  }
  const firstProse = summary.proseDefinitions[0];
  if (!prose && firstProse) prose = { explanation: firstProse.value.explanation, location: location(label, firstProse.uri, firstProse.value) };
  const entry = glossary.lookup(term);
  const shown = definitions.slice(0, MAX_HOVER_DEFINITIONS);
  const total = localDefinitions + summary.variants.length;
  return {
    term,
    definitions: shown,
    ...(total > shown.length ? { moreDefinitions: total - shown.length } : {}),
    ...(entry ? { glossary: { components: entry.components, explanation: entry.explanation, origin: entry.origin } } : {}),
    ...(prose ? { prose } : {}),
    documentCount,
    warnings: [...new Set([...warnings, ...summary.warnings])],
  };
}

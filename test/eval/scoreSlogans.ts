// Slogan scoring per spec §3: per file, the set of predicted terms against the set of gold terms (exact string
// after removing quotes and whitespace) → precision, recall, F1 over all files; among gold slogans that have a
// definition, the share whose predicted components equal the gold ones.
//
//   scoreSlogans(predicted, gold) → SloganScore
// `predicted` and `gold` are lists of documents `{ file, slogans: [{ term, definition? }] }` (the JSON of spec §4
// and the gold file's shape). Files are paired by path, or by file name when the paths differ.

export interface ScoredSlogan {
  term: string;
  definition?: string[] | null;
}

export interface ScoredDocument {
  file: string;
  slogans: ScoredSlogan[];
}

export interface DefinitionMiss {
  term: string;
  gold: string[];
  predicted: string[] | null;
}

export interface DocumentSloganScore {
  file: string;
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
  precision: number;
  recall: number;
  f1: number;
  missed: string[];
  extra: string[];
  definitionsTotal: number;
  definitionsExact: number;
  definitionMisses: DefinitionMiss[];
}

export interface SloganScore {
  documents: DocumentSloganScore[];
  precision: number;
  recall: number;
  f1: number;
  /** Share of gold definitions predicted exactly (1 when gold has none). */
  definitionAccuracy: number;
  definitionsTotal: number;
  definitionsExact: number;
}

/** A term or component as compared: no quote marks, no whitespace. */
export function normalizeTerm(term: string): string {
  return term.replace(/[\s“”"'‘’「」『』]/g, '');
}

function ratio(numerator: number, denominator: number, empty: number): number {
  return denominator === 0 ? empty : numerator / denominator;
}

function f1Of(precision: number, recall: number): number {
  return precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
}

function baseName(path: string): string {
  return path.replace(/\\/g, '/').split('/').pop() ?? path;
}

function sameComponents(predicted: string[] | null | undefined, gold: string[]): boolean {
  if (!predicted || predicted.length !== gold.length) return false;
  return predicted.every((p, i) => normalizeTerm(p) === normalizeTerm(gold[i]!));
}

function scoreDocument(file: string, predicted: ScoredSlogan[], gold: ScoredSlogan[]): DocumentSloganScore {
  const predictedByTerm = new Map<string, ScoredSlogan>();
  for (const slogan of predicted) {
    const key = normalizeTerm(slogan.term);
    if (!predictedByTerm.has(key)) predictedByTerm.set(key, slogan);
  }
  const goldTerms = new Set(gold.map((s) => normalizeTerm(s.term)));
  const missed = [...goldTerms].filter((t) => !predictedByTerm.has(t));
  const extra = [...predictedByTerm.keys()].filter((t) => !goldTerms.has(t));
  const truePositives = goldTerms.size - missed.length;
  const precision = ratio(truePositives, predictedByTerm.size, 1);
  const recall = ratio(truePositives, goldTerms.size, 1);
  const definitionMisses: DefinitionMiss[] = [];
  let definitionsTotal = 0;
  for (const slogan of gold) {
    if (!slogan.definition || slogan.definition.length === 0) continue;
    definitionsTotal++;
    const mine = predictedByTerm.get(normalizeTerm(slogan.term))?.definition ?? null;
    if (!sameComponents(mine, slogan.definition)) definitionMisses.push({ term: slogan.term, gold: slogan.definition, predicted: mine });
  }
  return {
    file, truePositives, falsePositives: extra.length, falseNegatives: missed.length,
    precision, recall, f1: f1Of(precision, recall), missed, extra,
    definitionsTotal, definitionsExact: definitionsTotal - definitionMisses.length, definitionMisses,
  };
}

export function scoreSlogans(predicted: readonly ScoredDocument[], gold: readonly ScoredDocument[]): SloganScore {
  const byPath = new Map(predicted.map((d) => [d.file, d]));
  const byName = new Map(predicted.map((d) => [baseName(d.file), d]));
  const documents = gold.map((g) => {
    const mine = byPath.get(g.file) ?? byName.get(baseName(g.file));
    return scoreDocument(g.file, mine?.slogans ?? [], g.slogans);
  });
  const tp = documents.reduce((n, d) => n + d.truePositives, 0);
  const fp = documents.reduce((n, d) => n + d.falsePositives, 0);
  const fn = documents.reduce((n, d) => n + d.falseNegatives, 0);
  const precision = ratio(tp, tp + fp, 1);
  const recall = ratio(tp, tp + fn, 1);
  const definitionsTotal = documents.reduce((n, d) => n + d.definitionsTotal, 0);
  const definitionsExact = documents.reduce((n, d) => n + d.definitionsExact, 0);
  return {
    documents, precision, recall, f1: f1Of(precision, recall),
    definitionAccuracy: ratio(definitionsExact, definitionsTotal, 1), definitionsTotal, definitionsExact,
  };
}

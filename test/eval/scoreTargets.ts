// Target scoring as spec §3: a prediction matches a gold target of the same file when its range contains
// the gold anchor range; each gold record matches at most once. P/R/F1 over all files, then among matched
// pairs the share with the right value+unit and (over gold with a deadline) the right deadline.

export interface GoldTarget {
  anchor: string;
  start: number;
  end: number;
  line: number;
  sentence: string;
  value: number | null;
  unit: string | null;
  comparator: string;
  deadline: string | null;
}

export interface PredictedTarget {
  start: number;
  end: number;
  line: number;
  text: string;
  anchor?: string;
  value: number | null;
  unit: string | null;
  comparator: string;
  deadline: string | null;
}

export interface TargetPair {
  gold: GoldTarget;
  predicted: PredictedTarget;
}

export interface TargetScore {
  gold: number;
  predicted: number;
  matched: number;
  precision: number;
  recall: number;
  f1: number;
  valueUnitCorrect: number;
  /** Matched pairs whose gold deadline is not null. */
  deadlineGold: number;
  deadlineCorrect: number;
  valueUnitAccuracy: number;
  deadlineAccuracy: number;
  pairs: TargetPair[];
  misses: GoldTarget[];
  falseAlarms: PredictedTarget[];
  wrongValueUnit: TargetPair[];
  wrongDeadline: TargetPair[];
}

/** Matches one file's predictions to its gold targets: each gold goes to the tightest containing prediction. */
export function matchTargets(predicted: readonly PredictedTarget[], gold: readonly GoldTarget[]): { pairs: TargetPair[]; misses: GoldTarget[]; falseAlarms: PredictedTarget[] } {
  const used = new Set<number>();
  const pairs: TargetPair[] = [];
  const misses: GoldTarget[] = [];
  const order = gold.map((g, i) => ({ g, i })).sort((a, b) => a.g.start - b.g.start);
  for (const { g } of order) {
    let best = -1;
    for (let i = 0; i < predicted.length; i++) {
      if (used.has(i)) continue;
      const p = predicted[i]!;
      if (p.start <= g.start && p.end >= g.end) {
        if (best < 0 || p.end - p.start < predicted[best]!.end - predicted[best]!.start) best = i;
      }
    }
    if (best < 0) misses.push(g);
    else {
      used.add(best);
      pairs.push({ gold: g, predicted: predicted[best]! });
    }
  }
  const falseAlarms = predicted.filter((_, i) => !used.has(i));
  return { pairs, misses, falseAlarms };
}

export function sameValueUnit(pair: TargetPair): boolean {
  const { gold, predicted } = pair;
  const valueOk = gold.value === null ? predicted.value === null : predicted.value !== null && Math.abs(predicted.value - gold.value) < 1e-9;
  return valueOk && (gold.unit ?? null) === (predicted.unit ?? null);
}

export function scoreTargets(files: Array<{ predicted: readonly PredictedTarget[]; gold: readonly GoldTarget[] }>): TargetScore {
  const pairs: TargetPair[] = [];
  const misses: GoldTarget[] = [];
  const falseAlarms: PredictedTarget[] = [];
  let goldCount = 0;
  let predictedCount = 0;
  for (const file of files) {
    goldCount += file.gold.length;
    predictedCount += file.predicted.length;
    const m = matchTargets(file.predicted, file.gold);
    pairs.push(...m.pairs);
    misses.push(...m.misses);
    falseAlarms.push(...m.falseAlarms);
  }
  const wrongValueUnit = pairs.filter((p) => !sameValueUnit(p));
  const withDeadline = pairs.filter((p) => p.gold.deadline !== null);
  const wrongDeadline = withDeadline.filter((p) => p.predicted.deadline !== p.gold.deadline);
  const matched = pairs.length;
  const precision = ratio(matched, predictedCount);
  const recall = ratio(matched, goldCount);
  return {
    gold: goldCount,
    predicted: predictedCount,
    matched,
    precision,
    recall,
    f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall),
    valueUnitCorrect: matched - wrongValueUnit.length,
    deadlineGold: withDeadline.length,
    deadlineCorrect: withDeadline.length - wrongDeadline.length,
    valueUnitAccuracy: ratio(matched - wrongValueUnit.length, matched),
    deadlineAccuracy: ratio(withDeadline.length - wrongDeadline.length, withDeadline.length),
    pairs,
    misses,
    falseAlarms,
    wrongValueUnit,
    wrongDeadline,
  };
}

function ratio(a: number, b: number): number {
  return b === 0 ? (a === 0 ? 1 : 0) : a / b;
}

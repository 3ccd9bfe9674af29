// `npm run eval`: runs the scanner's JSON path in-process over the gold files and scores it as spec §3
// describes — per document and overall: target P/R/F1, value+unit and deadline accuracy, slogan P/R/F1
// and definition accuracy — then lists every miss and false alarm.
import { readFileSync } from 'node:fs';
import { scanPaths } from '../src/cli/scanCommand';
import type { ScanDocument } from '../src/cli/scanOutput';
import { scoreSlogans, type ScoredSlogan } from '../test/eval/scoreSlogans';
import { scoreTargets, type GoldTarget, type TargetScore } from '../test/eval/scoreTargets';

interface GoldDocument {
  file: string;
  year: number | null;
  targets: GoldTarget[];
  slogans: ScoredSlogan[];
}

const GOLD_PATH = process.argv[2] ?? 'test/fixtures/seeds.gold.json';

function pct(x: number): string {
  return `${(100 * x).toFixed(1)}%`;
}

function targetLine(label: string, s: TargetScore): string {
  return (
    `${label.padEnd(34)} targets P ${pct(s.precision).padStart(6)} R ${pct(s.recall).padStart(6)} F1 ${pct(s.f1).padStart(6)}` +
    `  (gold ${s.gold}, predicted ${s.predicted}, matched ${s.matched})` +
    `  value+unit ${pct(s.valueUnitAccuracy)} (${s.valueUnitCorrect}/${s.matched})` +
    `  deadline ${pct(s.deadlineAccuracy)} (${s.deadlineCorrect}/${s.deadlineGold})`
  );
}

function main(): void {
  const gold = JSON.parse(readFileSync(GOLD_PATH, 'utf8')) as { documents: GoldDocument[] };
  const run = scanPaths(gold.documents.map((d) => d.file));
  for (const note of run.notes) process.stderr.write(`eval: ${note}\n`);
  const byFile = new Map<string, ScanDocument>(run.result.documents.map((d) => [d.file, d]));
  const files = gold.documents.map((g) => ({ name: g.file, gold: g.targets, predicted: byFile.get(g.file)?.targets ?? [], year: byFile.get(g.file)?.year ?? null, goldYear: g.year }));

  console.log('== Targets (spec §3) ==');
  for (const f of files) console.log(targetLine(`${f.name} [year ${f.year ?? '—'}/${f.goldYear ?? '—'}]`, scoreTargets([f])));
  const overall = scoreTargets(files);
  console.log(targetLine('OVERALL', overall));

  console.log('\n== Slogans (spec §3) ==');
  const slogans = scoreSlogans(run.result.documents, gold.documents);
  for (const d of slogans.documents) {
    console.log(`${d.file.padEnd(34)} slogans P ${pct(d.precision).padStart(6)} R ${pct(d.recall).padStart(6)} F1 ${pct(d.f1).padStart(6)}  definitions ${d.definitionsExact}/${d.definitionsTotal}`);
  }
  console.log(`${'OVERALL'.padEnd(34)} slogans P ${pct(slogans.precision).padStart(6)} R ${pct(slogans.recall).padStart(6)} F1 ${pct(slogans.f1).padStart(6)}  definition accuracy ${pct(slogans.definitionAccuracy)} (${slogans.definitionsExact}/${slogans.definitionsTotal})`);

  console.log('\n== Target misses ==');
  for (const f of files) {
    const s = scoreTargets([f]);
    for (const g of s.misses) console.log(`MISS  ${f.name}:${g.line + 1} ${g.anchor} [${g.value ?? ''} ${g.unit ?? ''} ${g.deadline ?? ''}] | ${g.sentence.slice(0, 90)}`);
  }
  console.log('\n== Target false alarms ==');
  for (const f of files) {
    const s = scoreTargets([f]);
    for (const p of s.falseAlarms) console.log(`FALSE ${f.name}:${p.line + 1} ${p.anchor ?? ''} [${p.value ?? ''} ${p.unit ?? ''} ${p.deadline ?? ''}] | ${p.text.replace(/\s+/g, '').slice(0, 90)}`);
  }
  console.log('\n== Slogan misses, false alarms, wrong definitions ==');
  for (const d of slogans.documents) {
    for (const term of d.missed) console.log(`MISS  ${d.file} ${term}`);
    for (const term of d.extra) console.log(`FALSE ${d.file} ${term}`);
    for (const m of d.definitionMisses) console.log(`DEF   ${d.file} ${m.term}: gold ${m.gold.join('、')} | got ${m.predicted?.join('、') ?? 'none'}`);
  }
  console.log('\n== Wrong value+unit / deadline among matches ==');
  for (const f of files) {
    const s = scoreTargets([f]);
    for (const p of s.wrongValueUnit) console.log(`VALUE ${f.name}:${p.gold.line + 1} ${p.gold.anchor}: gold ${p.gold.value} ${p.gold.unit}, got ${p.predicted.value} ${p.predicted.unit}`);
    for (const p of s.wrongDeadline) console.log(`DATE  ${f.name}:${p.gold.line + 1} ${p.gold.anchor}: gold ${p.gold.deadline}, got ${p.predicted.deadline}`);
  }
}

main();

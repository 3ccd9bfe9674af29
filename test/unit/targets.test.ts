// Floors on the development gold set: the extractor meets them today, so a regression fails the build.
// Raise them when the extractor improves; never lower them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { extractDocument } from '../../src/core/extract';
import { decodeBytes } from '../../src/core/decode';
import { scoreTargets, type GoldTarget } from '../eval/scoreTargets';

const FLOORS = { precision: 0.93, recall: 0.93, f1: 0.93, valueUnit: 0.99, deadline: 0.99 };

interface GoldDocument {
  file: string;
  year: number | null;
  targets: GoldTarget[];
}

test('targets on the seed gold set stay above the floors', () => {
  const gold = JSON.parse(readFileSync('test/fixtures/seeds.gold.json', 'utf8')) as { documents: GoldDocument[] };
  const files = gold.documents.map((doc) => {
    const text = decodeBytes(readFileSync(doc.file)).text;
    return { gold: doc.targets, predicted: extractDocument(text, { uri: doc.file }).targets };
  });
  const score = scoreTargets(files);
  assert.ok(score.precision >= FLOORS.precision, `precision ${score.precision}`);
  assert.ok(score.recall >= FLOORS.recall, `recall ${score.recall}`);
  assert.ok(score.f1 >= FLOORS.f1, `F1 ${score.f1}`);
  assert.ok(score.valueUnitAccuracy >= FLOORS.valueUnit, `value+unit ${score.valueUnitAccuracy}`);
  assert.ok(score.deadlineAccuracy >= FLOORS.deadline, `deadline ${score.deadlineAccuracy}`);
});

test('document years on the seed gold set', () => {
  const gold = JSON.parse(readFileSync('test/fixtures/seeds.gold.json', 'utf8')) as { documents: GoldDocument[] };
  for (const doc of gold.documents) {
    const text = decodeBytes(readFileSync(doc.file)).text;
    assert.equal(extractDocument(text, { uri: doc.file }).year, doc.year, doc.file);
  }
});

test('matching: the predicted range must contain the gold anchor; each gold matches once', () => {
  const g: GoldTarget = { anchor: '9%以上', start: 10, end: 14, line: 0, sentence: '', value: 9, unit: '%', comparator: '>=', deadline: null };
  const p = { start: 9, end: 14, line: 0, text: '', value: 9, unit: '%', comparator: '>=', deadline: null };
  const score = scoreTargets([{ gold: [g, { ...g }], predicted: [p, { ...p, start: 11 }] }]);
  assert.equal(score.matched, 1);
  assert.equal(score.misses.length, 1);
  assert.equal(score.falseAlarms.length, 1);
});

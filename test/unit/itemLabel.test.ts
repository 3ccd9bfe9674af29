import { test } from 'node:test';
import assert from 'node:assert/strict';
import { clauseAround, dropUnbalanced, formatDeadline, itemLabel, itemSummary } from '../../src/core/itemLabel';
import type { Target } from '../../src/core/types';

function target(sentence: string, anchor: string, extra: Partial<Target> = {}): Target {
  const base = 100;
  const at = sentence.indexOf(anchor);
  return {
    id: 't', kind: 'target', anchor, text: sentence, sentence: { start: base, end: base + sentence.length, line: 3 },
    start: base + at, end: base + at + anchor.length, line: 3, value: null, unit: null, comparator: '=', deadline: null, actor: null, ...extra,
  };
}

test('the label is the clause around the anchor', () => {
  const t = target('全年拟精简审批事项886项，精简比例达到60%，力争年底前完成。', '60%');
  assert.equal(itemLabel(t), '精简比例达到60%');
});

test('a very short clause takes the next one along', () => {
  assert.equal(clauseAround('到2025年，金村起步区基本建成，形成新格局。', 0, 6), '到2025年，金村起步区基本建成');
});

test('a long clause is clipped around the anchor and keeps it', () => {
  const sentence = '甲'.repeat(80) + '不少于100项' + '乙'.repeat(80);
  const label = clauseAround(sentence, 80, 87, 30);
  assert.ok(label.includes('不少于100项'), label);
  assert.ok(label.length <= 32, label);
  assert.ok(label.startsWith('…') && label.endsWith('…'));
});

test('summary shows comparator, value, unit and deadline', () => {
  const t = target('确保GDP年均增速达9%以上。', '9%以上', { value: 9, unit: '%', comparator: '>=', deadline: '2021/2025' });
  assert.equal(itemSummary(t), '≥9% · 2021–2025');
  assert.equal(itemSummary(t, '2027'), '≥9% · 2027');
  assert.equal(formatDeadline(null), '');
});

test('brackets and quotes cut off by the clause are dropped, matched ones kept', () => {
  assert.equal(dropUnbalanced('反腐倡廉三条底线)战略部署'), '反腐倡廉三条底线战略部署');
  assert.equal(dropUnbalanced('全力推进“五个三”(主攻“先行区'), '全力推进“五个三”主攻先行区');
  assert.equal(dropUnbalanced('《方案》（2021年）'), '《方案》（2021年）');
  assert.equal(dropUnbalanced('a)(b'), 'ab');
});

// Fields of supervision lists (督办事项, 任务分工): 责任单位 and 完成时限 after an item, in sentences written for this
// test (not taken from any seed).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractDocument } from '../../src/core/extract';
import * as fc from 'fast-check';
import { hasFieldLabel } from '../../src/core/itemFields';

function targets(text: string): string[] {
  return extractDocument(`<!-- policy-year: 2026 -->\n${text}`, { uri: 'duban.txt' }).targets.map((t) => `${t.anchor}|${t.deadline ?? ''}|${t.actor ?? ''}`);
}

test('完成时限 after an item dates its targets that name no deadline; 责任单位 is their actor', () => {
  assert.deepEqual(targets('3.做好春季农业生产。确保粮食播种面积稳定在180万亩以上。责任单位：市农业农村局。完成时限：4月15日前。'), [
    '180万亩以上|2026-04-15|市农业农村局',
  ]);
  // A unit list keeps its own brackets (各县（区）政府); a target's own deadline wins over the field.
  assert.deepEqual(targets('2.推进项目落地。一季度新签约项目不少于15个。责任单位：市商务局、各县（区）政府。完成时限：2026年6月底前。'), [
    '不少于15个|2026-03-31|市商务局、各县（区）政府',
  ]);
});

test('an item whose 完成时限 lies ahead is a task: its quantities are aims without a modal verb', () => {
  assert.deepEqual(targets('1.加快推进高速公路建设。陵川至侯月线高速公路完成投资10亿元。责任单位：市交通局。完成时限：2026年3月底前。'), [
    '10亿元|2026-03-31|市交通局',
  ]);
  // A limit that has passed, or a result written as such, is no task.
  assert.deepEqual(targets('1.高速公路完成投资10亿元。责任单位：市交通局。完成时限：2025年12月底前。'), []);
  assert.deepEqual(targets('1.高速公路已完成投资8亿元。责任单位：市交通局。完成时限：2026年3月底前。'), []);
});

test('fields written in brackets inside the item sentence', () => {
  assert.deepEqual(targets('新建公办幼儿园12所（责任单位：市教育局，完成时限：2026年8月底前）。'), ['12所|2026-08-31|市教育局']);
});

test('fields stay with their own item (paragraph); an actor the clause names wins', () => {
  const found = targets(['1.确保新增城镇就业1.5万人。责任单位：市人社局。完成时限：2026年12月底前。', '2.市住建局要新开工保障性住房3000套。'].join('\n'));
  assert.deepEqual(found, ['1.5万人|2026-12-31|市人社局', '3000套||市住建局']);
  // Without fields nothing changes.
  assert.deepEqual(targets('全年新增城镇就业1.5万人。'), ['1.5万人|2026|']);
});

test('several items of one paragraph keep their own fields', () => {
  assert.deepEqual(targets('新建口袋公园12个（责任单位：市城管局，完成时限：3月底前）；改造背街小巷30条（责任单位：市住建局，完成时限：6月底前）。'), [
    '12个|2026-03-31|市城管局',
    '30条|2026-06-30|市住建局',
  ]);
});

test('hasFieldLabel finds a label exactly where the label patterns would', () => {
  const pattern = /(?:完成时限|完成时间|完成期限|办结时限|时限要求|时间要求|时间节点|牵头单位|责任单位|责任部门|牵头部门|责任主体|承办单位|主办单位)\s*[：:]/;
  const piece = fc.constantFrom('完成时限', '责任单位', '主办单位', '时间节点', '时间', '单位', '完成', '：', ':', ' ', '\u3000', '\n', '\t', '\ufeff', '\u00a0', '市', '局', '。', '2026年');
  fc.assert(
    fc.property(fc.array(piece, { maxLength: 12 }), (parts) => {
      const text = parts.join('');
      assert.equal(hasFieldLabel(text), pattern.test(text), JSON.stringify(text));
    }),
    { numRuns: 20_000 },
  );
});

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { actorBefore, findActors } from '../../src/core/actor';

function actors(text: string): string[] {
  return findActors(text, 0, text.length).map((a) => a.actor);
}

test('the body named before a modal or duty verb', () => {
  assert.deepEqual(actors('市生态环境局要加强监管。'), ['市生态环境局']);
  assert.deepEqual(actors('对于已经上报的企业，工信局要主动牵头，各个县(市、区)要积极配合。'), ['工信局', '各个县(市、区)']);
  assert.deepEqual(actors('下一步，抚顺市将按照工作程序取消10项审批事项。'), ['抚顺市']);
  assert.deepEqual(actors('我们要坚定信心。'), []);
  assert.deepEqual(actors('泽州县深入贯彻落实省市部署要求。'), []);
});

test('a body with the kinds it covers in parentheses', () => {
  assert.deepEqual(actors('各市（州）要加快推进老旧小区改造。'), ['各市（州）']);
  assert.deepEqual(actors('各乡（镇）要落实属地责任。'), ['各乡（镇）']);
  assert.deepEqual(actors('自治州将加快建设。'), ['自治州']);
  assert.deepEqual(actors('按照（试行）要求推进。'), []);
});

test('the actor nearest before an offset', () => {
  const text = '省发展改革委要牵头制定方案，各市要抓好落实。';
  const found = findActors(text, 0, text.length);
  assert.equal(actorBefore(found, 3), null);
  assert.equal(actorBefore(found, 8), '省发展改革委');
  assert.equal(actorBefore(found, text.length), '各市');
});

test('offices and committees (督查室, 办公室, 委员会) are bodies too', () => {
  assert.deepEqual(actors('市督查室将于5月中旬开展专项督查。'), ['市督查室']);
  assert.deepEqual(actors('市政府办公室要加强统筹协调。'), ['市政府办公室']);
  assert.deepEqual(actors('省发展和改革委员会要牵头制定实施细则。'), ['省发展和改革委员会']);
});

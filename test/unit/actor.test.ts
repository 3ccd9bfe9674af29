import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
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

test('the first actors only, as many as asked for', () => {
  const text = '对于已经上报的企业，工信局要主动牵头，各个县(市、区)要积极配合，市财政局负责保障。';
  const all = findActors(text, 0, text.length);
  assert.equal(all.length, 3);
  for (const limit of [0, 1, 2, 3, 4]) assert.deepEqual(findActors(text, 0, text.length, limit), all.slice(0, limit));
});

/** findActors as it read every character (until the pair scan): the reference for the property below. */
function findActorsByCharacter(match: string, start: number, end: number): Array<{ actor: string; at: number }> {
  const verbLength = (text: string, i: number): number => {
    for (const verb of ['应当', '必须', '务必', '负责', '牵头', '主动', '会同', '要', '将', '须', '应']) if (text.startsWith(verb, i)) return verb.length;
    return 0;
  };
  const tailLast = '局委会厅办室部署院心府组团司位门关道区镇县地级业校行市省乡村州盟旗)）';
  const tailRe = /(?:[\u4e00-\u9fff]|[(（][\u4e00-\u9fff、]{1,8}[)）]){0,15}(?:局|委员会|委|厅|办公室|办|室|部|署|院|中心|政府|党委|党组|集团|公司|单位|部门|机关|街道|社区|乡镇|县[(（]市、?区[)）]|县市区|县区|各地|各级|企业|学校|医院|银行|市|省|县|区|镇|乡|村|州|盟|旗)(?:[(（][\u4e00-\u9fff、]{1,8}[)）])?$/;
  const found: Array<{ actor: string; at: number }> = [];
  const sentence = match.slice(start, end);
  for (let at = 0, length = 0; at < sentence.length; at += Math.max(1, length)) {
    length = verbLength(sentence, at);
    if (length === 0 || at === 0 || !tailLast.includes(sentence[at - 1]!)) continue;
    let from = Math.max(0, at - 18);
    for (let i = at - 1; i >= from; i--) {
      const code = sentence.charCodeAt(i);
      if ((code < 0x4e00 || code > 0x9fff) && !'()（）、'.includes(sentence[i]!)) {
        from = i + 1;
        break;
      }
    }
    if (at <= from) continue;
    const tail = tailRe.exec(sentence.slice(from, at));
    if (!tail) continue;
    const actor = tail[0].replace(/^(?:[一二三四五六七八九十]+是|其中|同时|此外|对于|另外|并且|而且|今年|明年|下一步|届时)/, '');
    if (actor.length < 2 || /^(?:城市|地区|园区|景区|城区|市场|本市|全市|全省|全区|全县|我市|我省|我区|我县)$/.test(actor)) continue;
    if (/是|的|贯彻|落实|深入|推进|加快|坚持|一流|打造|建成|成为|指导|督促|支持|帮助|鼓励|引导/.test(actor)) continue;
    found.push({ actor, at: start + at });
  }
  return found;
}

test('the pair scan finds the actors a scan of every character finds', () => {
  const tokens = ['要', '将', '须', '应', '应当', '必须', '务必', '负责', '牵头', '主动', '会同', '必', '务', '负', '牵', '主', '会', '同', '当', '责', '头', '动',
    '局', '市', '县', '区', '委', '委员会', '部门', '各', '工信', '财政', '（', '）', '(', ')', '、', '，', '。', '的', '是', '全市', '一是', '生态环境', 'a', '\n'];
  fc.assert(
    fc.property(fc.array(fc.constantFrom(...tokens), { maxLength: 30 }), fc.nat(60), fc.nat(60), (parts, a, b) => {
      const text = parts.join('');
      const start = Math.min(a, b, text.length);
      const end = Math.min(Math.max(a, b), text.length);
      assert.deepEqual(findActors(text, start, end), findActorsByCharacter(text, start, end));
    }),
    { numRuns: 20000 },
  );
  const text = '对于已经上报的企业，工信局要主动牵头，各个县(市、区)要积极配合，市财政局负责保障。各市（州）会同生态环境局要加快。';
  assert.equal(findActorsByCharacter(text, 0, text.length).length, 5);
  assert.deepEqual(findActors(text, 0, text.length), findActorsByCharacter(text, 0, text.length));
});

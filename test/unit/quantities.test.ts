import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { isChineseNumeralCode } from '../../src/core/numerals';
import { findQuantities, scanAt, scanQuantities, type Quantity } from '../../src/core/quantities';

function q(text: string): Array<[string, number, string | null, string]> {
  return findQuantities(text, 0, text.length).map((x) => [text.slice(x.start, x.end), x.value, x.unit, x.comparator]);
}

test('value and unit as written; 万/亿 stay in the unit', () => {
  assert.deepEqual(q('总投资23.3亿元'), [['23.3亿元', 23.3, '亿元', '=']]);
  assert.deepEqual(q('日处理能力达到8.5万方'), [['8.5万方', 8.5, '万方', '=']]);
  assert.deepEqual(q('增加至10万人'), [['10万人', 10, '万人', '=']]);
  assert.deepEqual(q('让20万群众吃上'), [['20万', 20, '万', '=']]);
  assert.deepEqual(q('建设四所医院'), [['四所', 4, '所', '=']]);
  assert.deepEqual(q('百处社区游园'), [['百处', 100, '处', '=']]);
  assert.deepEqual(q('集中用两个月时间'), [['两个月', 2, '个月', '=']]);
  assert.deepEqual(q('打造千亿级产业集群'), [['千亿级', 1000, '亿级', '>=']]);
  assert.deepEqual(q('新增1,200家'), [['1,200家', 1200, '家', '=']]);
  assert.deepEqual(q('人口密度510人/平方公里，'), [['510人/平方公里', 510, '人/平方公里', '=']]);
  assert.deepEqual(q('PM2.5浓度控制在35微克/立方米以下。'), [['控制在35微克/立方米以下', 35, '微克/立方米', '<=']]);
  assert.deepEqual(q('人均预期寿命达到79岁。'), [['79岁', 79, '岁', '=']]);
});

test('comparators before and after the number', () => {
  assert.deepEqual(q('推出不少于50项清单'), [['不少于50项', 50, '项', '>=']]);
  assert.deepEqual(q('新增债务不超过500亿元'), [['不超过500亿元', 500, '亿元', '<=']]);
  assert.deepEqual(q('负债率不高于60%'), [['不高于60%', 60, '%', '<=']]);
  assert.deepEqual(q('规模超过200亿元'), [['超过200亿元', 200, '亿元', '>=']]);
  assert.deepEqual(q('增速达9%以上，'), [['9%以上', 9, '%', '>=']]);
  assert.deepEqual(q('失业率控制在5.5%以内。'), [['控制在5.5%以内', 5.5, '%', '<=']]);
  assert.deepEqual(q('增长5%左右；'), [['5%左右', 5, '%', '~']]);
  assert.deepEqual(q('约3000亩'), [['约3000亩', 3000, '亩', '~']]);
  assert.deepEqual(q('面积6万余平方米。'), [['6万余平方米', 6, '万平方米', '>=']]);
  assert.deepEqual(q('十多个'), [['十多个', 10, '个', '>=']]);
  assert.deepEqual(q('新增就业近5万人，'), [['近5万人', 5, '万人', '~']]);
  assert.deepEqual(q('提高2个百分点'), [['2个百分点', 2, '个百分点', '=']]);
  assert.deepEqual(q('增长1.5倍'), [['1.5倍', 1.5, '倍', '=']]);
});

test('ranges and 翻番', () => {
  assert.deepEqual(q('增长5%—5.5%，'), [['5%—5.5%', 5, '%', '~']]);
  assert.deepEqual(q('增长4.5%-5%，'), [['4.5%-5%', 4.5, '%', '~']]);
  assert.deepEqual(q('建设三至五个园区'), [['三至五个', 3, '个', '~']]);
  assert.deepEqual(q('收入翻一番'), [['翻一番', 1, '番', '=']]);
});

test('not amounts: dates, ordinals, codes, quoted names, slogans, abstract counts, attributes', () => {
  for (const text of [
    '2025年6月30日', '第三届', '5G基站', '“1+8”方案', '“两个同步”', '四个方面', '三件大事', '这两项工作',
    '等七项改革', '总投资109亿元的项目', '年收入在5000元以下贫困人口', '一轴一廊三区五镇', '目标有三个：即',
    '《1∶50000地形图》', '“要素保障20条”', '9个镇中', '进一步', '统一', '二元化',
  ]) {
    assert.deepEqual(q(text), [], text);
  }
});

test('a share before 的 is still a measure', () => {
  assert.deepEqual(q('让80%的人口享受到'), [['80%', 80, '%', '=']]);
  assert.deepEqual(q('90%以上的行政村'), [['90%以上', 90, '%', '>=']]);
});

test('agricultural and livestock units of work reports', () => {
  assert.deepEqual(q('粮食产量稳定在700亿斤以上'), [['700亿斤以上', 700, '亿斤', '>=']]);
  assert.deepEqual(q('出栏生猪300万头'), [['300万头', 300, '万头', '=']]);
  assert.deepEqual(q('加强二次污染管控'), []);
});

test('a scan restarted after a clause break finds what the whole scan finds there (targets read only aim clauses)', () => {
  const texts = [
    '去年完成投资1,200万元，今年要新增5000个、翻两番，不少于30%以上。',
    '其中9个镇中，3个已建成；其余5个镇要在2026年前建成，实现翻番。',
    '比例为1:50000，要达到三至五个，控制在5%—5.5%左右。',
  ];
  for (const text of texts) {
    const whole = findQuantities(text, 0, text.length);
    // Restart at every clause break except the ASCII comma (1,200 spans it: targets then read the whole sentence).
    const starts = [0, ...[...text].flatMap((c, i) => ('，；：。'.includes(c) ? [i + 1] : []))];
    starts.forEach((from, k) => {
      const until = k + 1 < starts.length ? starts[k + 1]! : text.length;
      const part: Quantity[] = [];
      scanQuantities(text, from, until, text.length, part);
      part.sort((a, b) => a.start - b.start);
      assert.deepEqual(part, whole.filter((x) => x.start >= from && x.start < until), `${text} from ${from}`);
    });
  }
});

/** The scan as it read every character (until it went from number start to number start): the reference. */
function scanEveryCharacter(text: string, from: number, until: number, to: number, found: Quantity[]): number {
  let i = from;
  while (i < until) {
    const code = text.charCodeAt(i);
    const numberStart = (code >= 48 && code <= 57) || (code >= 0xff10 && code <= 0xff19) || isChineseNumeralCode(code) || text[i] === '翻';
    i = numberStart ? scanAt(text, i, to, found) : i + 1;
  }
  return i;
}

test('the scan from number start to number start finds what a scan of every character finds', () => {
  const tokens = ['1', '2', '5', '0', '12', '３', '.', '．', ',', '1,200', '一', '两', '三', '十', '百', '千', '万', '亿', '零', '翻', '番', '翻一番', '余', '多',
    '个', '项', '%', '人', '元', '万元', '公里', 'k', 'km', 'M', 'W', '/', '至', '到', '—', '-', '~', '第', '年', '的', '中', '以上', '左右', '不少于', '，', '。', '“', '”', '加', '快', 'a', ' '];
  fc.assert(
    fc.property(fc.array(fc.constantFrom(...tokens), { maxLength: 30 }), fc.nat(60), fc.nat(60), fc.nat(60), (parts, a, b, c) => {
      const text = parts.join('');
      const [from, until, to] = [a, b, c].map((n) => Math.min(n, text.length)).sort((x, y) => x - y) as [number, number, number];
      const expected: Quantity[] = [];
      const actual: Quantity[] = [];
      assert.equal(scanQuantities(text, from, until, to, actual), scanEveryCharacter(text, from, until, to, expected));
      assert.deepEqual(actual, expected);
    }),
    { numRuns: 30000 },
  );
});

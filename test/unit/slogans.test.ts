// Slogans (提法): detection and definitions against the gold seeds (floors), plus targeted cases for the
// language patterns (quotes, compact compounds, enumerations, nested definitions, findings, traditional script).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { extractSlogans, primaryDefinition } from '../../src/core/slogans';
import { splitSentences } from '../../src/core/sentences';
import { LineIndex } from '../../src/core/lines';
import type { Slogan } from '../../src/core/types';
import { scoreSlogans, type ScoredDocument } from '../eval/scoreSlogans';

const ROOT = resolve(__dirname, '..', '..', '..');

function slogansOf(text: string): Slogan[] {
  const lines = new LineIndex(text);
  return extractSlogans(text, splitSentences(text, lines), lines);
}

function terms(text: string): string[] {
  return slogansOf(text).map((s) => s.term);
}

function find(text: string, term: string): Slogan {
  const slogan = slogansOf(text).find((s) => s.term === term);
  assert.ok(slogan, `expected slogan ${term}`);
  return slogan;
}

test('gold seeds: slogan F1 and definition accuracy stay above their floors', () => {
  const gold = JSON.parse(readFileSync(resolve(ROOT, 'test/fixtures/seeds.gold.json'), 'utf8')) as { documents: ScoredDocument[] };
  const predicted: ScoredDocument[] = gold.documents.map((doc) => {
    const text = readFileSync(resolve(ROOT, doc.file), 'utf8').replace(/^\uFEFF/, '');
    return { file: doc.file, slogans: slogansOf(text).map((s) => ({ term: s.term, definition: primaryDefinition(s) })) };
  });
  const score = scoreSlogans(predicted, gold.documents);
  assert.ok(score.precision >= 0.93, `precision ${score.precision}`);
  assert.ok(score.recall >= 0.97, `recall ${score.recall}`);
  assert.ok(score.f1 >= 0.95, `F1 ${score.f1}`);
  assert.ok(score.definitionAccuracy >= 0.95, `definitions ${score.definitionAccuracy}`);
});

test('quoted numbered names are slogans; quoted ordinary words are not', () => {
  const text = '增强“四个意识”，落实“1+8”方案和“11463”工程，坚持“一体化”推进和“第一要务”，实现“百姓”满意。“五一”假期。';
  const found = terms(text);
  for (const term of ['四个意识', '1+8', '11463']) assert.ok(found.includes(term), term);
  for (const term of ['一体化', '第一要务', '百姓', '五一']) assert.ok(!found.includes(term), term);
});

test('plain counts, dates and list markers are not slogans', () => {
  const found = terms('一是抓好3户贫困户帮扶，从8个方面推进。(三)2021年5月完成。二是做好两项工作。');
  assert.deepEqual(found, []);
});

test('compact compounds, period names and collective forms are found without quotes', () => {
  const found = terms('足迹遍布四区三县，实施十四五规划。四措并举解决取暖问题，一县一区一方案。');
  for (const term of ['四区三县', '十四五', '四措并举', '一县一区一方案']) assert.ok(found.includes(term), term);
});

test('an enumeration ending in numeral + classifier + head names a slogan and defines it', () => {
  const text = '坚持打赢防范化解重大风险、精准脱贫、污染防治三大攻坚，把握好工业、农业、建筑、生活等四大领域。';
  assert.deepEqual(primaryDefinition(find(text, '三大攻坚')), ['防范化解重大风险', '精准脱贫', '污染防治']);
  assert.deepEqual(primaryDefinition(find(text, '四大领域')), ['工业', '农业', '建筑', '生活']);
});

test('quoted enumerations before the term: one quote split at 、, or one quote per item', () => {
  const a = find('主攻“先行区、领跑者、桥头堡”三大目标。', '三大目标');
  assert.deepEqual(primaryDefinition(a), ['先行区', '领跑者', '桥头堡']);
  const b = find('主攻“先行区”“领跑者”“桥头堡”三大目标。', '三大目标');
  assert.deepEqual(primaryDefinition(b), ['先行区', '领跑者', '桥头堡']);
});

test('nested definition: 五个三 → five groups of three, each a slogan with its own items', () => {
  const text = '全力推进“五个三”(主攻“先行区”“领跑者”“桥头堡”三大目标,打赢防范化解重大风险、精准脱贫、污染防治三大攻坚,补齐交通、民生、开发区三大短板,干好老城改造、新区建设、乡村振兴三件大事,守住安全生产、社会稳控、反腐倡廉三条底线)战略部署。';
  const slogan = find(text, '五个三');
  const definition = slogan.definitions[0]!;
  assert.deepEqual(definition.components.map((c) => c.text), ['三大目标', '三大攻坚', '三大短板', '三件大事', '三条底线']);
  assert.deepEqual(definition.components[1]!.components!.map((c) => c.text), ['防范化解重大风险', '精准脱贫', '污染防治']);
  assert.ok(definition.components.every((c) => c.components?.length === 3));
  assert.deepEqual(slogan.findings, []);
});

test('two different definitions are both kept and reported as conflicting', () => {
  const text = '干好老城改造、新区建设、乡村振兴三件大事。\n今年干好“老城改造、新城建设、乡村振兴”三件大事。';
  const slogan = find(text, '三件大事');
  assert.equal(slogan.definitions.length, 2);
  assert.equal(slogan.definitions[1]!.line, 1);
  const conflict = slogan.findings.find((f) => f.kind === 'conflicting-definitions');
  assert.ok(conflict);
  assert.equal(conflict.related?.line, 0);
});

test('a definition whose count disagrees with the numerals is a count-mismatch finding', () => {
  const slogan = find('目前老城内两街两路(东西大街、景忠路、景德路)已通车。', '两街两路');
  assert.deepEqual(primaryDefinition(slogan), ['东西大街', '景忠路', '景德路']);
  assert.ok(slogan.findings.some((f) => f.kind === 'count-mismatch'));
});

test('即 and colon definitions, and compounds of defined parts', () => {
  const text = '推进科技城建设(简称“一城一谷”,“一城”即江苏淮海科技城,“一谷”即徐州科技创新谷)。\n搭建“三纵两横”路网。“三纵”:长晋线、208国道、东环路。“两横”:坪曲线、风景道。';
  assert.deepEqual(primaryDefinition(find(text, '一城')), ['江苏淮海科技城']);
  assert.deepEqual(primaryDefinition(find(text, '一城一谷')), ['江苏淮海科技城', '徐州科技创新谷']);
  assert.deepEqual(primaryDefinition(find(text, '三纵')), ['长晋线', '208国道', '东环路']);
  assert.deepEqual(primaryDefinition(find(text, '三纵两横')), ['三纵', '两横']);
});

test('"N个M" headings that follow the term define it (六个一)', () => {
  const text = '实施“六个一”集成改革。一枚印章管审批。推进审批。一个平台管调度。建设平台。一个终端管服务。一支队伍管执法。一张网格管治理。一个体系管应急。';
  assert.deepEqual(primaryDefinition(find(text, '六个一')), ['一枚印章管审批', '一个平台管调度', '一个终端管服务', '一支队伍管执法', '一张网格管治理', '一个体系管应急']);
});

test('traditional script: terms keep the original characters and offsets', () => {
  const text = '堅持“兩手硬”，增強“四個意識”。';
  const slogans = slogansOf(text);
  const terms = slogans.map((s) => s.term);
  assert.ok(terms.includes('兩手硬'));
  assert.ok(terms.includes('四個意識'));
  for (const s of slogans) for (const o of s.occurrences) assert.equal(text.slice(o.start, o.end), s.term);
});

test('every occurrence is counted with its line', () => {
  const slogan = find('“十四五”开局。\n“十四五”时期，十四五规划。', '十四五');
  assert.equal(slogan.count, 3);
  assert.deepEqual(slogan.occurrences.map((o) => o.line), [0, 1, 1]);
});

test('unseen report style: 2026 formulations and their definitions', () => {
  const text = '深刻领悟“两个确立”的决定性意义，牢记“三个务必”，深入推进“五子联动”，“十五五”开局良好。加快推进“两重”（国家重大战略实施和重点领域安全能力建设）项目。推进“四个中心”功能建设（全国政治中心、文化中心、国际交往中心、科技创新中心），持续实施“千万工程”。推进“三个转化”：首先是科技成果转化，其次是产业转化，最后是市场转化。';
  const slogans = slogansOf(text);
  const found = slogans.map((s) => s.term);
  for (const term of ['两个确立', '三个务必', '五子联动', '十五五', '两重', '四个中心', '千万工程', '三个转化']) assert.ok(found.includes(term), term);
  const definition = (term: string): string[] | null => primaryDefinition(slogans.find((s) => s.term === term)!);
  assert.deepEqual(definition('两重'), ['国家重大战略实施', '重点领域安全能力建设']);
  assert.deepEqual(definition('四个中心'), ['全国政治中心', '文化中心', '国际交往中心', '科技创新中心']);
  assert.deepEqual(definition('三个转化'), ['科技成果转化', '产业转化', '市场转化']);
});

test('idioms, paired opposites and list examples ending in 等 are not definitions or slogans', () => {
  const text = '全市企业一进一出、一增一减，九龙治水局面改变，三心二意不可取。实施“八大行动”：科技强省、制造强省等八大行动。';
  const slogans = slogansOf(text);
  assert.deepEqual(slogans.map((s) => s.term), ['八大行动']);
  assert.equal(slogans[0]!.definitions.length, 0);
});

test('abbreviations (以下简称“T”) and 包括/分别是 after the term define it', () => {
  const text = '加快建设国际科技创新中心、国际消费中心城市和全球数字经济标杆城市（以下简称“三个城市”），推动“两个先行”主要包括共同富裕先行和省域现代化先行。“三张清单”分别是权力清单、责任清单、负面清单。';
  const slogans = slogansOf(text);
  const definition = (term: string): string[] | null => primaryDefinition(slogans.find((s) => s.term === term)!);
  assert.deepEqual(definition('三个城市'), ['国际科技创新中心', '国际消费中心城市', '全球数字经济标杆城市']);
  assert.deepEqual(definition('两个先行'), ['共同富裕先行', '省域现代化先行']);
  assert.deepEqual(definition('三张清单'), ['权力清单', '责任清单', '负面清单']);
});

test('2026 work-report sentences: period, counted, compound and digit formulations; parts that never stand alone are not listed', () => {
  const text = [
    '2026年是“十五五”开局之年。全省上下坚持“四个中心”功能定位，统筹推进“五子联动”，持续深化“三大变革”。',
    '聚焦“科技创新、产业升级、城乡融合、开放合作”四大主攻方向，打好“三大攻坚战”。',
    '深入实施“一县一策”“一园一特”，加快构建“一核两翼三带”发展格局。',
    '全面落实“两个毫不动摇”，扎实做好“六稳六保”工作。推进“四化同步”，实施“1+N+X”政策体系和“5+2”现代产业体系，落实“稳经济20条”。',
    '全年新增城镇就业60万人以上，完成3个重点项目，共有8个方面的改革任务，第三是加强监管。',
  ].join('\n');
  const found = terms(text);
  for (const term of ['十五五', '四个中心', '五子联动', '三大变革', '四大主攻方向', '三大攻坚战', '一县一策', '一园一特', '一核两翼三带',
    '两个毫不动摇', '六稳六保', '四化同步', '1+N+X', '5+2', '稳经济20条']) {
    assert.ok(found.includes(term), `expected ${term} in ${found.join(' ')}`);
  }
  // 三大攻坚 and 六稳/六保 occur only inside longer formulations; plain counts and ordinals are no slogans.
  for (const term of ['三大攻坚', '六稳', '六保', '3个重点项目', '8个方面', '第三']) assert.ok(!found.includes(term), term);
  assert.deepEqual(primaryDefinition(find(text, '四大主攻方向')), ['科技创新', '产业升级', '城乡融合', '开放合作']);
});

test('a word every listed item opens with stays in the items (从A转变、从B转变)', () => {
  const text = '“三个转变”即从要素驱动向创新驱动转变、从规模扩张向质量效益转变、从分散布局向集约集聚转变。';
  assert.deepEqual(primaryDefinition(find(text, '三个转变')), ['从要素驱动向创新驱动转变', '从规模扩张向质量效益转变', '从分散布局向集约集聚转变']);
});

test('就是 opens a definition like 即 (“三个聚焦”就是聚焦A、聚焦B、聚焦C); one item where three are counted is prose', () => {
  const text = '全力抓好“三个聚焦”。“三个聚焦”就是聚焦产业项目、聚焦基础设施项目、聚焦民生项目。';
  assert.deepEqual(primaryDefinition(find(text, '三个聚焦')), ['聚焦产业项目', '聚焦基础设施项目', '聚焦民生项目']);
  assert.equal(primaryDefinition(find('“三个聚焦”就是今年工作的重中之重。', '三个聚焦')), null);
});

test('a formulation named with a head noun is explained after it (“三个一”工程，即A、B、C; “五大”行动：…)', () => {
  assert.deepEqual(primaryDefinition(find('推动“三个一”工程，即一网通办、一网统管、一网协同。', '三个一')), ['一网通办', '一网统管', '一网协同']);
  assert.deepEqual(primaryDefinition(find('实施“两大”行动：城市更新行动、乡村建设行动。', '两大')) ?? [], ['城市更新行动', '乡村建设行动']);
  assert.deepEqual(primaryDefinition(find('我们提出了“三个一批”工作思路，即建成一批、开工一批、储备一批。', '三个一批')), ['建成一批', '开工一批', '储备一批']);
  // Any other word after the quote still ends the explanation's reach.
  assert.equal(primaryDefinition(find('推动“三个一”落地，即一网通办、一网统管、一网协同。', '三个一')), null);
});

test('划定, 严守 before an enumeration that ends in the formulation are verbs, not part of its first item', () => {
  const text = '统筹划定耕地和永久基本农田、生态保护红线、城镇开发边界三条控制线。';
  assert.deepEqual(primaryDefinition(find(text, '三条控制线')), ['耕地和永久基本农田', '生态保护红线', '城镇开发边界']);
});

test('a leading verb before an enumeration is still stripped (两拆：拆除A、B)', () => {
  const text = '着力打好“两拆”：拆除围挡、违建。';
  assert.deepEqual(primaryDefinition(find(text, '两拆')), ['围挡', '违建']);
});

test('a grouped name with any count numeral, zero included, never breaks extraction (“零个三”)', () => {
  const numerals = [...'零〇一二两三四五六七八九十百双几0123456789'];
  const tails = ['是重点。', '：一是A，二是B。', '，即三大目标、三大攻坚。', '（三个一、三个二）', ''];
  for (const count of numerals) {
    for (const inner of numerals) {
      for (const tail of tails) {
        const text = `全力推进“${count}个${inner}”${tail}\n${inner}是一项工作。`;
        assert.doesNotThrow(() => extractSlogans(text, splitSentences(text, new LineIndex(text)), new LineIndex(text)), text);
      }
    }
  }
});

// Precision rules for targets, each with sentences written for this test (not taken from any seed): the
// grammar that makes a quantity a description rather than an aim, and a near sentence that stays an aim.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractDocument } from '../../src/core/extract';
import type { DocumentFacts } from '../../src/core/types';

function anchors(text: string): string[] {
  return extractDocument(`2026年政府工作报告\n${text}`, { uri: 'rules.txt' }).targets.map((t) => t.anchor);
}

/** The facts of `text` in a document whose year is set to 2026 by its marker line. */
function in2026(text: string): DocumentFacts {
  return extractDocument(`<!-- policy-year: 2026 -->\n${text}`, { uri: 'rules-2026.txt' });
}

function anchorsIn2026(text: string): string[] {
  return in2026(text).targets.map((t) => t.anchor);
}

test('a counterfactual (如果…不敢想象, 要不是…就不会) looks back: its quantities are no targets', () => {
  assert.deepEqual(anchors('如果当初在安全整治上畏首畏尾，就不会在两个月内关停126家违规企业。'), []);
  assert.deepEqual(anchors('假如没有各方支持，也不敢想象半年完成3000户改造任务。'), []);
  // A plain condition with a modal is still a plan.
  assert.ok(anchors('如果条件成熟，今年要新建5所中学。').includes('5所'));
  // 不敢想象 without a condition is no counterfactual.
  assert.ok(anchors('今年要新建学校12所，让群众不敢想象的难题得到解决。').includes('12所'));
});

test('a sentence that opens with what its subject has (拥有, 现有) describes a state', () => {
  assert.deepEqual(anchors('该中心拥有一支专业团队，以及分布在全省的20余个服务站点。'), []);
  assert.deepEqual(anchors('全县现有养老机构18家，床位2400张。'), []);
  // With a date or a modal it is an aim.
  assert.ok(anchors('到2028年，全县拥有养老机构30家以上。').includes('30家以上'));
  assert.ok(anchors('全市要拥有国家级专精特新企业50家。').includes('50家'));
  // 拥有 after a plan verb qualifies what is to be built.
  assert.ok(anchors('三、今年重点工作\n培育拥有自主品牌的龙头企业20家，建设具有区域影响力的物流园区3个。').includes('20家'));
});

test('需要…的 qualifies a noun: it does not make the clause an aim', () => {
  assert.deepEqual(anchors('去年完成了棚户区拆迁，对需要过渡安置的46户统一租房安置。'), []);
  assert.ok(anchors('今年需要新增停车位800个。').includes('800个'));
});

test('counts of the parts of a set (9个镇中…其余5个镇…) describe a layout', () => {
  assert.deepEqual(anchors('全县12个乡镇中，城关、河口2个镇以工业为主，其余6个镇发展特色农业，4个乡重点发展生态旅游。'), []);
  assert.deepEqual(anchors('全区形成3个特色产业集群，其余8个园区突出配套发展。').filter((a) => a === '8个'), []);
  // A modal makes a count of parts an aim.
  assert.ok(anchors('全市11个县中，今年要有5个县进入全省前列。').includes('5个'));
});

test('a role word, a surname and a Chinese numeral are a person (贫困户何七十家)', () => {
  assert.deepEqual(anchors('今年要走访村民王三家，落实帮扶措施。'), []);
  // Without the role word before the surname the count stays.
  assert.ok(anchors('今年要新建七十家社区食堂。').includes('七十家'));
});

test('what the nation or the world will come to (将, no modal of will) is a projection', () => {
  assert.deepEqual(anchors('全球城镇人口到2050年将达到67亿左右，占总人口的68%。'), []);
  assert.deepEqual(anchors('我国60岁及以上人口到2035年将突破4亿。'), []);
  // A pledge keeps its modal of will, and the province's own 将 is its aim.
  assert.ok(anchors('我国力争2030年前实现碳达峰，2060年前实现碳中和。').includes('2030年前'));
  assert.ok(anchors('全省今年将新建5G基站2万个。').includes('2万个'));
});

test('a floor or ceiling written into a quantity (不少于, 不超过, 至少) states a requirement without a modal verb', () => {
  assert.deepEqual(anchors('一季度开工项目不少于100个。'), ['不少于100个']);
  assert.deepEqual(anchors('各地新增政府债务不超过500亿元。'), ['不超过500亿元']);
  assert.deepEqual(anchors('每个乡镇专职人员至少3名。'), ['至少3名']);
  // Without a bound the same sentence is a plain statement.
  assert.deepEqual(anchors('一季度开工项目100个。'), []);
  // A bound in a look back stays a result.
  assert.deepEqual(anchors('去年全市开工项目不少于100个。'), []);
  assert.deepEqual(anchors('截至2025年底，累计建成不少于200个站点。'), []);
});

test('a running total (累计) looks back unless a date ahead makes it a cumulative aim', () => {
  // In a document of 2026, 十五五 (2026–2030) lies ahead and 十四五 (2021–2025) behind.
  assert.deepEqual(anchorsIn2026('“十五五”期间累计新增城镇就业300万人。'), ['300万人']);
  assert.deepEqual(anchorsIn2026('“十五五”期间，累计新增城镇就业300万人，累计完成投资2万亿元。'), ['300万人', '2万亿元']);
  assert.deepEqual(anchorsIn2026('到2030年，累计建成5G基站10万个。'), ['10万个']);
  assert.deepEqual(anchorsIn2026('今年要累计完成投资3000亿元。'), ['3000亿元']);
  // Without a date ahead, or with one behind, the total is a result.
  assert.deepEqual(anchorsIn2026('全省累计建成高标准农田1200万亩。'), []);
  assert.deepEqual(anchorsIn2026('“十四五”期间累计新增城镇就业280万人。'), []);
  assert.deepEqual(anchorsIn2026('截至2025年底，累计建成5G基站8万个。'), []);
  // When the document's year is unknown, a plan period cannot be placed: the total stays a result.
  assert.deepEqual(extractDocument('“十五五”期间累计新增城镇就业300万人。', { uri: 'undated.txt' }).targets, []);
});

test('the disposal 将 of transmittal boilerplate (现将…通知如下, 现将《…》印发给你们) is no commitment', () => {
  const commitments = (text: string): string[] => in2026(text).commitments.map((c) => c.text);
  assert.deepEqual(commitments('根据市政府常务会议部署，现将第一季度重点督办事项通知如下，请认真抓好落实。'), []);
  assert.deepEqual(commitments('现将《关于加快数字乡村建设的实施方案》印发给你们，请结合实际认真贯彻落实。'), []);
  // A document title that opens the object is read over, however long: the disposal verb after it is still found.
  assert.deepEqual(commitments('现将《晋城市数字经济高质量发展三年行动方案（2026—2028年）》印发给你们，请认真贯彻落实。'), []);
  assert.deepEqual(commitments('现将《关于进一步加强城乡居民基本医疗保险基金监督管理工作的实施意见》转发给你们，请遵照执行。'), []);
  // 将A纳入B with a title in A is a disposal too; 将以《…》为抓手 is a modal 将 with a title in its object.
  assert.equal(commitments('市司法局将《晋城市城市管理条例》宣传解读工作纳入年度普法计划，年内完成。').length, 0);
  assert.equal(commitments('市文旅局将以《太行风韵》系列活动为抓手，加快推进全域旅游示范区建设。').length, 1);
  // An unclosed 《 is an ordinary character: the object is read over 20 characters as before.
  assert.equal(commitments('市住建局将《加快推进老旧小区改造和城市更新工程建设。').length, 1);
  // The same 将 before an action is still a commitment.
  assert.equal(commitments('市住建局将加快推进老旧小区改造工程建设。').length, 1);
});

test('要求 sections state what must be done; 至少/最多 before a verb bound its count; 次 counts with digits only', () => {
  const found = (text: string): string[] => in2026(text).targets.map((t) => `${t.anchor}|${t.comparator}`);
  assert.deepEqual(found('## 二、会议要求\n\n各县（市、区）每季度至少召开1次政企座谈会。'), ['1次|>=']);
  assert.deepEqual(found('## 二、会议要求\n\n每年最多安排3场大型展会。'), ['3场|<=']);
  // The same sentence under a review heading is no aim; 一次性 is no count.
  assert.deepEqual(found('## 一、会议认为\n\n各县（市、区）每季度召开1次政企座谈会。'), []);
  assert.deepEqual(found('## 二、会议要求\n\n要落实一次性稳岗补贴政策。'), []);
});

test('a plan\'s 发展基础 chapter reviews what was done', () => {
  assert.deepEqual(anchorsIn2026('第一章 发展基础\n\n“十四五”时期，全市地区生产总值年均增长6.1%；常住人口城镇化率提高到68%。'), []);
  assert.deepEqual(anchorsIn2026('第二章 主要目标\n\n常住人口城镇化率提高到72%。'), ['72%']);
});

test('a look back carries over ； within a paragraph; a modal or a current date after it still states an aim', () => {
  assert.deepEqual(anchorsIn2026('“十四五”时期，全市地区生产总值年均增长6.1%；常住人口城镇化率提高到68%。'), []);
  assert.deepEqual(anchorsIn2026('过去五年，累计建成5G基站2万个；新建农村公路1200公里。'), []);
  assert.deepEqual(anchorsIn2026('去年完成投资100亿元；今年完成投资120亿元。'), ['120亿元']);
  assert.deepEqual(anchorsIn2026('2025年全市地区生产总值增长5%；今年要增长6%左右。'), ['6%左右']);
  // Only within the paragraph: the next paragraph starts afresh.
  assert.deepEqual(anchorsIn2026('“十四五”时期，全市地区生产总值年均增长6.1%；\n常住人口城镇化率提高到72%。'), ['72%']);
});

test('a year after 较/比 (较2025年下降18%, 与2020年相比) is the base of a comparison, not a deadline', () => {
  const dated = (text: string): string[] => in2026(text).targets.map((t) => `${t.anchor}|${t.deadline ?? ''}`);
  assert.deepEqual(dated('到2030年，单位地区生产总值二氧化碳排放较2025年下降18%；森林覆盖率提高2个百分点。'), ['18%|2030', '2个百分点|2030']);
  assert.deepEqual(dated('到2030年，全市粮食产量与2025年相比增长10%。'), ['10%|2030']);
  // Without 较/比 before it the year is a time as before.
  assert.deepEqual(dated('力争2027年底前完成改造100个。'), ['100个|2027-12-31']);
});

test('a commitment is dated by a date anywhere in its sentence; a year inside a document title 《…》 is no date', () => {
  const commitments = (text: string): string[] => in2026(text).commitments.map((c) => c.deadline ?? '');
  assert.deepEqual(commitments('对进展滞后的工作，市督查室将于5月中旬开展专项督查。'), ['2026-05']);
  assert.deepEqual(commitments('市委办要牵头修订《晋城市2021年度政党协商计划》并组织实施。'), ['']);
  const dated = (text: string): string[] => in2026(text).targets.map((t) => `${t.anchor}|${t.deadline ?? ''}`);
  assert.deepEqual(dated('按照《2030年前碳达峰行动方案》要求，今年新增光伏装机容量不少于20万千瓦。'), ['不少于20万千瓦|2026']);
});

test('a year the title names dates the aims of the whole document that name no date of their own', () => {
  const dated = (text: string): string[] => extractDocument(text, { uri: 'points.txt' }).targets.map((t) => `${t.anchor}|${t.deadline ?? ''}`);
  assert.deepEqual(dated('2026年全市文化旅游工作要点\n\n二、重点任务\n\n（一）打造文旅精品。新建三所城市书房。'), ['三所|2026']);
  assert.deepEqual(dated('<!-- policy-year: 2026 -->\n关于做好2027年春季农业生产工作的通知\n确保粮食播种面积稳定在180万亩以上。'), ['180万亩以上|2027']);
  // A first line that reads as prose is no title.
  assert.deepEqual(dated('2026年，我们要新建三所城市书房。\n要新建两个公园。'), ['三所|2026', '两个|']);
});

test('reporting duties (报送, 上报, 提交) are concrete actions of a commitment', () => {
  const commitments = (text: string): string[] => in2026(text).commitments.map((c) => `${c.actor ?? ''}`);
  assert.deepEqual(commitments('各县（市、区）文旅部门要于每季度末前报送工作进展情况。'), ['各县（市、区）文旅部门']);
});

test('a count inside a formulation the document spells out is part of its name, not a target', () => {
  assert.deepEqual(anchorsIn2026('统筹划定耕地和永久基本农田、生态保护红线、城镇开发边界三条控制线。'), []);
  assert.deepEqual(anchorsIn2026('要实施“五大行动”：科技创新行动、产业提升行动、内需促进行动、城乡融合行动、生态治理行动。'), []);
  // The same count with no spelled-out definition in the document is still an amount.
  assert.deepEqual(anchorsIn2026('今年要新划定三条控制线。'), ['三条']);
});

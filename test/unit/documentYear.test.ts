import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fc from 'fast-check';
import { firstNonBlankLine, inferDocumentYear, yearFromMarker } from '../../src/core/documentYear';

test('override wins, then the marker', () => {
  assert.deepEqual(inferDocumentYear('<!-- policy-year: 2024 -->\n2026年是开局之年', 2030), { year: 2030, source: 'override' });
  assert.deepEqual(inferDocumentYear('<!-- policy-year: 2024 -->\n2026年是开局之年'), { year: 2024, source: 'marker' });
  assert.equal(yearFromMarker('\n\npolicy-year: 2025\n正文'), 2025);
  assert.equal(yearFromMarker('---\ntitle: 报告\nyear: 2026\n---\n正文'), 2026);
  assert.equal(yearFromMarker('正文\npolicy-year: 2025'), null);
});

test('what the text says about itself', () => {
  assert.equal(inferDocumentYear('晋城工作\n2021·5期 2021年5月10日出版(月刊)').year, 2021);
  assert.equal(inferDocumentYear('2026年是“十五五”开局之年。').year, 2026);
  assert.equal(inferDocumentYear('2025年是“十四五”收官之年。…2026年是“十五五”开局之年。').year, 2026);
  assert.equal(inferDocumentYear('政府工作报告\n——2026年1月20日在省第十四届人民代表大会第五次会议上\n2025年是极不平凡的一年').year, 2026);
  assert.equal(inferDocumentYear('今年是“十五五”开局之年。').year, 2026);
  assert.equal(inferDocumentYear('政府工作报告\n一、2025年工作回顾\n过去一年…').year, 2026);
  assert.equal(inferDocumentYear('过去一年…\n今年经济社会发展的主要预期目标是…\n2026年主要预期目标').year, 2026);
  assert.equal(inferDocumentYear('2019年6月，项目开工。2020年2月，出台方案。').year, 2020);
  // A deadline is not an event.
  assert.equal(inferDocumentYear('确保到2020年12月全部完成。').year, null);
  assert.equal(inferDocumentYear('X年，某市提出…').year, null);
});

test('a short plan period in the title gives the first year; long spans and periods in the body do not', () => {
  assert.deepEqual(inferDocumentYear('关于加快推进数字乡村建设的实施方案（2026—2028年）\n到2026年底，…6月底前完成。'), { year: 2026, source: 'title-period' });
  assert.equal(inferDocumentYear('\n  某市三年行动计划(2025-2027年)\n正文').year, 2025);
  assert.equal(inferDocumentYear('某省“十五五”规划纲要（2026年—2030年）\n正文').year, 2026);
  // A long span is often issued years after it starts; a period outside the title is not the document's.
  assert.equal(inferDocumentYear('某市国土空间总体规划（2021—2035年）\n正文').year, null);
  assert.equal(inferDocumentYear('关于推进重点工作的意见\n实施方案（2026—2028年）另行印发。').year, null);
  // What the text says about itself still wins.
  assert.equal(inferDocumentYear('行动计划（2026—2028年）\n2027年是计划实施的关键之年。').year, 2027);
});

test('the latest year the title names, when nothing else dates the document', () => {
  assert.deepEqual(inferDocumentYear('市政府督查室关于2026年第一季度重点工作督办事项的通知\n年内完成改造。'), { year: 2026, source: 'title-year' });
  assert.equal(inferDocumentYear('关于2025年工作总结和2026年工作安排的报告\n正文').year, 2026);
  // A year in the body is no title year.
  assert.equal(inferDocumentYear('关于做好春季农业生产的通知\n2026年要稳定粮食生产。').year, null);
});

test('a line that is only a date (成文日期), under the title or at the end, dates the document', () => {
  assert.deepEqual(inferDocumentYear('关于印发《制造业三年行动方案（2024—2026年）》的通知\n2025年3月1日\n各区：…年底前完成。'), { year: 2025, source: 'publication' });
  assert.equal(inferDocumentYear('关于做好防汛工作的通知\n各县：…6月底前完成排查。\n某市人民政府办公室\n2026年5月8日\n').year, 2026);
  // A date inside a sentence is an event, not the signing date.
  assert.equal(inferDocumentYear('通知\n2026年5月8日，市政府召开会议。').year, 2026);
  assert.equal(inferDocumentYear('通知\n会议于2019年5月8日召开。\n').source, 'latest-event');
});

test('a five-year plan in the title gives its first year, unless the title looks back at it', () => {
  assert.deepEqual(inferDocumentYear('某市国民经济和社会发展第十五个五年规划纲要\n正文'), { year: 2026, source: 'title-period' });
  assert.equal(inferDocumentYear('关于制定某省“十五五”规划的建议\n正文').year, 2026);
  assert.equal(inferDocumentYear('某市“十四五”规划实施情况中期评估报告\n正文').year, null);
  // A plan for one field (专项规划) is a five-year plan too.
  assert.deepEqual(inferDocumentYear('晋城市“十五五”生态环境保护规划\n正文'), { year: 2026, source: 'title-period' });
  assert.equal(inferDocumentYear('某省第十四个五年综合交通运输发展规划\n正文').year, 2021);
});

test('the signing-date line is found as the multiline pattern finds it, whatever ends the lines', () => {
  // The definition: the first match of this pattern in the first 4,000 characters (then in the last 2,000).
  const DATE_LINE = /^[ \t\u3000（(]*(\d{4})\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日[ \t\u3000）)]*$/m;
  const line = fc.constantFrom('2025年3月1日', '（2024年12月31日）', ' \u30002023年 1月 2日 ', '(1890年1月1日)', '2025年3月1日通知', '正文一段。', '', '3月1日', '2025年\n3月1日', '12025年1月1日');
  const terminator = fc.constantFrom('\n', '\r\n', '\r', '\u2028', '\u2029');
  const document = fc.array(fc.tuple(line, terminator), { maxLength: 8 }).map((lines) => '无题' + lines.map(([l, t]) => t + l).join(''));
  fc.assert(
    fc.property(document, (text) => {
      const m = DATE_LINE.exec(text);
      const year = m ? Number(m[1]) : null;
      const inferred = inferDocumentYear(text);
      if (year !== null && year >= 1949) assert.deepEqual(inferred, { year, source: 'publication' }, JSON.stringify(text));
      else assert.notEqual(inferred.source, 'publication', JSON.stringify(text));
    }),
    { numRuns: 5_000 },
  );
});

test('the year is found as the whole-text patterns find it, searched only where they can start', () => {
  // The definitions: the first match of each of these in the text (or its head), in this order of precedence.
  const PUBLICATION = /(\d{4})\s*年\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?\s*(?:出版|印发|发布|发行)|(?:出版|发布|印发|成文)(?:日期|时间)\s*[:：]?\s*(\d{4})/;
  const DELIVERED = /(\d{4})年\d{1,2}月\d{1,2}日在[^\n]{0,40}?(?:会议|大会|会)上/;
  const DATE_LINE = /^[ \t\u3000（(]*(\d{4})\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日[ \t\u3000）)]*$/m;
  const SELF = /(?:^|[^\d到至])(\d{4})年是/g;
  const THIS_YEAR_PLAN = /今年是[“"]?(十[一二三四五六七])五[”"]?(?:规划)?的?(开局之年|起步之年|第一年|收官之年|最后一年|决胜之年)/;
  const PLAN_YEAR = /(\d{4})年(?:全[省市区县州盟])?(?:经济社会发展|国民经济和社会发展)?的?(?:主要)?预期目标|(\d{4})年(?:重点)?工作(?:安排|任务|部署)/;
  const REVIEWED_YEAR = /(\d{4})年(?:及“十[一二三四五六七]五”(?:时期)?)?(?:的)?工作回顾|回顾(\d{4})年/;
  const WORK_REPORT_WORDS = /政府工作报告|过去一年|工作回顾|一年来/;
  const plausible = (year: number): number | null => (year >= 1949 && year <= 2100 ? year : null);
  const expected = (text: string): { year: number | null; source: string } | null => {
    const head = text.slice(0, 4000);
    const published = PUBLICATION.exec(head);
    if (published) return { year: Number(published[1] ?? published[2]), source: 'publication' };
    const delivered = DELIVERED.exec(head);
    if (delivered) return { year: Number(delivered[1]), source: 'publication' };
    for (const part of [head, text.slice(Math.max(4000, text.length - 2000))]) {
      const dated = DATE_LINE.exec(part);
      if (dated && plausible(Number(dated[1])) !== null) return { year: Number(dated[1]), source: 'publication' };
      if (dated) break;
    }
    const selfYears = [...text.matchAll(SELF)].map((m) => Number(m[1]));
    if (selfYears.length > 0) return { year: Math.max(...selfYears), source: 'self' };
    const stage = THIS_YEAR_PLAN.exec(text);
    if (stage) return { year: (stage[1] === '十四' ? 2021 : stage[1] === '十五' ? 2026 : 0) + (/开局|起步|第一/.test(stage[2]!) ? 0 : 4), source: 'self' };
    if (WORK_REPORT_WORDS.test(text)) {
      const plan = PLAN_YEAR.exec(text);
      if (plan) return { year: Number(plan[1] ?? plan[2]), source: 'work-report' };
      const reviewed = REVIEWED_YEAR.exec(text);
      if (reviewed) return { year: Number(reviewed[1] ?? reviewed[2]) + 1, source: 'work-report' };
    }
    return null;
  };
  const token = fc.constantFrom(
    '2025', '2026', '1890', '12', '1', '0', '年', '月', '日', '是', '今年是', '到', '至', '在', '会议', '上',
    ' ', '\t', '\u3000', '\u00a0', '\ufeff', '\v', '\n', '\r', '\r\n', '\u2028', '\u2029', '（', '(', '）', '：', ':',
    '出版', '印发', '发布', '发行', '成文', '日期', '时间', '“十四五”', '“十五五”', '十五五', '规划', '的', '开局之年', '收官之年',
    '回顾', '工作', '工作回顾', '预期目标', '主要', '重点', '安排', '任务', '全省', '经济社会发展', '及', '时期',
    '政府工作报告', '过去一年', '一年来', '正文', '。',
    '回顾2025年', '2025年工作回顾', '2026年主要预期目标', '2026年重点工作安排', '出版日期：2024', '2023年 3月 1日 发布', '2022年3月1日',
    '——2021年1月20日在省会议上', '2020年是', '今年是“十五五”开局之年', '（2019年5月8日）',
  );
  const document = fc.array(token, { maxLength: 40 }).map((tokens) => '题' + tokens.join(''));
  fc.assert(
    fc.property(document, (text) => {
      const want = expected(text);
      const got = inferDocumentYear(text);
      if (want !== null) assert.deepEqual(got, want, JSON.stringify(text));
      else assert.ok(!['publication', 'self', 'work-report'].includes(got.source ?? ''), JSON.stringify(text));
    }),
    { numRuns: 20_000 },
  );
});

test('the first non-blank line is found as splitting the text into lines finds it', () => {
  const line = fc.array(fc.constantFrom('a', '题', ' ', '\t', '\u3000', '\n', '\r', '\r\n', '\u2028', '\ufeff'), { maxLength: 12 }).map((t) => t.join(''));
  fc.assert(
    fc.property(line, (text) => {
      assert.equal(firstNonBlankLine(text), text.split(/\r\n|\r|\n/).find((l) => l.trim().length > 0), JSON.stringify(text));
    }),
    { numRuns: 5_000 },
  );
});

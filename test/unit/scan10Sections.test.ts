// A review stretch (opened by 两年来…) colours the next paragraphs only in a work report: a text that holds 工作报告,
// or a review word (过去一年, 过去五年, 工作回顾) and a plan word. The test decides that with the plain searches.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fc from 'fast-check';
import { sentenceSettings } from '../../src/core/sections';
import { splitSentences } from '../../src/core/sentences';

function readsAsWorkReport(text: string): boolean {
  return text.includes('工作报告') || (/过去一年|过去五年|工作回顾/.test(text) && /主要预期目标|今年(?:的)?(?:工作|重点工作|主要任务)|做好今年/.test(text));
}

test('a review stretch colours the next paragraph exactly in a work report', () => {
  const piece = fc.constantFrom(
    '工作报告', '过去一年', '过去五年', '工作回顾', '主要预期目标', '今年工作', '今年的重点工作', '做好今年', '工作', '过去', '报告', '回顾',
    '今年', '年', '一', '五', '的', '工作报', '。', '\n',
  );
  fc.assert(
    fc.property(fc.array(piece, { maxLength: 16 }), fc.array(piece, { maxLength: 6 }), (after, before) => {
      const text = `${before.join('').replace(/\n/g, '')}。\n两年来，我们做了很多。\n推进各项建设。\n${after.join('')}`;
      const sentences = splitSentences(text);
      const next = sentences.findIndex((s) => s.text === '推进各项建设。');
      const settings = sentenceSettings(text, sentences, [], 2026);
      assert.equal(settings[next]!.review, readsAsWorkReport(text), JSON.stringify(text));
    }),
    { numRuns: 5_000 },
  );
});

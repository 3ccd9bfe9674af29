// Cue words whose first two characters are a common word (发展到, 基础上, 主要目标…) are found by the clause scan at
// their second character: it must find them exactly where they stand in the clause, and nowhere else.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fc from 'fast-check';
import { ClauseBuffer, clauseCues, CUE_PATTERNS, cueFamilies, GOAL_LEAD, scanClauseFamilies } from '../../src/core/tense';

const piece = fc.oneof(
  fc.constantFrom(
    '发展到', '发展', '展到', '发', '展', '到', '重点发展', '重点', '点发展', '规划建设', '规划', '划建设', '基础上', '基础', '础上',
    '任务是', '任务', '务是', '主要目标', '主要', '要目标', '投入使用', '投入运营', '投入', '集聚到', '稳定在', '保持在', '控制在',
    '降低到', '增加到', '增加至', '奋斗目标', '怎么会', '难以想象', '无法想象', '不可想象', '想象', '，', '。', '；', '：',
  ),
  fc.string({ unit: fc.integer({ min: 0x4e00, max: 0x9fff }).map((c) => String.fromCharCode(c)), maxLength: 2 }),
);

test('a clause inside a text has the cue families it has as a text of its own', () => {
  fc.assert(
    fc.property(fc.array(piece, { maxLength: 12 }), fc.nat(3), fc.nat(3), (parts, cutStart, cutEnd) => {
      const text = parts.join('');
      const from = Math.min(cutStart, text.length);
      const to = Math.max(from, text.length - cutEnd);
      const buffer = new ClauseBuffer();
      scanClauseFamilies(text, from, to, buffer);
      for (let k = 0; k < buffer.count; k++) {
        const clause = text.slice(buffer.starts[k]!, buffer.ends[k]!);
        assert.equal(buffer.families[k], cueFamilies(clause, 0, clause.length), JSON.stringify(clause));
      }
    }),
    { numRuns: 5000 },
  );
});

test('plan verbs and goal words are found where their patterns match', () => {
  fc.assert(
    fc.property(fc.array(piece, { maxLength: 8 }), (parts) => {
      for (const clause of parts.join('').split(/[，。；：]/)) {
        const cues = clauseCues(clause);
        assert.equal(cues.planVerb, CUE_PATTERNS.PLAN_VERB.test(clause), JSON.stringify(clause));
        assert.equal(cues.goalLead, GOAL_LEAD.test(clause), JSON.stringify(clause));
      }
    }),
    { numRuns: 5000 },
  );
});

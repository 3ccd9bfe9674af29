// Properties of slogan extraction on random slogan-ish text: never throws, every occurrence spells the term,
// counts match, definitions and findings point inside the document, and prose terms likewise.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fc from 'fast-check';
import { extractSlogans } from '../../src/core/slogans';
import { extractProseTerms } from '../../src/core/proseTerms';
import { splitSentences } from '../../src/core/sentences';
import { LineIndex } from '../../src/core/lines';

const PIECES = [
  '“', '”', '"', '（', '）', '(', ')', '、', '，', '。', '；', '：', '\n', '\r\n', ' ', '等', '即', '简称', '是指', '所谓',
  '四个意识', '五个三', '三大目标', '先行区', '一城一谷', '十四五', '1+8', '两不愁', '三保障', '四措并举', '首先是', '其次是',
  '一', '二', '三', '两', '双', '十', '百', '千', '万', '个', '大', '项', '条', '和', '与', '建设', '发展', '兩個維護', '碳达峰',
];

test('random slogan-ish text: spans spell the term, counts agree, nothing escapes the document', () => {
  fc.assert(
    fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 120 }), (pieces) => {
      const text = pieces.join('');
      const lines = new LineIndex(text);
      const sentences = splitSentences(text, lines);
      for (const slogan of extractSlogans(text, sentences, lines)) {
        assert.equal(slogan.count, slogan.occurrences.length);
        assert.ok(slogan.count > 0);
        for (const o of slogan.occurrences) {
          assert.equal(text.slice(o.start, o.end).replace(/\s+/g, ''), slogan.term);
          assert.equal(o.line, lines.lineAt(o.start));
        }
        for (const d of slogan.definitions) {
          assert.ok(d.start >= 0 && d.end <= text.length && d.start <= d.end);
          assert.ok(d.components.length > 0);
        }
        for (const f of slogan.findings) assert.ok(f.span.end <= text.length && f.message.length > 0);
      }
      for (const term of extractProseTerms(text, sentences, lines)) {
        assert.equal(text.slice(term.start, term.end).trim(), term.term);
      }
    }),
    { numRuns: 3000 },
  );
});

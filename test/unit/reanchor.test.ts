import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { joinLedger, type AnchorItem } from '../../src/core/reanchor';
import { parseLedger, type LedgerItem } from '../../src/core/ledger';
import { setEntry } from '../../src/core/ledgerEdit';
import { bigramProfile, textSimilarity } from '../../src/core/textSimilarity';
import { BigramIndex } from '../../src/core/bigramIndex';
import { sameDocument } from '../../src/core/documentPath';

const SENTENCES = [
  '到2025年，全市地区生产总值年均增长6%左右。',
  '年底前推出不少于100项政务服务事项清单。',
  '力争6月30日前完成晋城一中丹河校区建设。',
  '加快推进老旧小区改造，完成改造任务1200户。',
  '确保全年新增城镇就业5万人以上。',
];

/** Items of one document with position-based ids (the worst case: every insertion shifts them). */
function itemsOf(doc: string, sentences: readonly string[]): AnchorItem[] {
  return sentences.map((text, index) => ({ id: `${doc}#${index}`, doc, text }));
}

/** A ledger recording a status for every sentence, written through setEntry like the extension does. */
function ledgerFor(items: readonly AnchorItem[]): LedgerItem[] {
  let text = '';
  items.forEach((item, index) => {
    const result = setEntry(text, item.id, { status: index % 2 ? 'done' : 'doing', owner: `owner-${index}`, doc: item.doc, text: item.text });
    assert.ok(result.ok);
    text = result.text;
  });
  return parseLedger(text).items;
}

function ownerOf(join: ReturnType<typeof joinLedger>, itemId: string): string | undefined {
  return join.byItemId.get(itemId)?.entry.record.owner;
}

test('exact ids match first', () => {
  const items = itemsOf('plans/a.txt', SENTENCES);
  const join = joinLedger(ledgerFor(items), items);
  assert.equal(join.orphans.length, 0);
  items.forEach((item, index) => {
    assert.equal(ownerOf(join, item.id), `owner-${index}`);
    assert.equal(join.byItemId.get(item.id)!.how, 'id');
  });
});

test('an insertion before the items shifts ids; statuses follow their sentences', () => {
  const before = itemsOf('plans/a.txt', SENTENCES);
  const ledger = ledgerFor(before);
  const after = itemsOf('plans/a.txt', ['新增：全面推进数字政府建设工作。', ...SENTENCES.slice(0, 2), '再插入一句：到2030年实现碳达峰。', ...SENTENCES.slice(2)]);
  const join = joinLedger(ledger, after);
  assert.equal(join.orphans.length, 0);
  assert.equal(join.byItemId.has('plans/a.txt#0'), false);
  assert.equal(join.byItemId.has('plans/a.txt#3'), false);
  SENTENCES.forEach((sentence, index) => {
    const item = after.find((candidate) => candidate.text === sentence)!;
    assert.equal(ownerOf(join, item.id), `owner-${index}`, sentence);
  });
});

test('deletions elsewhere keep the other statuses', () => {
  const ledger = ledgerFor(itemsOf('plans/a.txt', SENTENCES));
  const after = itemsOf('plans/a.txt', [SENTENCES[0]!, SENTENCES[2]!, SENTENCES[4]!]);
  const join = joinLedger(ledger, after);
  assert.equal(ownerOf(join, 'plans/a.txt#0'), 'owner-0');
  assert.equal(ownerOf(join, 'plans/a.txt#1'), 'owner-2');
  assert.equal(ownerOf(join, 'plans/a.txt#2'), 'owner-4');
  assert.deepEqual(join.orphans.map((entry) => entry.record.owner), ['owner-1', 'owner-3']);
});

test('small rewording and a changed id still find the entry', () => {
  const ledger = ledgerFor(itemsOf('plans/a.txt', SENTENCES));
  const reworded = SENTENCES.map((sentence) => sentence.replace('全市', '全区').replace('不少于100项', '不少于120项').replace('加快推进', '大力推进'));
  const after = reworded.map((text, index) => ({ id: `hash-${index * 7}`, doc: 'file:///home/u/ws/plans/a.txt', text }));
  const join = joinLedger(ledger, after);
  assert.equal(join.orphans.length, 0);
  after.forEach((item, index) => {
    assert.equal(ownerOf(join, item.id), `owner-${index}`);
    assert.equal(join.byItemId.get(item.id)!.how, 'content');
  });
});

test('an item deleted from its document becomes an orphan, never dropped; other documents do not adopt it', () => {
  const ledger = ledgerFor(itemsOf('plans/a.txt', SENTENCES));
  const after = [...itemsOf('plans/a.txt', SENTENCES.slice(1)), ...itemsOf('plans/b.txt', [SENTENCES[0]!])];
  const join = joinLedger(ledger, after);
  assert.equal(join.orphans.length, 1);
  assert.equal(join.orphans[0]!.record.owner, 'owner-0');
  assert.equal(join.orphans[0]!.record.text, SENTENCES[0]);
  assert.equal(join.byItemId.has('plans/b.txt#0'), false);
});

test('a rewrite beyond recognition is an orphan rather than a wrong match', () => {
  const ledger = ledgerFor(itemsOf('plans/a.txt', [SENTENCES[0]!]));
  const after = [{ id: 'other', doc: 'plans/a.txt', text: '统筹抓好安全生产和防灾减灾救灾工作。' }];
  const join = joinLedger(ledger, after);
  assert.equal(join.byItemId.size, 0);
  assert.equal(join.orphans.length, 1);
});

test('targets in one sentence are told apart by their anchor', () => {
  const sentence = '全年拟精简审批事项886项，精简比例达到60%。';
  const doc = 'plans/a.txt';
  let text = '';
  for (const [id, anchor, owner] of [['t1', '886项', 'A'], ['t2', '60%', 'B']] as const) {
    const result = setEntry(text, id, { owner, doc, text: sentence, anchor });
    assert.ok(result.ok);
    text = result.text;
  }
  const after = [
    { id: 'n2', doc, text: sentence.replace('精简审批', '压减审批'), anchor: '60%' },
    { id: 'n1', doc, text: sentence.replace('精简审批', '压减审批'), anchor: '886项' },
  ];
  const join = joinLedger(parseLedger(text).items, after);
  assert.equal(ownerOf(join, 'n1'), 'A');
  assert.equal(ownerOf(join, 'n2'), 'B');
});

test('property: every entry is either matched once or orphaned', () => {
  fc.assert(
    fc.property(fc.shuffledSubarray(SENTENCES), fc.shuffledSubarray(SENTENCES), (was, now) => {
      const ledger = ledgerFor(itemsOf('d.txt', was));
      const join = joinLedger(ledger, itemsOf('d.txt', now));
      const matched = [...join.byItemId.values()].map((match) => match.entry.id);
      assert.equal(new Set(matched).size, matched.length);
      assert.equal(matched.length + join.orphans.length, ledger.length);
      for (const match of join.byItemId.values()) {
        const item = itemsOf('d.txt', now).find((candidate) => candidate.id === match.itemId)!;
        assert.equal(item.text, match.entry.record.text);
      }
    }),
  );
});

test('similarity and document names', () => {
  assert.equal(textSimilarity('到2025年完成', '到2025年完成'), 1);
  assert.equal(textSimilarity('abc', 'xyz'), 0);
  assert.ok(textSimilarity(SENTENCES[0]!, SENTENCES[0]!.replace('6%', '7%')) > 0.8);
  assert.ok(sameDocument('plans/a.txt', 'file:///home/u/ws/plans/a.txt'));
  assert.ok(sameDocument('C:\\ws\\plans\\a.txt', 'file:///c%3A/ws/plans/a.txt'));
  assert.ok(!sameDocument('a.txt', 'file:///ws/plans/ba.txt'));
  assert.ok(!sameDocument('plans/a.txt', 'plans/b.txt'));
});

test('bigram index: the reworded sentence ranks first; the lookup budget is honoured', () => {
  const texts = [...SENTENCES, ...Array.from({ length: 200 }, (_, i) => `第${i}项：推进第${i}个重点项目建设。`)];
  const index = new BigramIndex(texts, (text) => text);
  const query = bigramProfile(SENTENCES[3]!.replace('加快推进', '全力推进'));
  const { complete, found } = index.candidates(query, 10_000, 5);
  assert.equal(complete, true);
  assert.equal(texts[found[0]!.index], SENTENCES[3]);
  assert.equal(index.candidates(bigramProfile('推进项目建设'), 1, 5).complete, false);
});

test('many entries re-anchor one to one after a renumbering and rewording', () => {
  const before = Array.from({ length: 1500 }, (_, i) => `到2025年，第${i}号片区完成老旧小区改造${i + 10}户，新增绿地${i * 3}平方米。`);
  const ledger = before.map((text, i) => ({ id: `old-${i}`, record: { status: 'done' as const, doc: 'a.txt', text }, line: i, problems: [] }));
  const after = before.map((text, i) => ({ id: `new-${i}`, doc: 'a.txt', text: i % 2 ? text.replace('完成', '基本完成') : text }));
  const join = joinLedger(ledger, after.reverse());
  assert.equal(join.orphans.length, 0);
  for (const match of join.byItemId.values()) assert.equal(match.itemId.slice(4), match.entry.id.slice(4));
});

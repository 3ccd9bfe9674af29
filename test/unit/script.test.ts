// Matching script: traditional text is converted with OpenCC's tw → cn rules on flat tables; the result must be
// exactly what opencc-js gives (phrases, variants, segmentation), with the same length as the input.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as OpenCC from 'opencc-js/t2cn';
import { fastTw2s, looksTraditional, toMatchingScript } from '../../src/core/script';

const reference = OpenCC.Converter({ from: 'tw', to: 'cn' });

const TRADITIONAL = [
  '2026年全省經濟社會發展的主要預期目標是：地區生產總值增長5%左右，城鎮調查失業率控制在5.5%以內。',
  '堅持“四個中心”定位，推動“五子聯動”，紮實推進“十五五”規劃開局，確保“兩個維護”落到實處。',
  '實施“一縣一策、一園一策”，打造“一城一谷”，構建“三縱兩橫”綜合立體交通網。',
  '著力發揮優勢，積極穩妥推進碳達峰碳中和，“雙碳”工作取得新進展；乾淨、乾坤、幹部、樹幹。',
  '裡程碑：鐵路、公路、機場聯動，建設“1+8”都市圈和“11463”創新體系（簡稱“三區”）。\r\n下一行',
  '𠀀擴大內需𠀀，䝼字與丟、著名、著手、著急；“一帶一路”“一網通辦”。',
];

test('flat-table conversion equals opencc-js on work-report sentences', () => {
  for (const text of TRADITIONAL) assert.equal(fastTw2s(text), reference(text), text);
});

test('matching script keeps the length and converts traditional documents', () => {
  const text = TRADITIONAL.join('\n').repeat(3);
  assert.ok(looksTraditional(text));
  const matching = toMatchingScript(text);
  assert.equal(matching.length, text.length);
  assert.ok(matching.includes('四个中心') && matching.includes('五子联动') && matching.includes('两个维护'));
});

test('simplified text is returned as it is', () => {
  const text = '全面落实“五子联动”，加快建设“四个中心”。';
  assert.equal(toMatchingScript(text), text);
});

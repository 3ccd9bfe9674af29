// Traditional → simplified Chinese for matching only. The result has exactly the original length,
// so every offset found in it is an offset in the original text.
import * as OpenCC from 'opencc-js/t2cn';

type Convert = (text: string) => string;

let converter: Convert | null = null;
const charCache = new Map<string, string>();

function getConverter(): Convert {
  converter ??= OpenCC.Converter({ from: 'tw', to: 'cn' });
  return converter;
}

/** How much of a prefix is sampled to decide whether a text is traditional. */
const SAMPLE_LENGTH = 4000;
/** Frequent characters that exist only in traditional script (a cheap detector; the converter does the real work). */
const TRADITIONAL_ONLY = codeSet(
  '發業國產為進實區黨開會動設體養堅資個創對經時強現點學來轉與優們導質項領關務題遊鎮標濟統勢環規決傳義場於劃機態術鄉過藝習縣組問這從幹戰辦兩網專農興確運線書華內總長營廣論難著園氣醫後帶員準級間構陽護頭達爭將礎歷單續萬結電職記眾層聯報揮極鐵斷張處驗議種偉綜億風觀當織際奮舉條審類團讓謀識積計東復變應責貫調響戶貧無圍協門衛號踐認視療麗權講數車鏈鍵隊籌緊須節樹別證壓遷勵樣鬥綠豐徹範穩見啟則費擁',
);

function codeSet(chars: string): Set<number> {
  return new Set([...chars].map((c) => c.charCodeAt(0)));
}

/** True when the text's opening uses enough traditional-only characters to call it traditional Chinese. */
export function looksTraditional(text: string): boolean {
  const limit = Math.min(text.length, SAMPLE_LENGTH);
  let hits = 0;
  for (let i = 0; i < limit; i++) {
    if (TRADITIONAL_ONLY.has(text.charCodeAt(i)) && ++hits >= 5) return true;
  }
  return false;
}

/**
 * The text to match rules against: simplified Chinese with the same length as `text`.
 * Simplified text is returned unchanged; traditional text is converted phrase-wise, or character by
 * character where phrase conversion would change the length.
 */
export function toMatchingScript(text: string): string {
  if (!looksTraditional(text)) return text;
  const converted = getConverter()(text);
  if (converted.length === text.length) return converted;
  return convertCharByChar(text);
}

function convertCharByChar(text: string): string {
  const convert = getConverter();
  const parts: string[] = [];
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch.charCodeAt(0) < 0x3400) {
      parts.push(ch);
      continue;
    }
    let mapped = charCache.get(ch);
    if (mapped === undefined) {
      const out = convert(ch);
      mapped = out.length === 1 ? out : ch;
      charCache.set(ch, mapped);
    }
    parts.push(mapped);
  }
  return parts.join('');
}

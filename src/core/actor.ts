// Who is responsible: the organisation or group a clause names before its modal verb
// (市生态环境局要…, 工信局要主动牵头, 各县(市、区)要…, 抚顺市将…).
export interface ActorMatch {
  actor: string;
  /** Offset of the modal verb after the actor. */
  at: number;
}

/**
 * Modal or duty verbs an actor stands before (要 将 应当 应 须 必须 务必 负责 牵头 主动 会同): the length of the one
 * at text[i], or 0. Read by character code, as the alternation of these words would match from left to right.
 */
function dutyVerbLength(text: string, i: number): number {
  const next = text.charCodeAt(i + 1);
  switch (text.charCodeAt(i)) {
    case 0x8981: // 要
    case 0x5c06: // 将
    case 0x987b: // 须
      return 1;
    case 0x5e94: // 应, 应当
      return next === 0x5f53 ? 2 : 1;
    case 0x5fc5: // 必须
      return next === 0x987b ? 2 : 0;
    case 0x52a1: // 务必
      return next === 0x5fc5 ? 2 : 0;
    case 0x8d1f: // 负责
      return next === 0x8d23 ? 2 : 0;
    case 0x7275: // 牵头
      return next === 0x5934 ? 2 : 0;
    case 0x4e3b: // 主动
      return next === 0x52a8 ? 2 : 0;
    case 0x4f1a: // 会同
      return next === 0x540c ? 2 : 0;
    default:
      return 0;
  }
}
/** An organisation-like noun phrase ending in a body or place word (and the parenthesised kinds it covers, at its end or inside it: 各市（州）, 各县（市、区）, 各县（市、区）文旅部门), at the end of the text before a duty verb. */
const ACTOR_TAIL =
  /(?:[\u4e00-\u9fff]|[(（][\u4e00-\u9fff、]{1,8}[)）]){0,15}(?:局|委员会|委|厅|办公室|办|室|部|署|院|中心|政府|党委|党组|集团|公司|单位|部门|机关|街道|社区|乡镇|县[(（]市、?区[)）]|县市区|县区|各地|各级|企业|学校|医院|银行|市|省|县|区|镇|乡|村|州|盟|旗)(?:[(（][\u4e00-\u9fff、]{1,8}[)）])?$/;
/** Last characters of the tails above: a window ending otherwise holds no actor (checked before the regex). */
const TAIL_LAST = codeTable('局委会厅办室部署院心府组团司位门关道区镇县地级业校行市省乡村州盟旗)）');
/** Words that look like an actor's tail but are not actors (城市, 地区, 全市 as scope only). */
const NOT_ACTOR = /^(?:城市|地区|园区|景区|城区|市场|本市|全市|全省|全区|全县|我市|我省|我区|我县)$/;
/** Verbs or particles inside the phrase: it is a clause, not a name (泽州县深入贯彻…, 就是城区, 一流城市). */
const NOT_A_NAME = /是|的|贯彻|落实|深入|推进|加快|坚持|一流|打造|建成|成为|指导|督促|支持|帮助|鼓励|引导/;
const LEADING_NOISE = /^(?:[一二三四五六七八九十]+是|其中|同时|此外|对于|另外|并且|而且|今年|明年|下一步|届时)/;
/** How far before a duty verb an actor is looked for. */
const WINDOW = 18;

/** First characters of the duty verbs (dutyVerbLength): one table look-up rules out most characters. */
const DUTY_FIRST = codeTable('要将须应必务负牵主会');
/** Per character: TAIL if an actor's name may end with it, VERB if a duty verb may start with it (or both). */
const TAIL = 1;
const VERB = 2;
const PAIR_ROLE = new Uint8Array(0x10000);
for (let c = 0; c < 0x10000; c++) PAIR_ROLE[c] = TAIL_LAST[c]! * TAIL + DUTY_FIRST[c]! * VERB;

/**
 * Actors named in the sentence (matching script; offsets absolute), in order; the first `limit` of them only.
 * Linear: a bounded window per verb.
 *
 * An actor stands where a name's last character (TAIL_LAST) meets a duty verb's first (DUTY_FIRST): every
 * other position is read, each such pair holding one of them. Every verb position is tried, also the second
 * character of a two-character verb: none of those (当须必责头动同) follows a TAIL_LAST character as a verb.
 */
export function findActors(match: string, start: number, end: number, limit: number = Infinity): ActorMatch[] {
  const found: ActorMatch[] = [];
  let sentence: string | undefined;
  for (let j = start + 1; j < end && found.length < limit; j += 2) {
    const role = PAIR_ROLE[match.charCodeAt(j)]!;
    if (role === 0) continue;
    if ((role & VERB) !== 0 && TAIL_LAST[match.charCodeAt(j - 1)] === 1) {
      sentence ??= match.slice(start, end);
      const actor = actorBeforeVerb(sentence, j - start);
      if (actor !== null) found.push({ actor, at: j });
    }
    if ((role & TAIL) !== 0 && j + 1 < end && DUTY_FIRST[match.charCodeAt(j + 1)] === 1 && found.length < limit) {
      sentence ??= match.slice(start, end);
      const actor = actorBeforeVerb(sentence, j + 1 - start);
      if (actor !== null) found.push({ actor, at: j + 1 });
    }
  }
  return found;
}

/** The actor named right before a duty verb at sentence[at] (0 < at, a TAIL_LAST character before it), or null. */
function actorBeforeVerb(sentence: string, at: number): string | null {
  if (dutyVerbLength(sentence, at) === 0) return null;
  let from = Math.max(0, at - WINDOW);
  // The actor starts after the last punctuation before the verb.
  for (let i = at - 1; i >= from; i--) {
    const code = sentence.charCodeAt(i);
    if (code < 0x4e00 || code > 0x9fff) {
      if (code !== 0x28 && code !== 0x29 && code !== 0xff08 && code !== 0xff09 && code !== 0x3001) {
        from = i + 1;
        break;
      }
    }
  }
  if (at <= from) return null;
  const tail = ACTOR_TAIL.exec(sentence.slice(from, at));
  if (!tail) return null;
  let actor = tail[0];
  const noise = LEADING_NOISE.exec(actor);
  if (noise) actor = actor.slice(noise[0].length);
  if (actor.length < 2 || NOT_ACTOR.test(actor) || NOT_A_NAME.test(actor)) return null;
  return actor;
}

function codeTable(chars: string): Uint8Array {
  const table = new Uint8Array(0x10000);
  for (const c of chars) table[c.charCodeAt(0)] = 1;
  return table;
}

/** The actor named nearest before `offset`, or null. */
export function actorBefore(actors: ActorMatch[], offset: number): string | null {
  let best: string | null = null;
  for (const a of actors) {
    if (a.at > offset) break;
    best = a.actor;
  }
  return best;
}

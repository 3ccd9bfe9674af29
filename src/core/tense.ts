// Tense and modality of a clause: is it a plan, requirement, pledge or expected value (forward), a result,
// history, background statistic or outside forecast (past), or neither (neutral)? Cue words only; the
// caller combines clauses, sentences and sections. Every pattern is a plain alternation (linear).

export type Tense = 'forward' | 'past' | 'neutral';

/**
 * Modal verbs and planning words: the clause states an aim (主要, 重要, 将近 are not modal, nor is the
 * disposal 将 of 努力将A转变成B / 要将A作为B, 将A列为B).
 */
const MODAL =
  /(?<![主重首必纪摘提扼只显])要(?![素点闻害])|(?<![即必])(?<!努力|积极|全力|切实|不断|主动|进一步|要|须|应|可|能|已)将(?![近领军])(?![^，,。；;]{0,20}?(?:作为|列为|视为|纳入|转变为|转化为))|即将|确保|保证|力争|争取|计划|拟|力求|务必|必须|应当|预期|目标(?:是|为|：|:)|为目标|主要目标|奋斗目标|下一步(?!工作)|今后|未来|希望|到本世纪/;
/** Verbs of driving work forward: an aim in plans, but also the narrative verbs of reviews (全力推进…). */
const DRIVE = /努力|逐步|着力|力促|全力|加快|推进|推动|谋划|持续|深入|大力|积极/;
/** Action verbs a plan is written with: forward for their own clause unless the section is a review. */
const PLAN_VERB =
  /打造|建设|新建|再建|改建|扩建|续建|构建|实施|培育|争创|创建|规划建设|达到|提高到|提升到|提高至|提升至|增加到|增加至|增至|发展到|集聚到|降低到|降至|稳定在|控制在|保持在|形成|重点发展|解决|带动|推出|取消|精简|取缔|退让|改造|整治|抓好|开展|启动|出台|制定|建立|健全|完善|申报/;
/** Verbs that report an outcome: they break a weak (plan-verb) reading carried over from the previous clause. */
const RESULT_VERB = /实现|完成|增长|下降|新增|达|提高|提升|减少|引进|建成|投用|收入|产值|总量|规模|面积/;
/** Results, history, background and forecasts by others. */
const PAST =
  /已|近几年|近年来|多年来|例如|正在|当初|后来|位列|取得|比如|案例|为例|测算|可望|历经|共计(?!划)|连续|[一二三四五两几\d]年(?:来|间)|建成投用|投入使用|交付使用|投入运营|提前完成|累计|截至|截止|(?<![比较])去年|(?<![比较])上年(?!同期)|过去|先后|相继|历时|此前|以来|始建|始于|建于|现有|目前|共有|荣获|获评|被评为|预测|预估|预计(?!将)|据估计|估算|基础上|曾|圆了|位居|居全|排名|陆续|前三季度|前两个月|1-\d+月|1—\d+月/;
/** Someone else's estimate or forecast. */
const FORECAST = /据.{0,12}(?:测算|预测|估计|统计|显示|分析)|预测|预估|可望|有望/;
/** A comparison with last year (比上年增长5%): past in a report, but the base of an aim in a plan. */
const COMPARISON = /同比|比上年|较上年|比去年|较去年|上年同期/;
/** Modal verbs that still point ahead inside a review (确保, 争取, 努力 narrate there: 我们确保了…). */
const REVIEW_SAFE_MODAL = /(?<![主重首必纪摘提扼只显])要(?![素点闻害])|(?<![即必])将(?![近领军])|计划|拟|下一步(?!工作)|今后|未来|预期目标/;
/** A baseline (在…基础上): past for its own clause, but it introduces the plan that follows. */
const BASELINE = /基础上/;
/** 了 as a perfective particle (not 为了, 除了, 了解). */
const PERFECTIVE = /[\u4e00-\u9fff](?<![为除])了(?![解如结却])/;

export interface ClauseCues {
  /** A modal verb (要, 将, 确保, 力争, 计划, 目标…). */
  strongForward: boolean;
  /** The only modal is one that also narrates (争取 = obtained, 努力 = worked hard). */
  ambiguousModal: boolean;
  /** A modal that points ahead even inside a review (要, 将, 计划, 今后…). */
  reviewSafeModal: boolean;
  /** The only past cue is a comparison with last year (比上年, 同比). */
  comparisonOnly: boolean;
  /** A drive verb (推进, 加快, 着力…). */
  drive: boolean;
  /** The only past cue is a baseline (在…基础上). */
  baseline: boolean;
  /** 了 or 已: the clause narrates. */
  narrative: boolean;
  /** The sentence reports someone else's estimate (据…测算, 预测, 可望). */
  forecast: boolean;
  planVerb: boolean;
  resultVerb: boolean;
  past: boolean;
  /** Offsets (in the clause) of the first forward and past cue; the later one decides a mixed clause. */
  forwardAt: number;
  pastAt: number;
}

export function clauseCues(clause: string): ClauseCues {
  const strong = firstIndex(MODAL, clause);
  const drive = firstIndex(DRIVE, clause);
  const plan = firstIndex(PLAN_VERB, clause);
  // Rare cue families run only when their key character occurs (a native includes() is far cheaper than a scan).
  const perfective = clause.includes('了') ? firstIndex(PERFECTIVE, clause) : -1;
  const comparisonAt = (clause.includes('比') || clause.includes('较') || clause.includes('同')) ? firstIndex(COMPARISON, clause) : -1;
  const pastOnlyAt = firstIndex(PAST, clause);
  const pastWord = Math.max(pastOnlyAt, comparisonAt);
  const pastAt = Math.max(pastWord, perfective);
  const baseline = pastOnlyAt >= 0 && clause.includes('基础上') && !PAST.test(clause.replace(BASELINE, ''));
  return {
    strongForward: strong >= 0,
    ambiguousModal: strong >= 0 && !MODAL.test(clause.replace(/争取/g, '')),
    reviewSafeModal: strong >= 0 && REVIEW_SAFE_MODAL.test(clause),
    comparisonOnly: comparisonAt >= 0 && pastOnlyAt < 0 && perfective < 0,
    drive: drive >= 0,
    baseline: baseline && comparisonAt < 0 && perfective < 0,
    narrative: perfective >= 0,
    forecast: (clause.includes('据') || clause.includes('预') || clause.includes('望')) && FORECAST.test(clause),
    planVerb: plan >= 0,
    resultVerb: RESULT_VERB.test(clause),
    past: pastAt >= 0,
    forwardAt: Math.max(strong, plan, drive),
    pastAt,
  };
}

function firstIndex(re: RegExp, text: string): number {
  const m = re.exec(text);
  return m ? m.index : -1;
}

/** Paragraph openers that start a review (过去一年, 工作回顾). */
export const REVIEW_OPENER =
  /^(?:[一二三四五六七八九十]+、)?(?:过去(?:的)?[一二三四五两]年|近?[一二三四五两几\d]+年(?:来|间|以来)|回顾|(?:\d{4}年|去年|上年|“十[一二三四五六七]五”(?:时期)?)(?:工作)?回顾|(?:\d{4}年及)?“十[一二三四五六七]五”(?:时期)?(?:主要)?(?:成就|成绩))/;
/** Headings of review sections. */
export const REVIEW_HEADING = /回顾|成就|成绩|成效|主要工作|基本情况|发展现状|进展情况|取得的/;
/** Paragraph openers that start a plan (今年, 主要预期目标, 下一步). */
export const PLAN_OPENER =
  /^(?:今年|明年|今后|未来|下一步|\d{4}年是|做好今年|做好\d{4}年|\d{4}年(?:的)?(?:主要)?(?:预期)?目标|今年(?:经济社会发展|全[省市区县])?的?(?:主要)?(?:预期)?目标|“十[一二三四五六七]五”(?:时期)?(?:经济社会发展的)?(?:主要)?目标)/;
/** Headings of plan sections. */
export const PLAN_HEADING = /目标|任务|安排|重点工作|建议|思路|计划|展望|打算|下一步|部署/;
/** A sentence naming goals: the list after it (often cut by ；) inherits the forward reading. */
export const GOAL_LEAD = /目标|任务是|要求是|指标/;

/**
 * The vocabulary of policy documents: every word list the analysis core decides by, in one place.
 * Words are in simplified script, as they appear in the normalised text (`doc.norm`). A list is a
 * plain array; `wordsRe` / `wordSet` build a matcher from it once (longest word first, so an
 * alternation never stops at a shorter prefix). Matching a fixed-word alternation is linear.
 */

import { indexOfAny, isOneOf, isWhiteCode } from './chars';

// -------------------------------------------------------------------------------------------------
// Numerals

/** Chinese digits (simplified and financial), with their values. 〇/零 both 0; 两 = 2. */
export const CN_DIGIT_VALUES: Readonly<Record<string, number>> = {
  〇: 0, 零: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
  壹: 1, 贰: 2, 叁: 3, 肆: 4, 伍: 5, 陆: 6, 柒: 7, 捌: 8, 玖: 9,
};
/** Units inside a section of four digits: 十 百 千 (and their financial forms). */
export const CN_SMALL_UNIT_VALUES: Readonly<Record<string, number>> = { 十: 10, 拾: 10, 百: 100, 佰: 100, 千: 1000, 仟: 1000 };
/** Section units: 万 closes the part after the last 亿, 亿 closes everything before it. */
export const CN_BIG_UNIT_VALUES: Readonly<Record<string, number>> = { 万: 1e4, 亿: 1e8 };
/** Every character a Chinese numeral is written with. */
export const CN_NUMERAL_CHARS = '〇零一二两三四五六七八九十百千万亿壹贰叁肆伍陆柒捌玖拾佰仟';

/** Magnitude words written after an Arabic number (1.5万, 3千万, 2万亿), with their factors. */
export const MAGNITUDES: Readonly<Record<string, number>> = {
  十: 10, 百: 100, 千: 1e3, 万: 1e4, 十万: 1e5, 百万: 1e6, 千万: 1e7, 亿: 1e8, 十亿: 1e9, 百亿: 1e10, 千亿: 1e11, 万亿: 1e12,
};

/**
 * Range connectors, as written in `norm` (where the full-width － and ～ are - and ~): the ones two numbers,
 * amounts or years are joined with (5万-200万元, 13~17万元, 100至200万元, 2023—2025年)…
 */
export const RANGE_CONNECTORS = '-~—–至到';
/** …and the other dashes and the wave dash the lexer takes between two years (2021−2025年, 2021〜2025年). */
export const YEAR_RANGE_CONNECTORS = RANGE_CONNECTORS + '−―〜';

// -------------------------------------------------------------------------------------------------
// Money and quantities

/** The currency unit and its multiples written with it. */
export const CURRENCY_UNITS = ['元'];

/**
 * Nouns (and the verbs used as nouns) that name a sum of money being given: after 50万 they make
 * it money even without 元 (给予50万补助, 50万的奖励), and near an amount they say what it is.
 */
export const MONEY_NOUNS = [
  '奖励', '补助', '资助', '补贴', '支持', '资金', '贴息', '奖补', '扶持', '经费', '配套', '引导',
  '津贴', // 人才津贴
  '股权投资', // 以股权投资方式支持: an amount of a different kind from a grant
  '安家费', '生活补贴', '启动资金', '专项资金',
  '贷款', // 可申请最高不超过15万元的创业担保贷款: a loan amount is money
];
/**
 * Quantities measured in money. In the clause of a 万/亿 amount written without 元 they make it money as
 * the MONEY_NOUNS do (销售收入超过2000万的, 年纳税额超过500万的, 固定资产投资1000万及以上, 实现地方公共财政
 * 预算收入达人民币50万的, 处10万以下的罚款), though no grant is named; right after the amount they are no
 * money noun.
 */
export const MONEY_MEASURES = [
  '收入', '销售额', '营业额', '营收', '投资', '总投入', '税收', '税金', '纳税', '产值', '贡献额', '财政贡献', '利润',
  '采购额', '交易额', '金额', '融资', '注册资本', '债券', '基金', '人民币', '引资', '罚款', '罚没', '担保', '经济效益', '经费', '费用',
];
/**
 * Words that may stand between a 万/亿 amount written without 元 and the money noun it qualifies
 * (5万-200万不等的一次性奖励, 20万一次性奖补): "no fixed amount" and how often it is given.
 */
export const MONEY_QUALIFIERS = ['不等', '的', '一次性', '每年', '每月', '累计'];
/**
 * Public funds: a 倾斜 (a preference) given where they are allocated is money with no amount (在分配年度中央
 * 财政资金时予以适当倾斜); a 倾斜 in land quotas or policy is not.
 */
export const FUND_WORDS = ['资金', '经费', '财政', '预算内投资'];
/**
 * Words before 奖励/补助 that make it no sum of money (给予精神奖励, 给予表彰奖励, 给予政策补贴): bare
 * support so named is not vague money.
 */
export const NON_MONEY_AWARD_WORDS = ['精神', '荣誉', '表彰', '通报', '政策', '物质'];
/** Marks of a percentage or a share: a sentence with one states a ratio (贡献的70%给予企业奖励). */
export const PERCENT_SIGNS = ['%', '％', '‰', '百分之'];
/** Verbs that grant money: 给予 / 安排 before an amount make the clause a grant. */
export const GRANT_VERBS = ['给予', '予以', '安排', '奖励', '补助', '资助', '补贴', '扶持', '支持', '配套', '贴息'];
/**
 * Words that make an amount a size, a threshold or a target rather than money given, when they stand
 * between the grant verb and the amount (对年营业收入首次超过1亿元的企业, 产业总规模超1200亿元).
 */
export const METRIC_WORDS = ['营业收入', '主营业务收入', '营收', '产值', '规模', '投资额', '总投资', '销售额', '销售收入', '纳税', '税收', '增加值', '超过', '达到', '突破'];
/** The kind of support an amount gives: amounts of different kinds are different things. */
export const SUPPORT_KINDS = ['股权投资', '贴息', '补助', '补贴', '奖励', '资助', '配套', '奖补', '津贴', '经费', '贷款'];

/**
 * Measure words after a number: what is counted. After 万/亿 they make the number a count, not
 * money (50万人, 10万吨, 3万平方米). Multi-character units first where a prefix is also a unit.
 */
export const MEASURE_WORDS = [
  // people and bodies
  '人次', '人', '名', '户', '家', '位', '所', '个', '批', '支', '对',
  // things and events
  '项', '件', '套', '台', '辆', '部', '篇', '株', '栋', '间', '床', '张', '处', '座', '条', '种', '类', '款', '场', '次', '期', '届',
  // area, length, mass, energy
  '平方公里', '平方米', '平方', '公顷', '亩', '公里', '千米', '米', '吨', '千克', '公斤', '立方米', '方',
  '千瓦时', '千瓦', '兆瓦', '度',
  // time
  '小时', '分钟', '天', '个月', '年',
  // ranks and multiples
  '倍', '级', '星', '强', '标箱', '辆次', '架次',
];

/**
 * Units after a blank number in a draft (有 家, 达到××%, ____亿元, □□家, 【】名): a blank or a mark
 * (××, XX, ○○, ____, □□, 【】) before one of them stands for a number (target/blank), not a name.
 * Money units and the count words of goals; no time words (××年××月 is a date left blank).
 */
export const BLANK_NUMBER_UNITS = [
  '%', '‰', '亿元', '万元', '元', '人次', '个', '家', '项', '名', '人', '户', '所', '座', '条', '件', '套', '台', '辆', '批', '倍',
  '亩', '吨', '平方米', '公里', '公顷',
];
/**
 * Characters after such a unit that make it part of a word, so the mark is a name (××人民政府, ××项目,
 * ××条例, ××家庭, ××个体, ××名单).
 */
export const BLANK_UNIT_WORD_STARTS = '民庭专族乡长体性称单例件目属在有谈素增';

/**
 * Units an amount is given per (每亩补助300元, 每人每月500元, 300元/吨): a rate, whose total grows with the
 * count — not a cap and not a sum. Not 家, 个, 项, 户 (每家企业最高50万元 is a cap per beneficiary) and
 * no time words (每年, 每月 are periods).
 */
export const RATE_UNITS = [
  '人次', '人', '名', '位', '件', '套', '台', '辆', '株', '头', '床', '张', '标箱', '辆次', '架次',
  '平方公里', '平方米', '公顷', '亩', '公里', '千米', '米', '吨', '千克', '公斤', '立方米', '千瓦时', '千瓦', '兆瓦', '度',
];
/** A rate written before its amount: 每亩, 每平方米, 每人 … */
export const RATE_WORDS = combine(['每'], RATE_UNITS);
/** A cap on an amount: the amount is the most that is given. */
export const CAP_WORDS = ['最高', '不超过', '不高于', '封顶', '上限', '最多', '至多'];
/** A floor: before the amount (不低于50万元) … */
export const FLOOR_WORDS_BEFORE = ['不低于', '不少于', '超过'];
/** … or after it (50万元以上). */
export const FLOOR_WORDS_AFTER = ['以上', '及以上'];
/** How often or over what time an amount is given. 三年, 3年内 are read as numbers + 年. */
export const PERIOD_WORDS = ['每年', '年度', '累计', '一次性', '每月', '每季度'];

// -------------------------------------------------------------------------------------------------
// Pinyin

/**
 * Pinyin syllables without tone marks that open with a consonant (a gloss left after a character,
 * 扶持(gui)范发展, is one of them; bare vowels such as (a), (e), (o) are list markers as often).
 * One string per initial, syllables separated by spaces.
 */
export const PINYIN_SYLLABLES: readonly string[] = [
  'ba bai ban bang bao bei ben beng bi bian biao bie bin bing bo bu',
  'pa pai pan pang pao pei pen peng pi pian piao pie pin ping po pou pu',
  'ma mai man mang mao me mei men meng mi mian miao mie min ming miu mo mou mu',
  'fa fan fang fei fen feng fo fou fu',
  'da dai dan dang dao de dei den deng di dia dian diao die ding diu dong dou du duan dui dun duo',
  'ta tai tan tang tao te teng ti tian tiao tie ting tong tou tu tuan tui tun tuo',
  'na nai nan nang nao ne nei nen neng ni nian niang niao nie nin ning niu nong nou nu nuan nun nuo nv nve',
  'la lai lan lang lao le lei leng li lia lian liang liao lie lin ling liu lo long lou lu luan lun luo lv lve',
  'ga gai gan gang gao ge gei gen geng gong gou gu gua guai guan guang gui gun guo',
  'ka kai kan kang kao ke kei ken keng kong kou ku kua kuai kuan kuang kui kun kuo',
  'ha hai han hang hao he hei hen heng hong hou hu hua huai huan huang hui hun huo',
  'ji jia jian jiang jiao jie jin jing jiong jiu ju juan jue jun',
  'qi qia qian qiang qiao qie qin qing qiong qiu qu quan que qun',
  'xi xia xian xiang xiao xie xin xing xiong xiu xu xuan xue xun',
  'zha zhai zhan zhang zhao zhe zhei zhen zheng zhi zhong zhou zhu zhua zhuai zhuan zhuang zhui zhun zhuo',
  'cha chai chan chang chao che chen cheng chi chong chou chu chua chuai chuan chuang chui chun chuo',
  'sha shai shan shang shao she shei shen sheng shi shou shu shua shuai shuan shuang shui shun shuo',
  'ran rang rao re ren reng ri rong rou ru rua ruan rui run ruo',
  'za zai zan zang zao ze zei zen zeng zi zong zou zu zuan zui zun zuo',
  'ca cai can cang cao ce cen ceng ci cong cou cu cuan cui cun cuo',
  'sa sai san sang sao se sen seng si song sou su suan sui sun suo',
  'ya yan yang yao ye yi yin ying yo yong you yu yuan yue yun',
  'wa wai wan wang wei wen weng wo wu',
].flatMap((l) => l.split(' '));
/** Syllables that are also English words: a bracketed English word after a character is no gloss. */
export const PINYIN_ENGLISH_WORDS = [
  'ban', 'bin', 'can', 'die', 'fan', 'gun', 'hang', 'he', 'hen', 'lie', 'long', 'man', 'me', 'men', 'pan', 'pen', 'pie', 'pin',
  'ping', 'ran', 'run', 'she', 'sun', 'tie', 'wan', 'ye', 'yo', 'you', 'bang', 'gang', 'sang', 'tan', 'den', 'dig', 'pig',
];

// -------------------------------------------------------------------------------------------------
// Issuers

/**
 * Organ names that do not end in an organ character (委, 厅, 府, 院 …): 中共中央 国务院 is two joint
 * issuers separated by a layout space, not a stray space (text/ocr-debris).
 */
export const ORGANS_WITHOUT_ORGAN_END = ['中共中央', '党中央'];

// -------------------------------------------------------------------------------------------------
// Section roles (what a heading's section is for), decided from its title.

export type SectionRole = 'goal' | 'task' | 'safeguard' | 'scope' | 'supplementary' | 'background' | 'other';

/**
 * Goal sections: 工作目标, 总体目标 … and a bare 目标 (GOAL_TITLE_ONLY). 目标任务 is a goal section (goals
 * come first). Merged from document.ts (these words) and structure.ts (any title with 目标): the
 * corpus has no goal heading outside this list, and 起草目标和任务 (a drafting note) is not one. 主要预期目标:
 * the year's indicators of a 政府工作报告 task list (corpus more/041, more/042).
 */
export const GOAL_TITLE_WORDS = ['工作目标', '总体目标', '发展目标', '主要目标', '具体目标', '目标任务', '试点目标', '预期目标'];
/** Titles that are a goal section only when they are the whole title (1.目标。…, corpus 021). */
export const GOAL_TITLE_ONLY = ['目标'];
/**
 * Task sections: the measures of the document (document.ts and structure.ts merged). 保障措施 is a
 * safeguard section whose items are measures too (SAFEGUARD_MEASURE_TITLE_WORDS, holdsMeasures).
 */
export const TASK_TITLE_WORDS = [
  '重点任务', '主要任务', '政策措施', '工作措施', '重点工作', '主要措施', '具体措施', '支持措施', '扶持措施',
  '扶持政策', '工作任务', '重点项目', '主要举措', '重点举措', '任务分工', '支持政策', '主要政策',
  '重点行动', // structure.ts: a plan's tasks (实施重点行动, corpus 027)
];
/**
 * An action plan's tasks may be titled 主要内容 (structure.ts); not a task section for measures (in a
 * drafting note 主要内容 is its summary of the text).
 */
export const PLAN_TASK_TITLE_WORDS = ['主要内容'];
/** Safeguard sections of an action plan. */
export const SAFEGUARD_TITLE_WORDS = ['保障措施', '组织保障', '保障机制', '组织实施', '工作保障', '实施保障'];
/** Safeguard sections whose items are measures (with lead units), not organisational prose. */
export const SAFEGUARD_MEASURE_TITLE_WORDS = ['保障措施'];
/** Scope sections of measures (many state their scope in the title instead: advisory). */
export const SCOPE_TITLE_WORDS = [
  '适用范围', '支持对象', '扶持对象', '适用对象', '支持范围', '申报条件', '总则',
  '奖励对象', '奖补对象', '补助对象', '资助对象', // an incentive policy's scope: who is rewarded (第二条 奖励对象)
];
/** Supplementary provisions: 附则. */
export const SUPPLEMENTARY_TITLE_WORDS = ['附则'];
/** A drafting note's background. */
export const BACKGROUND_TITLE_WORDS = ['背景', '必要性'];
/**
 * Sections that never hold task-level measures: aims, principles, definitions, the drafting note's
 * parts, and organisation sections.
 */
/** The opening sections of a plan or an opinion on aims and principles (not tasks). */
export const AIMS_TITLE_WORDS = ['总体要求', '指导思想', '基本原则'];
export const NON_TASK_TITLE_WORDS = [
  '指导思想', '基本原则', '总体要求', '总体思路', '基本思路', '目标', '附则', '总则', '适用范围', '支持对象', '背景',
  '必要性', '依据', '起草过程', '主要内容', '名词解释', '定义', '组织保障', '组织领导', '组织实施',
];
/**
 * Sections whose items are not tasks to assign a lead unit to: aims, principles, and the procedure of
 * an incentive policy (申报及审核, 兑现). 目的地 is a place, not an aim (handled by the matcher).
 */
export const NOT_ASSIGNED_TITLE_WORDS = [
  '指导思想', '基本原则', '总体要求', '目标', '目的', '意义', '背景', '适用范围', '附则', '申报', '审核', '兑现', '其他', '其它',
];
/**
 * What an incentive policy's section may set out besides tasks: who qualifies and on what terms
 * (奖励对象, 奖补对象, 申报条件, 奖励条件、标准, 补助标准, 申请程序 …). Its items are conditions and
 * amounts, not work to assign.
 */
export const SUPPORT_TERMS_WORDS = ['奖励', '奖补', '补助', '补贴', '资助', '支持', '扶持', '申请', '认定'];
export const TERMS_WORDS = ['条件', '对象', '标准', '程序', '流程'];
/** Marks that may join a kind of support and its terms: 奖补和标准, 补助及程序, 奖励、条件. */
const TERMS_JOINERS = '、和及与';
/**
 * A section title whose items are not assigned work: one of NOT_ASSIGNED_TITLE_WORDS (目的 but not 目的地,
 * a place), or a kind of support followed by its terms (奖励条件, 补助标准, 奖补和程序).
 */
export function isNotAssignedTitle(title: string): boolean {
  for (const w of NOT_ASSIGNED_TITLE_WORDS) {
    if (w !== '目的') { if (title.includes(w)) return true; continue; }
    for (let i = title.indexOf(w); i >= 0; i = title.indexOf(w, i + 1)) if (title[i + w.length] !== '地') return true;
  }
  for (const t of TERMS_WORDS) {
    for (let i = title.indexOf(t); i >= 0; i = title.indexOf(t, i + 1)) {
      if (wordBefore(title, i, SUPPORT_TERMS_WORDS)) return true;
      if (i > 0 && TERMS_JOINERS.includes(title[i - 1]) && wordBefore(title, i - 1, SUPPORT_TERMS_WORDS)) return true;
    }
  }
  return false;
}
/** Words that make a section one of tasks for provisions numbered 第X条 (任务, 措施 …). */
export const TASKLIKE_TITLE_WORDS = ['任务', '措施', '举措', '行动', '工作'];

/**
 * Longest title a section-role heading has (一、工作目标; not a measure that mentions 政策措施). Merged
 * from goals.ts (12), document.ts (16 for tasks, none for goals) and structure.ts (20): no role title
 * in the corpus is longer than 12, no measure title that names a role word is shorter than 21.
 */
export const ROLE_TITLE_MAX = 20;

/**
 * Every role a section title names, in priority order (目标任务 → goal; 主要任务和保障措施 → task,
 * safeguard). Title in normalised script, marker and Markdown stripped.
 */
export function sectionRoles(title: string): SectionRole[] {
  // Two-character chapter titles are set spaced out (第一章 总 则, 第六章 附 则 or with an ideographic space).
  // Spaces removed, stopping once the title is too long for a role (a line of 1 MB is not copied).
  let t = '';
  if (indexOfAny(title, ' \t\u3000') < 0) t = title.length <= ROLE_TITLE_MAX ? title : '';
  else {
    for (let i = 0; i < title.length && t.length <= ROLE_TITLE_MAX; i++) {
      const ch = title[i];
      if (ch !== ' ' && ch !== '\t' && ch !== '\u3000') t += ch;
    }
  }
  const out: SectionRole[] = [];
  if (!t || t.length > ROLE_TITLE_MAX) return out;
  // One pass over the title for the words of every role (hasWord on each list, without a search per word).
  const index = roleWordIndex();
  let named = 0;
  for (let i = 0; i < t.length; i++) {
    const entries = index.get(t.charCodeAt(i));
    if (entries) for (const e of entries) if (!(named & e.bit) && t.startsWith(e.word, i)) named |= e.bit;
  }
  const bare = t.endsWith('。') || t.endsWith('.') ? t.slice(0, -1) : t;
  if (GOAL_TITLE_ONLY.includes(bare)) named |= 1;
  for (let k = 0; k < ROLE_ORDER.length; k++) if (named & (1 << k)) out.push(ROLE_ORDER[k]);
  return out;
}

/** The roles in priority order; bit k of a role set stands for ROLE_ORDER[k]. */
const ROLE_ORDER: readonly SectionRole[] = ['goal', 'task', 'safeguard', 'scope', 'supplementary', 'background'];
let roleWords: Map<number, { word: string; bit: number }[]> | undefined;
/** The role title words by their first code unit (made on first use: the lists are declared above and below). */
function roleWordIndex(): Map<number, { word: string; bit: number }[]> {
  if (roleWords) return roleWords;
  const lists = [GOAL_TITLE_WORDS, TASK_TITLE_WORDS, SAFEGUARD_TITLE_WORDS, SCOPE_TITLE_WORDS, SUPPLEMENTARY_TITLE_WORDS, BACKGROUND_TITLE_WORDS];
  const index = new Map<number, { word: string; bit: number }[]>();
  lists.forEach((words, k) => {
    for (const word of words) {
      if (!word) continue;
      const c = word.charCodeAt(0);
      const list = index.get(c);
      if (list) list.push({ word, bit: 1 << k }); else index.set(c, [{ word, bit: 1 << k }]);
    }
  });
  return (roleWords = index);
}

/** The role of a section (Heading.role): the first role its title names, else 'other'. */
export function sectionRole(title: string): SectionRole { return sectionRoles(title)[0] ?? 'other'; }

/** A section whose items are measures: a task section, or a safeguard section of measures (保障措施). */
export function holdsMeasures(role: SectionRole, title: string): boolean {
  return role === 'task' || (role === 'safeguard' && hasWord(title, SAFEGUARD_MEASURE_TITLE_WORDS));
}

// -------------------------------------------------------------------------------------------------
// Titles and kinds of documents

/** Words a document title ends with (…的通知, …实施方案, …答复): a line so ending may be the title. */
export const TITLE_END_WORDS = [
  '通知', '意见', '解读', '方案', '计划', '措施', '办法', '细则', '规定', '答复', '复函', '的函', '函', '起草说明', '编制说明',
  '情况的说明', '说明', '决定', '政策', '规划', '纲要', '报告', '请示', '批复', '公告', '通告', '通报', '若干政策', '条例',
  '工作要点', '工作清单', '任务清单', '责任清单', '举措',
];
/** The stage of a draft, in brackets at the end of a title: （征求意见稿）, （试行）. */
export const DRAFT_STAGE_WORDS = ['征求意见稿', '试行', '暂行', '送审稿', '草案'];
/** A title naming a drafting note (起草说明), which explains a draft. */
export const DRAFTING_NOTE_TITLE_WORDS = ['起草说明', '编制说明', '起草情况的说明', '起草的说明', '修订说明', '修改说明'];
/** A title naming a 政策解读, which explains a text to the public: not a drafting note, whatever it quotes. */
export const INTERPRETATION_TITLE_ENDINGS = ['解读', '政策解读', '图解', '问答'];
/**
 * Titles of a list of the year's work and who does it (工作要点, 重点工作清单, 任务分工方案): tasks with lead
 * units, no goal or 保障措施 sections asked of them.
 */
export const WORK_LIST_TITLE_ENDINGS = [
  '工作要点', '工作清单', '任务清单', '责任清单', '分工方案', '分解方案', '责任分工', '任务分工', '任务分解', '责任分解',
];
/** A title that asks the public for comments on a draft (关于公开征求《…》意见的公告, 《…》公开征求意见). */
export const CONSULTATION_TITLE_WORDS = ['征求意见'];
/** Kinds of text whose title a consultation title ends with after 征求意见: 公告, 通知, 函. */
export const CONSULTATION_TITLE_TAILS = ['', '的公告', '的通知', '的函', '公告', '通知'];
/** A title naming a text that explains another (core/related.ts): 起草说明, 修订说明, 政策解读. */
export const EXPLAINER_TITLE_WORDS = [...DRAFTING_NOTE_TITLE_WORDS, '制定说明', '政策解读', '解读'];
/** What an explainer's title adds to the title of the text it explains (关于…的起草说明 → …). */
export const EXPLAINER_TITLE_SUFFIXES = combine(['的', ''], ['起草说明', '编制说明', '修订说明', '制定说明', '起草情况的说明', '政策解读', '解读']);
/** A title naming a separate task division of a plan (《…》重点任务分工表). */
export const TASK_DIVISION_TITLE_WORDS = ['分工表', '分工方案', '责任分工', '任务分解', '任务清单', '分工'];
/** A draft stage written in brackets after a title: （征求意见稿）, （修订草案送审稿）. */
export const DRAFT_MARK_WORDS = ['稿', '草案'];
/** Before a 《title》: an explainer naming the text it explains (现将《…》起草情况说明如下). */
export const EXPLAINED_TITLE_BEFORE = ['现将', '现就'];
/** After a 《title》 and its 文号: the short name an explainer gives the text it explains. */
export const SHORT_NAME_WORDS = ['以下简称'];
/** Before a 《title》: an earlier version (原《…》, 旧《…》), whose 文号 is not the new text's. */
export const EARLIER_VERSION_MARKS = ['原', '旧'];
/** In a sentence of a 起草说明: the earlier version or a change is meant (原办法共30条, 由20万元提高到30万元), not the text as it is. */
export const EARLIER_VERSION_WORDS = [
  ...combine(['原'], ['办法', '文件', '《', '政策', '措施', '方案', '意见', '规定', '细则', '条例', '标准']), '修订前', '修改前', '旧版', '现行',
  '调整为', '调整到', '提高到', '提高至', '提高为', '降低到', '降低至', '降低为', '上调', '下调', '改为', '修改为', '增加到', '增加至', '减少到', '减少至',
];
/** Near a citation: a version replaced (修订, 废止), not the text itself. */
export const REVISION_WORDS = ['修订', '修改', '废止', '替代', '同时废止'];
/** What a count of a document's parts is of (共15条, 4个方面20项措施). */
export const COUNT_UNIT_WORDS = ['个方面', '方面', '个部分', '部分', '章', '条', '项'];
/** Before a count of a document's parts: 共, 提出, 分为 …. */
export const COUNT_CLAIM_WORDS = ['共', '共有', '包括', '包含', '提出', '分为', '分解为', '分成', '涵盖', '明确', '设置', '列出', '主要有', '由'];
/** After 条 or 项: what is counted is the text's measures or tasks (not 3项指标, 2条主线). */
export const COUNTED_ITEM_WORDS = ['措施', '举措', '政策', '任务', '工作', '重点任务', '重点工作', '具体措施', '政策措施', '工作任务', '主要任务', '重点举措', '条款', '内容', '意见', '规定'];
/** A sentence about one part of a document, not the whole (其中第三部分…, 一是…共四条). */
export const PART_COUNT_WORDS = ['其中', '第', '首先', '其次', '再次', '最后', ...combine(['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'], ['是'])];
/** A title naming a reply letter (…的答复, 复函). */
export const REPLY_TITLE_WORDS = ['答复', '复函'];
/** What a repost puts before the title it copies: 原标题：…. */
export const REPOST_TITLE_PREFIXES = ['原标题:', '原标题', '标题:'];
/** Words of the sentence in which a notice issues a document: 现将《…》印发给你们, 研究确定了《…》. */
export const ISSUING_FORMULA_WORDS = ['印发给你们', '印发给你', '转发给你们', '现将', '研究确定'];
/** A notice that issues or forwards another document (关于印发…的通知). */
export const ISSUING_VERBS = ['印发', '转发', '颁布'];
/** Kinds of support an incentive plan sets (奖补方案, 奖励实施方案): measures, not a plan of goals and tasks. */
export const SUPPORT_PLAN_TITLE_ENDINGS = combine(['奖补', '奖励', '补助', '补贴', '资助', '扶持'], ['', '资金'], ['', '实施', '工作'], ['方案']);
/** Title endings of an action plan. */
export const ACTION_PLAN_TITLE_ENDINGS = ['行动计划', '实施方案', '工作方案', '行动方案', '三年计划', '工作计划', '推进方案'];
/** Title endings of measures (若干措施, 管理办法, 实施细则 …). */
export const MEASURES_TITLE_ENDINGS = [
  '若干措施', '若干政策', '扶持办法', '实施细则', '管理办法', '奖励办法', '暂行办法', '试行办法', '办法', '措施', '政策措施', '若干规定', '细则', '政策意见',
  '政策举措', '若干举措',
];
/** The formula of a reply in its opening (收悉 … 现答复如下). */
export const REPLY_FORMULA_WORDS = ['答复如下', '现答复', '办理情况答复', '办理有关情况答复', '函复如下'];
/** A drafting note's own words in its opening (a 修订说明 says what the revision changed). */
export const DRAFTING_NOTE_BODY_WORDS = [
  '起草说明', '起草情况说明如下', '起草情况的说明', '起草有关情况说明如下', '修订说明', '主要修订内容', '修订情况说明如下', '修改情况说明如下',
];
/** A revision note's words (修订说明): it explains what a revision of a text changes. */
export const REVISION_NOTE_WORDS = ['修订说明', '修改说明', '主要修订内容', '主要修改内容', '进行了修订', '进行修订', '修订情况说明如下'];
/** A consultation's own words: 现将《…（征求意见稿）》…公布，征求社会各界意见 (read after 现将). */
export const CONSULTATION_BODY_WORDS = ['征求意见', '征求社会各界意见', '广泛征求', '公开征求'];
/** Names a text without a title gives itself as it announces what it makes: 制定…若干政策. */
export const MEASURES_ANNOUNCED = ['若干政策', '若干措施', '政策措施', '若干举措', '政策举措'];
/** Verbs with which a text says it makes itself: 制定本方案, 特制定本措施 (特制定 holds 制定). */
export const MAKE_VERBS = ['制定', '制订'];
/**
 * Word sequences (one word of each list in turn, '' for an optional part; read with hasSequence) in
 * which a text names its own kind.
 */
export type WordSequence = readonly (readonly string[])[];
/** A plan naming itself: 制定本行动计划. */
export const PLAN_SELF: WordSequence = [MAKE_VERBS, ['本'], ['行动计划', '实施方案', '工作方案', '方案', '计划']];
/** Measures naming themselves: 制定如下措施, 制定本办法 … */
export const MEASURES_SELF: WordSequence = [MAKE_VERBS, ['本', '如下', '以下'], ['政策措施', '措施', '若干措施', '办法', '细则', '政策']];
/** … or their start: 本办法自…施行. */
export const MEASURES_START: WordSequence = [['本'], ['措施', '办法', '细则', '政策'], ['自']];
/** An opinion naming itself: 制定本意见, 提出本实施意见 … */
export const OPINION_SELF: WordSequence = [[...MAKE_VERBS, '提出'], ['本'], ['', '实施'], ['意见']];
/** … or announcing itself: 现提出如下意见 (现提出 holds 提出). */
export const OPINION_ANNOUNCED: WordSequence = [['提出'], ['以下', '如下'], ['', '实施'], ['意见']];
/** A notice's closing formula: 现印发给你们, 请遵照执行. (现将…印发给你们 is read with a gap.) */
export const NOTICE_FORMULA_WORDS = ['现印发给你们', '请遵照执行', '请认真贯彻执行', '通知如下'];
/**
 * Section titles of a drafting note (一、起草背景 二、起草过程): two of them make a text without a title
 * a drafting note.
 */
export const DRAFTING_NOTE_SECTION_WORDS = combine(['起草', '编制', '制定', '修订'], ['背景', '过程', '经过', '依据', '思路']);

/** Notes that say the text stops short or was cut: an excerpt, 本文有删减, （以下略）. */
export const TRUNCATION_WORDS = ['本文有删减', '以下略', '以下从略', '下略', '(略)', '未完待续', 'excerpt ends here'];
/** Labels of the closing blocks of a letter: 联系电话:…, 抄送:…, 附件:… */
export const CLOSING_LABELS = [
  '联系人', '联系电话', '电话', '联系单位', '联系方式', '联系地址', '地址', '邮编', '传真', '电子邮箱', '邮箱', '抄送', '主送', '分送',
  '附件', '办复类别', '答复类别', '办理结果', '类别', '公开属性', '公开方式', '责任编辑', '来源',
];
/**
 * Kinds a text names itself by as it says it is made (制定本办法, 特制定如下政策实施细则), in families
 * that may stand for one another (若干政策 ↔ 制定如下政策措施; 行动计划 ↔ 本方案).
 */
export const SELF_KIND_FAMILIES: readonly (readonly string[])[] = [
  ['意见'], ['办法'], ['细则'], ['规定'], ['政策', '措施', '举措'], ['方案', '计划'],
];
/** What may stand between 制定本/制定如下 and that kind word: 制定本实施细则, 制定如下政策措施. */
export const SELF_KIND_PREFIXES = ['', '实施', '政策', '政策实施', '若干', '若干政策', '工作', '行动', '管理', '暂行', '具体'];
/** Names a regulation's own text calls itself by (本办法, 本措施). */
export const SELF_NAMES = ['措施', '办法', '政策', '细则', '规定', '方案'];
/** Verbs and phrases of a 附则 clause: 本办法自…施行, …有效期…, 由…负责解释. */
export const SUPPLEMENTARY_VERBS = ['施行', '执行', '实施', '有效期', '负责解释'];
/** How measures state their scope: 本办法适用于…, 适用本办法, 本措施所称…, 支持对象为…. */
export const SCOPE_BODY_WORDS = [
  '适用于', ...combine(['适用本'], SELF_NAMES), ...combine(['本'], ['措施', '办法', '政策', '细则', '方案'], ['所称']), '支持对象为', '扶持对象为',
];
/**
 * 机关代字 made only of the kind-of-document part, with no abbreviation of the organ (办发〔2015〕6号 for
 * 永办发…): each organ's code starts with its own short name (国办发, 穗府, 厅字 aside, which names the 办公厅).
 */
export const GENERIC_AGENCY_CODES = ['发', '函', '办发', '办函', '政发', '政函', '政办发', '政办函', '府发', '府函', '府办发', '府办函', '委发', '委办发'];
/** A title line of an attached document (…方案, …的通知): a new document starts after it. */
export const DOCUMENT_TITLE_ENDINGS = ['通知', '方案', '计划', '清单', '措施', '办法', '意见', '细则', '规定', '目录'];
/** A line alone that can title a further document in the text (…管理办法, …章程): no sentence in it. */
export const ATTACHED_TITLE_ENDINGS = [...DOCUMENT_TITLE_ENDINGS, '决定', '规划', '纲要', '条例', '说明', '指引', '标准', '规则', '章程', '政策'];
/** How a 附注 in brackets begins: （此件主动公开）, （此页无正文）. */
export const REMARK_STARTS = ['此件', '本件', '此页无正文'];
/** The label of a 版记 copy line: 抄送：…. */
export const COPY_LABELS = ['抄送', '分送'];
/** Marks of an attachment: 附件1, 附表. */
export const ATTACHMENT_MARKS = ['附件', '附表'];
/** Municipalities under the central government: provincial level. */
export const MUNICIPALITIES = ['北京', '天津', '上海', '重庆'];
/** A reply letter's answer formula (答复如下, 现答复); 现将…答复 and 答复…如下 are read with a gap. */
/**
 * Verbs saying the suggestion reached the answering office and was assigned (…提出的《…》，已交由我局办理 /
 * 已转交我局研究办理): an acknowledgement of receipt as good as 收悉 (read with 办理 after them).
 */
export const ASSIGNED_VERBS = ['交由', '转交', '交办', '转来', '转我', '交我'];
export const ANSWER_FORMULA_WORDS = ['答复如下', '答复如後', '现答复'];
/** Contact details in a reply letter. */
export const CONTACT_WORDS = ['联系人', '联系电话', '联系方式', '联系单位'];
/** A publicity mark: 主动公开, 依申请公开, 公开属性 … (是否…公开 is read with a gap). */
export const PUBLICITY_WORDS = ['主动公开', '依申请公开', '不予公开', '公开发布', '公开属性', '公开方式', '不公开'];

// -------------------------------------------------------------------------------------------------
// Routing: who may ask whom (structure/genre)

/**
 * Words that open an ask for approval or help, before one of ASK_TAILS in the same clause (请予批准,
 * 敬请市政府给予支持); 恳请 is an ask by itself. 请 alone is not one: it opens instructions too (请各单位…报送).
 */
export const ASK_HEADS = ['请予', '敬请', '特请', '请求'];
/** What such an ask asks for. */
export const ASK_TAILS = ['批准', '审批', '核准', '批复', '批示', '同意', '给予', '支持', '解决'];
/** How the closing formula of a 请示 opens (妥否，请批示; 以上请示，请予审批): not an ask for one item. */
export const ASK_CLOSING_STARTS = ['妥否', '当否', '妥当与否', '是否妥当', '以上', '如无不妥', '特此'];
/**
 * Verbs that open a matter a 请示 asks for (申请维修资金, 增加编制): a title that joins two such phrases
 * with 和/及 asks for two things.
 */
export const REQUEST_VERBS = [
  '申请', '请求', '增加', '追加', '拨付', '划拨', '购置', '购买', '调整', '设立', '成立', '组建', '变更', '减免', '核定', '核增',
  '安排', '举办', '承办', '修建', '新建', '改建', '扩建', '建设', '启用', '撤销', '配备', '招聘', '借用', '延长', '提高', '解决',
];
/** Words that join two matters in a title: 申请资金和增加编制. 并 often joins steps of one matter (设立…并核定编制). */
export const MATTER_JOINERS = ['以及', '和', '及', '与'];
/** A list of matters closed by 等 before the kind: 关于A、B等事项的请示. */
export const MATTER_LIST_ENDS = ['等事项', '等问题', '等有关事项', '等有关问题', '等相关事项', '等相关问题'];
/**
 * How the name of a people's government ends (示例市人民政府, 县政府): an addressee so named is the
 * government of its place.
 */
export const GOVERNMENT_NAMES = ['人民政府', '政府'];
/**
 * How the name of a government's own working body ends (财政局, 发展改革委, 卫生健康委员会, 办公室,
 * 管委会, 服务中心): with the place of a government before it, the body is under that government.
 */
export const GOVERNMENT_BODY_ENDS = ['局', '委', '委员会', '厅', '办', '办公室', '办公厅', '管委会', '管理委员会', '中心', '署', '人民政府', '政府'];
/**
 * Words that put a body outside the government of its place (the Party committee and its offices, the
 * people's congress, the CPPCC, courts, procuratorates, supervisory commissions, mass organisations):
 * a 函 from them to the government is between organs that are not subordinate.
 */
export const NOT_GOVERNMENT_WORDS = [
  '委员会办公室', '党委', '党工委', '中共', '委组织部', '委宣传部', '委统战部', '委政法委', '纪委', '监委', '监察委', '人大', '政协',
  '法院', '检察院', '总工会', '团委', '妇联', '科协', '工商联', '残联', '红十字会', '军分区', '武装部', '公司', '集团', '银行', '大学', '学院',
  '纪律检查', '监察委员会', '政法委员会', '人民代表大会', '政治协商', '共青团', '文联', '社科联', '侨联',
];
/** Levels of a place: after one of them in the rest of a body's name, the body is of a lower place (示例市示例区财政局). */
export const PLACE_LEVELS = ['省', '自治区', '市', '州', '盟', '县', '区', '旗', '镇', '乡', '街道'];
/** Words with a level character that are no place (市场监管局, 城区管理局 stays a place). */
export const NOT_PLACE_WORDS = ['市场', '城市', '区域', '社区', '园区', '景区', '新区管委会', '开发区', '高新区', '保税区', '自贸区', '县域', '乡村', '乡镇'];

// -------------------------------------------------------------------------------------------------
// Dates the body reports as past (number/date-order)

/** Words just before a date that make what follows done: 已于2023年9月5日, 曾于…. */
export const PAST_BEFORE_DATE = ['已于', '已经于', '业已于', '曾于', '已在'];
/** Words after a date, in its clause, that report what happened then: 2023年9月5日来函收悉, …已完成. */
export const PAST_AFTER_DATE = ['已经', '已', '收悉', '收到', '来函', '来文', '召开了', '举行了', '印发了', '出台了', '启动了', '完成了', '开展了', '签订了', '发生了'];
/** Words before a date, in its clause, that make it a plan or a deadline: 拟于, 将于, 计划, 力争, 自…起. */
export const FUTURE_BEFORE_DATE = ['拟', '将', '计划', '预计', '定于', '准备', '力争', '争取', '确保', '要求', '务必', '须', '应', '请', '自', '从', '到', '至', '在', '截止'];
/** Words after a date, in its clause, that make it a plan: 2026年3月1日，项目将开工; …计划完工. */
export const FUTURE_AFTER_DATE = ['将', '拟', '计划', '预计', '力争', '争取', '确保', '要', '需', '须', '应'];
/** Words right before a date that make it the end of a span: 2026年1月1日—2026年12月31日, …至2023年6月23日. */
export const SPAN_BEFORE_DATE = ['至', '到', '-', '—', '–', '~', '～'];
/** Words right after a date that make it a start, an end or a range: 2024年1月1日起, …至…, …前. */
export const SPAN_AFTER_DATE = ['起', '开始', '至', '到', '前', '之前', '以前', '后', '之后', '以后', '止', '为止', '-', '—', '~', '～'];

/**
 * The kinds of 公文 (《党政机关公文处理工作条例》第八条) and of regulations a title can end with: shown as the kind of a
 * document the model has no kind of its own for (a 请示 is shown as 请示, not as an unknown kind).
 */
export const GENRE_NAMES = [
  '决议', '决定', '命令', '公报', '公告', '通告', '意见', '通知', '通报', '报告', '请示', '批复', '议案', '函', '纪要',
  '条例', '规定', '办法', '细则', '规划', '纲要', '章程', '规则',
];

// -------------------------------------------------------------------------------------------------
// Signature and date (structure/signature)

/** Kinds of document, at the end of the title, that are signed and dated when sent to a 主送机关. */
export const SIGNED_KINDS = ['请示', '报告', '函', '通知', '通报', '批复'];
/** Titles of those kinds that are not letters: a 政府工作报告 is read to a congress, not signed below. */
export const UNSIGNED_TITLE_ENDINGS = ['工作报告', '调研报告', '述职报告', '审计报告', '评估报告', '可行性研究报告'];
/**
 * The closing formula that ends the body of a letter (特此通知, 妥否，请批示, 此复): after it come only
 * 附件说明, the signature, the date and the notes.
 */
export const CLOSING_FORMULAS = [
  '特此报告', '特此请示', '特此函告', '特此函达', '特此函复', '特此函询', '特此通知', '特此通报', '特此批复', '此复',
  '请批示', '请审批', '请予审批', '请予批准', '请批准', '请批复', '请予批复', '请予函复', '请函复',
  '请遵照执行', '请认真贯彻执行', '请认真遵照执行', '请认真贯彻落实', '请认真组织实施', '请抓好贯彻落实',
];

/**
 * Words that open a new sentence at the start of a paragraph, before a comma (最后，感谢…; 同时，…): the
 * paragraph before them has ended (structure/paragraph-end).
 */
export const SENTENCE_OPENERS = ['最后', '此外', '另外', '同时', '总之', '综上', '综上所述', '下一步'];
/** Paragraphs of thanks that close a reply (感谢您对…的关心和支持), with or without a comma after them. */
export const THANKS_OPENERS = ['感谢', '衷心感谢', '再次感谢', '非常感谢'];

/**
 * Genres of writing that are not policy documents, named at the end of a title: 会议纪要 and 讲话 have
 * 一、二、 headings too, but in `check: auto` a file so titled is left alone (unless its kind is known).
 */
export const NON_POLICY_TITLE_ENDINGS: readonly string[] = [
  '纪要', '会议记录', '讲话', '讲话稿', '发言', '发言稿', '致辞', '简报', '总结', '心得体会', '调研报告', '新闻稿', '通讯稿', '大事记',
];

// Lead units and obligations

/** Labels of a lead clause: （牵头单位：A；配合单位：B）. */
export const LEAD_LABELS = ['牵头单位', '牵头部门', '责任单位', '责任部门', '负责单位', '主办单位', '主责单位', '实施单位', '承办单位', '负责部门'];
export const PARTNER_LABELS = ['配合单位', '配合部门', '协办单位', '参与单位', '协助单位', '协同单位', '会办单位'];
/** Verbs of a lead clause: （A牵头，B配合）, （A负责）, （A指导）, （A会同有关部门负责）. */
export const LEAD_VERBS = ['牵头', '负责落实', '负责', '指导', '落实', '组织实施'];
/** After 负责/牵头, a person, not the verb: 由政府负责人牵头, 由A牵头人召集. */
export const LEAD_VERB_PERSON_TAILS = ['人', '同志'];
/** Verbs that make the units before them partners: （A牵头，B配合）. 会同 joins partners to a lead. */
export const PARTNER_VERBS = ['配合', '参与', '协助', '协同', '会同'];
/** The labels that name the lead itself: beside them a 责任单位 shares the work. */
export const LEADER_LABELS = ['牵头单位', '牵头部门'];
/** Labels of a deadline: 完成时限：2025年底前 (in a clause of units, or a column of a 分工表). */
export const DEADLINE_LABELS = ['完成时限', '完成时间', '时间节点', '时限要求', '时限'];
/** Other labels a clause of units may hold: （牵头单位：A；完成时限：2025年底）. */
export const CLAUSE_OTHER_LABELS = ['适用范围', ...DEADLINE_LABELS];
/** The verb that ends a unit segment of a verb clause (A牵头 / B配合): every lead and partner verb but 会同, which joins. */
export const CLAUSE_VERBS = [...LEAD_VERBS, ...PARTNER_VERBS.filter((w) => w !== '会同')];
/** A bracket holding one of these may be a verb clause of units. */
export const CLAUSE_VERB_MARKS = ['牵头', '负责', '配合', '指导', '参与', '会同'];
/** Words between the units and the verb that are no unit: A、B按职责分工负责, A、B分别负责, A、B共同负责. */
export const DUTY_WORDS = ['按职责分工', '分别', '共同'];
/** Ends of names that denote an organisation or a group of them (发展改革委, 各区政府, 市场监管局 …). */
export const UNIT_END_WORDS = [
  '部', '委', '局', '办', '厅', '署', '院', '会', '府', '中心', '单位', '部门', '集团', '银行', '室', '处', '组', '所', '队', '馆',
  '社', '站', '司', '协', '联', '党委', '机关', '公司', '医院', '学校', '大学', '高校', '组委', '政府', '各区', '各县', '县市', '区县',
  '省', '市', '区', '县',
];
/** A legend that makes the first unit of each list the lead: 列第一位者为牵头单位 (排在第一位的部门为牵头部门, 第一位为牵头). */
export const FIRST_LEADS_WORDS = [...combine(['列', '排在', '排'], ['第一位'], ['者', '的部门', '的单位'], ['为牵头'], ['单位', '部门']), '第一位为牵头'];
/** The first place in a list, in a sentence saying that it leads (列第一位者…, 排在第一位的部门…, 排名第一的…). */
export const FIRST_PLACE_WORDS = ['列第一位', '排在第一位', '排名第一'];
/** A clause that speaks for the items after it: （牵头单位：A，下同）, 以下均由A负责, 不再一一列出. */
export const INHERIT_WORDS = ['下同', '不再列出', '不再一一列出', '以下均'];
/** … and those of them that reach past the section to the end of the document. */
export const WIDE_INHERIT_WORDS = ['以下均', '不再列出', '不再一一列出'];

/** Obligation and permission words (能愿动词) of normative text. */
export const OBLIGATION_WORDS = ['应当', '必须', '应', '须', '不得', '禁止', '严禁', '可以', '可', '鼓励', '原则上'];

// -------------------------------------------------------------------------------------------------
// Matchers

function escape(w: string): string { return w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'); }

/** An alternation of the words, longest first (unanchored, no flags unless given). */
export function wordsRe(words: readonly string[], flags = ''): RegExp {
  return new RegExp(`(?:${[...words].sort((a, b) => b.length - a.length).map(escape).join('|')})`, flags);
}

const FIRST_CHAR_TABLES = new WeakMap<readonly string[], Uint8Array>();
/**
 * 1 at the code unit each word starts with (made once per list): where a scan tests every character of
 * a stretch of text for the start of a word, a load from this table comes before any hash look-up.
 */
export function firstCharTable(words: readonly string[]): Uint8Array {
  let t = FIRST_CHAR_TABLES.get(words);
  if (!t) {
    t = new Uint8Array(0x10000);
    for (const w of words) if (w) t[w.charCodeAt(0)] = 1;
    FIRST_CHAR_TABLES.set(words, t);
  }
  return t;
}

/** Does `s` contain one of the words? */
export function hasWord(s: string, words: readonly string[]): boolean {
  for (const w of words) if (s.includes(w)) return true;
  return false;
}

/** The longest word of the list that starts at `at` in `s`, or '' (a linear prefix test). */
export function wordAt(s: string, at: number, words: readonly string[]): string {
  let best = '';
  for (const w of words) if (w.length > best.length && s.startsWith(w, at)) best = w;
  return best;
}

/** The longest word of the list that ends at `end` in `s`, or ''. */
export function wordBefore(s: string, end: number, words: readonly string[]): string {
  let best = '';
  for (const w of words) if (w.length > best.length && end - w.length >= 0 && s.startsWith(w, end - w.length)) best = w;
  return best;
}

// rules helpers (rxrules)

/** Whitespace as the regex class \s counts it, for one character (core/chars.ts holds the table). */
export function isWhiteSpace(ch: string | undefined): boolean {
  return ch !== undefined && ch.length === 1 && isWhiteCode(ch.charCodeAt(0));
}

/** A line break character (\n or \r). */
export function isLineBreak(ch: string | undefined): boolean { return ch === '\n' || ch === '\r'; }

/** A layout blank inside a line: space, tab or the ideographic space U+3000. */
export function isBlank(ch: string | undefined): boolean { return ch === ' ' || ch === '\t' || ch === '\u3000'; }

/** An ASCII letter A–Z or a–z. */
export function isAsciiLetter(ch: string | undefined): boolean {
  return ch !== undefined && ch.length === 1 && ((ch >= 'A' && ch <= 'Z') || (ch >= 'a' && ch <= 'z'));
}

/** Is `ch` one of the characters of `set` (a single character, never the empty string)? The same test as core/chars.ts isOneOf. */
export const charIn = isOneOf;

/** Is `s` non-empty and made only of characters for which `test` holds? */
export function allChars(s: string, test: (ch: string) => boolean): boolean {
  if (!s) return false;
  for (const ch of s) if (!test(ch)) return false;
  return true;
}

/** Does `s` contain a character for which `test` holds? */
export function someChar(s: string, test: (ch: string) => boolean): boolean {
  for (const ch of s) if (test(ch)) return true;
  return false;
}

/** `end` moved back over the characters of `s` for which `test` holds, not below `min`. */
export function skipBack(s: string, end: number, test: (ch: string) => boolean, min = 0): number {
  while (end > min && test(s[end - 1])) end--;
  return end;
}

/** `at` moved forward over the characters of `s` for which `test` holds, not past `max`. */
export function skipForward(s: string, at: number, test: (ch: string) => boolean, max = s.length): number {
  while (at < max && test(s[at])) at++;
  return at;
}

/**
 * Verbs that end one event of a 题注 or a record of adoption (…第三十一次会议通过  2021年9月29日…批准): the space
 * between such a verb and the next event's date is layout, not a stray space.
 */
export const ENACTMENT_VERBS = ['通过', '批准', '公布', '修正', '修订', '施行', '发布', '印发'];

/** A notice that issues or relays another document: 印发, 转发, 批转 … (its kind is the wrapper's). */
export const WRAP_VERBS = ['印发', '转发', '批转', '颁发', '颁布', '发布'];

/** The longest word of the list that `s` ends with, or '' (/(…)$/). */
export function endsWithWord(s: string, words: readonly string[]): string { return wordBefore(s, s.length, words); }

/** The longest word of the list that `s` starts with, or '' (/^(…)/). */
export function startsWithWord(s: string, words: readonly string[]): string { return wordAt(s, 0, words); }

/** The first place at or after `from` where a word of the list occurs, with the longest word there. */
export function indexOfWord(s: string, words: readonly string[], from = 0): { at: number; word: string } | undefined {
  let at = -1;
  for (const w of words) {
    const k = s.indexOf(w, from);
    if (k >= 0 && (at < 0 || k < at)) at = k;
  }
  return at < 0 ? undefined : { at, word: wordAt(s, at, words) };
}

/**
 * Does `s` hold one word of each list in turn (the sequence (a|b)(c|d)…)? One scan for the words of
 * the first list (WordScanner), the rest tried where one stands: linear in the length of `s`.
 */
export function hasSequence(s: string, seq: WordSequence): boolean {
  const rest = (i: number, k: number): boolean => k === seq.length || seq[k].some((w) => s.startsWith(w, i) && rest(i + w.length, k + 1));
  const scan = new WordScanner(s, seq[0]);
  for (let w = scan.find(0); w; w = scan.find(w.at + 1)) {
    if (seq[0].some((h) => s.startsWith(h, w!.at) && rest(w!.at + h.length, 1))) return true;
  }
  return false;
}

/** Every word made of one word of each list, in order: the expansion of (a|b)(c|d) … ('' for an optional part). */
export function combine(...lists: readonly (readonly string[])[]): string[] {
  let out = [''];
  for (const list of lists) out = out.flatMap((a) => list.map((b) => a + b));
  return out;
}

/**
 * Successive occurrences of a list's words in one string, for a scan from left to right: each word is
 * searched for again only once the scan has passed its last occurrence (linear in the string, where
 * indexOfWord from every place would rescan it for a word that is rare).
 */
export class WordScanner {
  private readonly next: number[];
  /**
   * For a list of many words, one pass over the text with a table of the words' first code units finds the
   * next place a word may start, where searching for each word would scan the text once per word.
   */
  private readonly byFirst: Map<number, readonly string[]> | undefined;
  private readonly first: Uint8Array | undefined;
  constructor(private readonly s: string, private readonly words: readonly string[]) {
    this.next = words.map(() => -2);
    this.byFirst = words.length >= SCANNER_TABLE_MIN ? wordsByFirstChar(words) : undefined;
    this.first = this.byFirst ? firstCharTable(words) : undefined;
  }
  /** The first occurrence at or after `pos`, with the longest word there; undefined when there is none. */
  find(pos: number): { at: number; word: string } | undefined {
    const { s, words, byFirst, first } = this;
    if (byFirst && first) {
      for (let i = pos; i < s.length; i++) {
        const c = s.charCodeAt(i);
        if (!first[c]) continue;
        const word = wordAt(s, i, byFirst.get(c)!);
        if (word) return { at: i, word };
      }
      return undefined;
    }
    let at = -1;
    for (let k = 0; k < words.length; k++) {
      if (this.next[k] !== -1 && this.next[k] < pos) this.next[k] = s.indexOf(words[k], pos);
      if (this.next[k] >= 0 && (at < 0 || this.next[k] < at)) at = this.next[k];
    }
    return at < 0 ? undefined : { at, word: wordAt(s, at, words) };
  }
}
/** Lists of at least this many words are scanned with a first-character table (WordScanner). */
const SCANNER_TABLE_MIN = 4;
const BY_FIRST_CHAR = new WeakMap<readonly string[], Map<number, readonly string[]>>();
/** A list's words by their first code unit (made once per list). */
function wordsByFirstChar(words: readonly string[]): Map<number, readonly string[]> {
  let m = BY_FIRST_CHAR.get(words);
  if (!m) {
    const index = new Map<number, string[]>();
    for (const w of words) {
      if (!w) continue;
      const list = index.get(w.charCodeAt(0));
      if (list) list.push(w); else index.set(w.charCodeAt(0), [w]);
    }
    m = index;
    BY_FIRST_CHAR.set(words, m);
  }
  return m;
}

/** A head word, a short gap and a tail word: where they stand (see wordsNear). */
export interface WordPair { start: number; end: number; head: string; tail: string; tailAt: number }

/**
 * A word of `heads`, then a gap of `min` to `max` characters none of which is one of `stops`, then a
 * word of `tails` — (heads)[^stops]{min,max}?(tails): the first such pair by the head's position, with
 * the nearest tail. Each head occurrence looks at most max + 1 places ahead, and each head word is
 * searched for once per occurrence (not from every place): linear in the length of `s`.
 */
export function wordsNear(s: string, heads: readonly string[], tails: readonly string[], max: number,
  stops = '', min = 0, from = 0): WordPair | undefined {
  const scan = new WordScanner(s, heads);
  for (let pos = from; pos <= s.length;) {
    const at = scan.find(pos)?.at ?? -1;
    if (at < 0) return undefined;
    for (const head of heads) {
      if (!s.startsWith(head, at)) continue;
      const gapStart = at + head.length;
      for (let p = gapStart; p <= gapStart + max && p <= s.length; p++) {
        if (p - gapStart >= min) {
          const tail = wordAt(s, p, tails);
          if (tail) return { start: at, end: p + tail.length, head, tail, tailAt: p };
        }
        if (p >= s.length || stops.includes(s[p])) break;
      }
    }
    pos = at + 1;
  }
  return undefined;
}

/** Bodies whose sittings are numbered: 人民代表大会第三次会议, 常委会第十次会议, 政协十三届二次会议, 市委十二届二次全会. */
export const SESSION_BODY_ENDS = ['代表大会', '委员会', '常委会', '人大', '政协', '届'];
/** What follows …第三次 in a sitting's name. */
export const SESSION_WORDS = ['会议', '全会', '全体会议', '全委会', '常委会议', '会'];
/** Words that go on after a sitting's full name (…第三次会议在…召开), so …第三次在… has lost 会议. */
export const AFTER_SESSION_WORDS = ['在', '于', '上', '期间', '召开', '举行', '闭幕', '开幕', '精神', '提出', '以来', '通过'];
/** What a 称谓 line (××代表：) is followed by in a reply: 提出的《…》收悉, 您提出的…, 你们在…期间提出的…. */
export const AFTER_ADDRESSEE_WORDS = ['提出', '您', '你', '贵'];
/** What makes 你 no singular 'you' of a reply: 你们 (several), 你方, 你(们) (template text, text/placeholder's). 你省, 你局 … end in UNIT_END_WORDS. */
export const NOT_SINGLE_YOU_NEXT = ['们', '方', '(', '（'];
/** The genre words that end a 文件 title (…的通知): after a closing 》 they have been left outside it. */
export const GENRE_TAILS = combine(['的'], ['通知', '意见', '实施意见', '指导意见', '决定', '批复', '通报', '公告', '函', '复函']);
/** Words that make the 二 after them a count (每二年, 连续二年, 满二年): in counts before a measure word it is 两. */
export const LIANG_COUNT_BEFORE = ['每', '每隔', '隔', '连续', '满', '近', '共', '共计', '历时', '为期', '长达', '达', '逾', '超过', '不足', '不满', '不超过', '仅', '只', '再', '头', '前', '约', '分'];
/** Measure words after a count (二年 → 两年); not 级, 类, 期, 等 (二级, 二类: ranks), nor 月, 日 (二月, 二日: dates). */
export const LIANG_MEASURES = ['个月', '个', '年', '次', '名', '项', '家', '天', '周', '人', '位', '倍', '种', '条', '份', '批', '所', '座', '场', '轮', '届', '台', '套', '户', '支'];
/** A currency name written before or after an amount (人民币50万元 / 50万元人民币). */
export const CURRENCY_NAMES = ['人民币'];
/** A title naming the time it applies in (疫情防控期间…办法): the measure's term is that time. */
export const TERM_IN_TITLE_WORDS = ['期间'];
/** Units of quantities that take any value (scores, money, areas): tiers of them must meet end to end. */
export const CONTINUOUS_UNITS = ['分', '元', '万元', '亿元', '万', '亿', '%', '‰', '亩', '平方米', '吨', '千瓦'];

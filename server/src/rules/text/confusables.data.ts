/**
 * The confusable-word table read by text/confusable (data only, no code: adding a pair = one entry).
 *
 * Each entry: the pair as shown to the user, the wrong form, the contexts in which it is wrong
 * without doubt (none: it is wrong everywhere; several: any of them), the replacement for the wrong
 * form (a quick fix only where it cannot change the meaning), the severity (warning where the wrong
 * form is unambiguous, information where usage is only recommended), the source tier and the reason.
 * A context is made of word lists, matched by text/confusable with prefix tests (linear time).
 */
import type { Severity, SourceTier } from '../../core/contract';

/** Where the wrong form is wrong: every part given must hold. */
export interface ConfusableContext {
  /** One of these words comes right before the wrong form. */
  before?: readonly string[];
  /** None of these words comes right before the wrong form. */
  notBefore?: readonly string[];
  /** Between the wrong form and `after`: at most `max` characters, none of them one of `stops`. */
  gap?: { max: number; stops: string };
  /**
   * Word lists that follow, in order: one word of each list (a list holding '' may be left out).
   * In a word, '#' stands for an Arabic digit; the word '$' stands for the end of the text.
   */
  after?: readonly (readonly string[])[];
}

export interface Confusable {
  /** "正/误", shown in messages. */
  pair: string;
  /** The wrong form as written. */
  wrong: string;
  /** Where it is wrong (any of these); absent: everywhere. */
  contexts?: readonly ConfusableContext[];
  /** Replacement for the wrong form; absent when the fix needs a person. */
  right?: string;
  severity: Extract<Severity, 'warning' | 'information'>;
  tier: SourceTier;
  /** Why, in one sentence (Chinese). */
  reason: string;
}

/** Verbs that 更好 modifies as an adverb (更好地完成任务); none of them is also a noun after 的 (服务, 发展 are). */
const GENGHAO_VERBS = ['完成', '发挥', '满足', '推动', '推进', '落实', '统筹', '适应', '融入', '解决', '带动', '促进', '引导', '惠及', '为', '把握', '履行', '保护', '利用'];

/** Abstract objects of 作出 (作出决定, 作出重要部署). */
const ZUOCHU_OBJECTS = ['决定', '决策', '部署', '规定', '安排', '贡献', '承诺', '说明', '调整', '批示', '指示', '判断', '评价', '解释', '答复', '回应', '处理', '处罚', '处分', '努力'];

export const CONFUSABLES: readonly Confusable[] = [
  {
    pair: '更好地/更好的', wrong: '更好的',
    contexts: [{ after: [GENGHAO_VERBS] }],
    right: '更好地', severity: 'warning', tier: 'practice',
    reason: '修饰动词用“地”（更好地完成、更好地发挥作用）；“的”用于修饰名词（更好的服务）',
  },
  {
    pair: '加大/加强', wrong: '加强',
    contexts: [{ gap: { max: 8, stops: '，。；、,;:\n和与及并加' }, after: [['力度']] }],
    right: '加大', severity: 'information', tier: 'practice',
    reason: '“力度”讲大小，与“加大”搭配（加大扶持力度、加大招商力度）；“加强”宜带“管理、领导、建设”等',
  },
  {
    pair: '部署/布署', wrong: '布署', right: '部署', severity: 'warning', tier: 'practice',
    reason: '“部署”指安排、布置（工作、任务），词典不收“布署”',
  },
  {
    pair: '截至/截止', wrong: '截止',
    contexts: [{ after: [['####年', '#月', '##月', '目前', '当前', '现在', '今年', '去年', '上年', '本年', '年底', '年末', '上半年', '####.', '####-']] }],
    right: '截至', severity: 'warning', tier: 'practice',
    reason: '“截至”后接时间，表示到某时为止（截至2023年底）；“截止”是到期停止，不带时间宾语（报名于5月1日截止）',
  },
  {
    pair: '制定/制订', wrong: '制订',
    contexts: [{ after: [['本', '该', '相关', '有关', '配套', ''], ['政策', '法律', '法规', '规章', '条例', '制度', '标准']] }],
    right: '制定', severity: 'information', tier: 'practice',
    reason: '法律、法规、政策、制度、标准用“制定”（定出）；“制订”多用于计划、方案的拟订',
  },
  {
    pair: '施行/实行', wrong: '实行',
    contexts: [{ before: ['之日起', '日起'], after: [['。', '；', ';', '，', ',', '\n', '\r', '\u2028', '\u2029', '$']] }],
    right: '施行', severity: 'information', tier: 'practice',
    reason: '法规、规章、规范性文件自某日起生效，习惯上写“施行”；“实行”指实际推行（实行责任制）',
  },
  {
    pair: '账/帐', wrong: '帐',
    contexts: [{ after: [[...'户目簿务款面号册本单']] }, { before: [...'记转对台报结查做挂入到坏呆算销赊'] }],
    right: '账', severity: 'warning', tier: 'practice',
    reason: '《现代汉语词典》（第6版起）分用“账”“帐”：与钱财、账目有关用“账”（账户、台账、转账），“帐”用于帐篷、蚊帐',
  },
  {
    pair: '品位/品味', wrong: '品味',
    contexts: [{ before: ['城市', '文化', '旅游', '产业', '发展', '建设', '景区', '城区', '环境'] }],
    right: '品位', severity: 'information', tier: 'practice',
    reason: '指品质、档次、水平用“品位”（提升城市品位）；“品味”指尝味、体会或情趣格调',
  },
  {
    pair: '作出/做出',
    wrong: '做出',
    contexts: [{ after: [['了', '过', ''], ['重要', '重大', '新的更大的', '新的', '更大的', '更大', '积极', '突出', '明确', '全面', '具体', '相应', '专门', '书面', '口头', ''], ZUOCHU_OBJECTS] }],
    right: '作出', severity: 'warning', tier: 'practice',
    reason: '后接决定、部署、规定、贡献、说明等抽象事物时写“作出”；“做出”用于具体的物品（做出样品）',
  },
  {
    pair: '做好/作好',
    wrong: '作好',
    contexts: [{ notBefore: [...'工写创操制动协合运耕劳当看称'], gap: { max: 12, stops: '，。；、,;\n' }, after: [['工作', '准备', '服务', '保障', '衔接', '部署', '安排']] }],
    right: '做好', severity: 'warning', tier: 'practice',
    reason: '“做好”指把事情办好（做好……工作、做好准备），不写“作好”',
  },
  {
    pair: '其他/其它', wrong: '其它', right: '其他', severity: 'information', tier: 'practice',
    reason: '“其他”可指人也可指事物，公文统一用“其他”；“其它”只能指事物',
  },
  {
    pair: '启用/起用',
    wrong: '起用',
    contexts: [{ after: [['新的', '新', '该', '本', ''], ['印章', '公章', '专用章', '系统', '平台', '办公', '设备', '模板', '账户', '账号', '电子']] }],
    right: '启用', severity: 'warning', tier: 'practice',
    reason: '开始使用（印章、系统、平台）写“启用”；“起用”指重新任用人员',
  },
  {
    pair: '必须/必需', wrong: '必需',
    contexts: [{ after: [['坚持', '加强', '严格', '按照', '遵守', '做到', '确保', '落实', '依法', '遵循', '服从', '经过', '提交', '提供', '报送', '具备']] }],
    right: '必须', severity: 'warning', tier: 'practice',
    reason: '“必须”是副词，用在动词前表示一定要；“必需”是一定要有的（生活必需品、所必需的）',
  },
  {
    pair: '必需品/必须品', wrong: '必须品', right: '必需品', severity: 'warning', tier: 'practice',
    reason: '一定要有的物品是“必需品”；“必须”是副词，不能修饰“品”',
  },
  {
    pair: '签订/签定', wrong: '签定',
    contexts: [{ notBefore: ['标', '书'], gap: { max: 8, stops: '，。；,;\n' }, after: [['合同', '协议', '责任书', '承诺书', '备忘录', '条约']] }],
    right: '签订', severity: 'warning', tier: 'practice',
    reason: '订立条约、合同、协议写“签订”',
  },
  {
    pair: '安排/按排', wrong: '按排', right: '安排', severity: 'warning', tier: 'practice',
    reason: '“安排”指有条理、分先后地处理；词典不收“按排”',
  },
  {
    pair: '即使/既使', wrong: '既使', right: '即使', severity: 'warning', tier: 'practice',
    reason: '表示假设让步的连词是“即使”',
  },
  {
    pair: '反映/反应', wrong: '反应',
    contexts: [{ notBefore: [...'不良化学过敏'], after: [['的', ''], ['问题', '诉求', '意见', '建议', '情况']] }],
    right: '反映', severity: 'warning', tier: 'practice',
    reason: '把情况、意见告诉上级或有关部门是“反映”（反映问题）；“反应”指受刺激引起的变化或回应',
  },
  {
    pair: '部分/部份', wrong: '部份', right: '部分', severity: 'warning', tier: 'practice',
    reason: '《现代汉语词典》只收“部分”，“部份”是旧写法',
  },
  {
    pair: '重叠/重迭', wrong: '重迭', right: '重叠', severity: 'warning', tier: 'standard',
    reason: '1986年重新发表的《简化字总表》恢复“叠”字，不再以“迭”代“叠”',
  },
  {
    pair: '主要/只要', wrong: '只要',
    contexts: [{ before: ['的'], after: [['通道', '道路', '任务', '目标', '内容', '问题', '原因', '途径', '渠道', '方式', '措施', '领域', '来源', '手段', '职责', '指标', '依据', '做法']] }],
    right: '主要', severity: 'warning', tier: 'practice',
    reason: '“的”后修饰名词的是“主要”（主要通道）；“只要”是连词，不用在“的”与名词之间',
  },
  {
    pair: '撤销/撤消', wrong: '撤消', right: '撤销', severity: 'information', tier: 'practice',
    reason: '《现代汉语词典》以“撤销”为推荐词形，法律法规统一写“撤销”',
  },
  {
    pair: '登录/登陆', wrong: '登陆',
    contexts: [{ notBefore: [...'风军舰艇'], gap: { max: 12, stops: '，。；、,;:\n' }, after: [['网站', '信息网', '政务网', '服务网', '门户网', '官网', '系统', '平台', '客户端', '邮箱', '账号']] }],
    right: '登录', severity: 'warning', tier: 'practice',
    reason: '进入网站、系统是“登录”；“登陆”指从水上登上陆地',
  },
  {
    pair: '规模以上/规模上', wrong: '规模上',
    contexts: [{ notBefore: [...'在从于其'], after: [['工业', '企业', '服务业', '制造业', '文化企业', '批发', '零售']] }],
    right: '规模以上', severity: 'warning', tier: 'practice',
    reason: '统计用语是“规模以上”（简称“规上”），如“规模以上工业增加值”；“规模上”漏了“以”字',
  },
];

/** Messages of the amount/ rules (zh-CN first, English second). */
import type { CategoryMessages } from './types';

const messages: CategoryMessages = {
  messages: {
    'amount/vague': { zh: '资金支持未明确金额、比例或上限：“{text}”', en: 'Money support with no amount, ratio or cap: "{text}"' },
    'fix/amount-cap': { zh: '写明上限（最高不超过……万元）', en: 'State a cap (最高不超过…万元)' },
    'amount/missing-unit': { zh: '金额“{amount}”缺少“元”', en: 'The amount "{amount}" lacks 元' },
    'fix/add-yuan': { zh: '改为“{fixed}”', en: 'Use "{fixed}"' },
    'amount/uncapped-ratio': { zh: '按比例补助“{ratio}”没有设上限', en: 'The proportional subsidy "{ratio}" has no cap' },
    'amount/cap-conflict': { zh: '“{what}”的标准{amount}与第 {line} 行的{other}不一致', en: 'The amount {amount} for "{what}" differs from {other} on line {line}' },
    'amount/list-mismatch': { zh: '“分别”前列了 {items} 项，后面却有 {amounts} 个金额', en: 'The 分别 list has {items} items but {amounts} amounts' },
    'amount/tier-order': { zh: '{lower}（{amount}）高于{higher}（{other}）：级别越高，支持应越多', en: '{lower} ({amount}) gets more than {higher} ({other})' },
    'amount/exceeds-aggregate': { zh: '单项上限{amount}超过了总额{total}', en: 'The per-item cap {amount} exceeds the total {total}' },
    'amount/range': { zh: '金额范围格式不规范', en: 'Irregular money range' },
    'amount/range-hyphen': { zh: '金额范围“{range}”用了连字符，应写作“{fixed}”', en: 'The range "{range}" uses a hyphen: write "{fixed}"' },
    'amount/range-unit': { zh: '金额范围“{range}”前一个数缺少单位，应写作“{fixed}”', en: 'The first number of "{range}" lacks its unit: write "{fixed}"' },
    'amount/range-reversed': { zh: '金额范围“{range}”前大后小', en: 'The range "{range}" runs backwards' },
    'fix/amount-range': { zh: '改为“{fixed}”', en: 'Use "{fixed}"' },
  },
  rules: {
    'amount/vague': {
      title: { zh: '资金支持须量化', en: 'Money support is quantified' },
      explanation: { zh: '给予补助、奖励、扶持时应写明金额、比例或上限，不用“一定的”“适当”“相应的”；明确的“一事一议”“不设上限”不报告。', en: 'Support states an amount, a ratio or a cap, not 一定/适当/相应; explicit 一事一议 or 不设上限 are fine.' },
      good: ['按采购额的2%给予最高200万元资助（corpus 030）', '实行“一事一议”'], bad: ['给予一定的财政扶持（corpus 020）', '给予适当补助（corpus 010）'],
    },
    'amount/missing-unit': {
      title: { zh: '金额写全单位', en: 'Money carries 元' },
      explanation: { zh: '以万、亿计的金额应写“万元”“亿元”。', en: 'Amounts in 万/亿 are written 万元/亿元.' },
      good: ['给予最高不超过1000万元的支持'], bad: ['给予最高不超过1000万的支持（seeds/001）'],
    },
    'amount/uncapped-ratio': {
      title: { zh: '按比例补助设上限', en: 'Proportional subsidies are capped' },
      explanation: { zh: '按投资额、采购额等的一定比例给予补助时，同一措施中应写明上限；文件另有统一的累计上限时降为提示。', en: 'A subsidy as a percentage of a base states a cap in the same measure; information when the document sets a general cap elsewhere.' },
      good: ['按项目设备投资额的20%给予补助，单个项目最高补助额不超过500万元（seeds/004）'], bad: ['按项目总投资的10%给予补助。（无上限）'],
    },
    'amount/cap-conflict': {
      title: { zh: '同一事项标准一致', en: 'One standard per funded thing' },
      explanation: { zh: '同一对象、同一事项在文中两处给出不同的上限或金额（正文与汇总、措施与附则、重复表述）时报告；不同对象（个人与小微企业）、不同级别或同一“分别”列表内的各项不比较。', en: 'The same beneficiary and measure with two different caps in one document. Different beneficiaries, levels, or items of one 分别 list are not compared.' },
      good: ['5万-200万元不等……最高200万元（corpus 025，一致）'], bad: ['对新认定的国家级企业技术中心给予一次性奖励50万元……对新认定的国家级企业技术中心，一次性奖励30万元'],
    },
    'amount/list-mismatch': {
      title: { zh: '“分别”前后项数一致', en: '分别 lists pair up' },
      explanation: { zh: '“A、B、C分别给予X、Y、Z”中前后项数应相等；项内含“及、和、或”等无法确定项数时不检查。', en: 'In "A、B、C分别给予X、Y、Z" the counts match; items joined by 及/和/或 are not judged.' },
      good: ['按国家级、省级、市级分别给予最高1亿元、2000万元和800万元资金支持（seeds/004）'], bad: ['国家级、省级、市级分别给予最高1亿元、2000万元'],
    },
    'amount/tier-order': {
      title: { zh: '级别越高支持越多', en: 'Higher levels get more' },
      explanation: { zh: '按级别（国家级、省级、市级、区级）给予的支持，低级别不应高于高级别。', en: 'Support by level: a lower level does not get more than a higher one.' },
      good: ['国家级、省级、市级分别给予1亿元、2000万元、800万元'], bad: ['国家级、省级、市级分别给予100万元、50万元、80万元'],
    },
    'amount/exceeds-aggregate': {
      title: { zh: '单项上限不超过总额', en: 'Per-item cap within the total' },
      explanation: { zh: '同一措施中，单个项目、每家企业的上限不应超过该项资金的总额。', en: 'Within a measure, a per-item cap is not larger than the fund it draws on.' },
      good: ['每年安排10亿元……单个项目最高不超过3000万元'], bad: ['每年安排500万元……单个项目最高不超过1000万元'],
    },
    'amount/range': {
      title: { zh: '金额范围前小后大', en: 'Money ranges run low to high' },
      explanation: { zh: '金额范围应前小后大。连接号（用“～”不用连字符）和前一个数的单位由 number/range-mark、number/range-unit 检查并修复。', en: 'A money range runs low to high. The connector and the unit of the first number are number/range-mark and number/range-unit, with fixes.' },
      good: ['100万元～200万元'], bad: ['200—100万元'],
    },
  },
};
export default messages;

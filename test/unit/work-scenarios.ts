/**
 * Scenarios whose work work-child.ts counts (label → blocks). Each text is linted once and each text is
 * different (the linter may reuse the analysis of a text it has just seen); a warm-up run on other text
 * first, so one-time initialisation is not counted as the text's work.
 */
import { readdirSync } from 'fs';
import { lintDocument, lintText, parseDocument, RULES } from '../../server/src/linter';
import { CORPUS, corpusText } from './corpus';
import type { Count } from './work-child';

export const HEAD = '示例市关于促进产业发展的若干措施\n\n一、';

/** `unit` repeated to `chars` characters after a policy title (so the document is analysed in full). */
function build(unit: string, chars: number, prefix = HEAD, suffix = '。'): string {
  return prefix + unit.repeat(Math.ceil(chars / unit.length)).slice(0, chars) + suffix;
}

/** Families of adversarial input: name → text of about `n` characters. */
export const FAMILIES: Record<string, (n: number) => string> = {
  'spaces': (n) => build(' ', n),
  'tabs': (n) => build('\t', n),
  'U+3000': (n) => build('\u3000', n),
  'digits': (n) => build('9', n),
  'digits then 万元 (最高不超过99…9万元)': (n) => build('9', n, HEAD + '最高不超过', '万元'),
  '〔': (n) => build('〔', n),
  '《': (n) => build('《', n),
  '（': (n) => build('（', n),
  '万': (n) => build('万', n),
  '第': (n) => build('第', n),
  '一': (n) => build('一', n),
  '十': (n) => build('十', n),
  '发文字号 then tabs (国发〔2019〕\\t…)': (n) => build('\t', n, HEAD + '根据国发〔2019〕', 'x。'),
  '发文字号 then U+3000 (〔2020〕\\u3000…)': (n) => build('\u3000', n, HEAD + '根据国发〔2020〕', 'x。'),
  '〔 and spaces': (n) => build('〔 ', n),
  'mixed run': (n) => build('第一十万9 \t\u3000〔《（', n),
  '三部分共十五条': (n) => build('一部分共二条', n),
  '包括…，共': (n) => build('包括甲、乙，共', n),
  '分别 labels': (n) => build('国家级、', n),
  '分别给予1万元、': (n) => build('分别给予1万元、', n),
  'dated sentences on one line': (n) => build('到2025年，建成9个。', n),
  'amounts (9元9元…)': (n) => build('9元', n),
  'amount list (1万元、1万元、…)': (n) => build('1万元、', n),
  '万 without 元 (给予1万给予1万…)': (n) => build('给予1万', n),
  '《title》 full of <': (n) => '《' + '<'.repeat(n) + '》',
  '请示 asks in numbered items (恳请县人民政府批准。二、…)': (n) => build('恳请县人民政府批准。\n二、', n, '示例县交通局关于申请资金的请示\n\n县人民政府：\n一、', '妥否，请批示。'),
  '恳请 run in a 函 to its government': (n) => build('恳请', n, '示例县交通局关于申请资金的函\n\n示例县人民政府：\n', '。'),
  '请示 title joining requests (申请资金和…)': (n) => build('申请资金和', n, '示例县交通局关于', '的请示\n\n县人民政府：\n妥否，请批示。'),
  'planned dates before the date line (拟于2023年9月5日完成。)': (n) => build('拟于2023年9月5日完成。', n, '示例县水利局关于工作情况的报告\n\n县人民政府：\n', '\n特此报告。\n\n示例县水利局\n2023年8月10日\n'),
  '通知 to a 主送机关, closing formulas on every line (特此通知。)': (n) => build('特此通知。\n', n, '关于做好防汛工作的通知\n\n各区人民政府：\n', ''),
  // Each citation of an undefined short name was checked against every definition (citation/short-name).
  'short names defined and other titles cited (（以下简称《甲》）《乙》)': (n) => build('（以下简称《甲》）根据《乙》执行。\n', n),
  // Each ratio and each bare 给予补助 was checked against every amount (amount/uncapped-ratio, amount/vague).
  'ratios and bare subsidies among amounts (按20%给予补助、给予补助)': (n) => build('奖励100万元。按投资额的20%给予补助。给予补助。\n', n),
  'numbers and titles, one paragraph per line': (n) => build('根据国发〔2015〕40号和《关于示例的通知》（示府［2020］03号），您提出的关于示例工作的建议，（《“〔\n', n, ''),
};

export const SMALL = 32 * 1024;

/** Every rule's ✘ and ✔ examples, each a text to repeat (one per line): what each rule looks at, many times over. */
export function exampleUnits(): { name: string; unit: string }[] {
  const out: { name: string; unit: string }[] = [];
  const seen = new Set<string>();
  for (const r of RULES) {
    [...r.docs.bad, ...r.docs.good].forEach((ex, i) => {
      const unit = ex + '\n';
      if (seen.has(unit)) return;
      seen.add(unit);
      out.push({ name: `${r.meta.id} ${i < r.docs.bad.length ? '✘' : '✔'}${i < r.docs.bad.length ? i + 1 : i - r.docs.bad.length + 1}`, unit });
    });
  }
  return out;
}
/** The sizes the examples are repeated to: a small text and ten times it. */
export const EXAMPLE_SMALL = 8 * 1024;

function policyText(chars: number): string {
  let base = '';
  for (const f of readdirSync(CORPUS).sort()) if (f.endsWith('.txt')) base += corpusText(f) + '\n\n';
  return base.repeat(Math.ceil(chars / base.length)).slice(0, chars);
}

export const SCENARIOS: Record<string, (count: Count) => Record<string, number>> = {
  /** Every family at SMALL and 10 × SMALL characters, and policy text of 10 × SMALL. */
  adversarial(count) {
    lintText(build('第一条 示例。', 4000));
    const policy = policyText(SMALL * 10);
    const out: Record<string, number> = { 'policy text': count(() => lintText(policy)) };
    for (const [name, make] of Object.entries(FAMILIES)) {
      const small = make(SMALL);
      const big = make(SMALL * 10);
      out[`${name} small`] = count(() => lintText(small));
      out[`${name} big`] = count(() => lintText(big));
    }
    return out;
  },
  /** Every rule example repeated to EXAMPLE_SMALL and 10 × EXAMPLE_SMALL characters, and policy text of the larger size. */
  examples(count) {
    lintText(build('第一条 示例。', 4000));
    const out: Record<string, number> = { 'policy text': count(() => lintText(policyText(EXAMPLE_SMALL * 10))) };
    for (const { name, unit } of exampleUnits()) {
      const small = unit.repeat(Math.ceil(EXAMPLE_SMALL / unit.length));
      const big = unit.repeat(Math.ceil(EXAMPLE_SMALL * 10 / unit.length));
      out[`${name} small`] = count(() => lintText(small));
      out[`${name} big`] = count(() => lintText(big));
    }
    return out;
  },
  /** The number/ and text/ rules on 250 KB and 1 MB of a paragraph full of what they look at. */
  numberText(count) {
    const para = '到2025年，全市规模达到500万～1000万元，增长5%-20%，连续5年奖励，连续二年未使用，建设1到2个基地，19年底前完成，2019年03月08日，给予 万元奖励，第 1 0 条，各區(qū)，条例》,制定，3＋N。\n';
    const mine = RULES.filter((r) => r.meta.id.startsWith('number/') || r.meta.id.startsWith('text/'));
    const run = (size: number) => {
      const doc = parseDocument(para.repeat(Math.ceil(size / para.length)));
      let findings = 0;
      const blocks = count(() => { findings = lintDocument(doc, undefined, mine).findings.length; });
      return { blocks, findings };
    };
    lintDocument(parseDocument(para), undefined, mine);
    const small = run(250_000);
    const big = run(1_000_000);
    return { small: small.blocks, big: big.blocks, 'big findings': big.findings };
  },
};

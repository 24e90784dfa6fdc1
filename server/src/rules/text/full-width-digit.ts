/**
 * text/full-width-digit — numbers are written with half-width digits: ２０１９年 → 2019年, 3＋N → 3+N
 * (RULES.md PUNCT-FULLWIDTH-DIGIT [custom]; GB/T 15835 writes Arabic numerals half-width).
 * Flags runs of full-width digits (with a full-width decimal point inside) and a full-width ＋
 * next to a digit, or between two letters or digits (3＋N); a ＋ joining Chinese words to a letter
 * (展览展示＋N场推介会) is left alone. The fix writes the half-width characters.
 */
import type { Rule, RuleDocs, Messages } from '../../core/contract';
import { memo } from '../../core/tokens';
import type { PolicyDocument, Span } from '../../core/model';

const FW_RE = /[\uFF10-\uFF19]+(?:[\uFF0E.][\uFF10-\uFF19]+)*|\uFF0B/g;
const NEIGHBOUR = /[0-9A-Za-z\uFF10-\uFF19\uFF21-\uFF3A\uFF41-\uFF5A]/;

const DIGIT = /[0-9\uFF10-\uFF19]/;
/**
 * A ＋ between a number and a number or a letter (3＋N, 1＋1) belongs to the number; one that joins
 * Chinese words to a letter (展览展示＋N场推介会) is Chinese punctuation, full-width beside Chinese.
 */
function plusInNumber(before: string, after: string): boolean {
  return (NEIGHBOUR.test(before) && NEIGHBOUR.test(after)) || DIGIT.test(before) || DIGIT.test(after);
}

function scan(doc: PolicyDocument): Span[] {
  const { text } = doc;
  const out: Span[] = [];
  FW_RE.lastIndex = 0;
  for (let m = FW_RE.exec(text); m; m = FW_RE.exec(text)) {
    const start = m.index, end = start + m[0].length;
    if (m[0] === '＋' && !plusInNumber(text[start - 1] ?? '', text[end] ?? '')) continue;
    out.push({ start, end });
  }
  return out;
}

const DOCS: RuleDocs = {
  title: { zh: '全角数字', en: 'Full-width digits' },
  explanation: { zh: '数字和数字间的加号使用半角字符。', en: 'Digits, and a plus sign between numbers, are half-width.' },
  details: {
    zh: '数字使用半角字符；数字旁或两个字母、数字之间的全角加号“＋”（3＋N）也改为半角。连接中文词语与字母的“＋”（展览展示＋N场推介会）不报告。',
    en: 'Digits are half-width, and so is a plus sign next to a digit or between two letters or digits (3＋N). A ＋ joining Chinese words to a letter (展览展示＋N场推介会) is not reported.',
  },
  good: ['3+N', '2019年'],
  bad: ['3＋N', '２０１９年'],
  fix: { zh: '改为半角字符。', en: 'Writes the half-width characters.' },
  source: { tier: 'practice', zh: '起草实务：数字用半角', en: 'Drafting practice: half-width digits' },
};

const MESSAGES: Messages = {
  'text/full-width-digit': {
    zh: '数字“{text}”使用了全角字符，应写作半角“{fixed}”',
    en: 'The number "{text}" uses full-width characters; write "{fixed}"',
  },
  'fix/full-width-digit': { zh: '改为半角“{fixed}”', en: 'Change to half-width "{fixed}"' },
};

const rule: Rule = {
  docs: DOCS,
  messages: MESSAGES,
  meta: { id: 'text/full-width-digit', category: 'text', severity: 'information', fixable: true },
  check(ctx) {
    const { doc } = ctx;
    for (const r of memo(doc, 'full-width-digits', scan)) {
      const text = doc.text.slice(r.start, r.end);
      // norm holds the half-width twins at the same offsets.
      const fixed = doc.norm.slice(r.start, r.end);
      ctx.report({
        range: r, args: { text, fixed },
        fix: { titleId: 'fix/full-width-digit', titleArgs: { fixed }, edits: [{ start: r.start, end: r.end, newText: fixed }] },
      });
    }
  },
};
export default rule;

/**
 * amount/tier-gap — tiers of a quantity that takes any value leave a gap: 综合考评100分以上…；95分-99分…；
 * 90分-94分… (where does 99.5 or 94.5 fall?), 投资1000万元～4999万元…5000万元以上. Two tiers of one line
 * with the same unit (分, 元, 万元, %, 亩 …) where one ends at N and the next starts at N+1 (or a bound
 * N+1以上 follows a tier ending at N) are reported once per line. Counts (人, 家, 个) take whole values
 * and are left alone. No fix: the drafter decides which tier the boundary belongs to.
 */
import type { Rule, RuleDocs, Messages } from '../../core/contract';
import type { PolicyDocument, Span } from '../../core/model';
import { numericRanges } from '../../core/tokens';
import { CONTINUOUS_UNITS, wordAt, wordBefore } from '../../core/vocabulary';

const DOCS: RuleDocs = {
  title: { zh: '分档首尾相接', en: 'Tiers meet end to end' },
  explanation: {
    zh: '按分数、金额、比例分档时，相邻两档应首尾相接：“95分-99分”与“100分以上”之间的99.5分不属于任何一档。应写作“95分（含）～100分”“100分（含）以上”等。',
    en: 'Tiers of a score, an amount or a ratio meet end to end: between 95分-99分 and 100分以上, 99.5 falls in no tier. Write 95分（含）～100分, 100分（含）以上.',
  },
  details: {
    zh: '按分数、金额、比例分档时，相邻两档应首尾相接：“95分-99分”与“100分以上”之间的99.5分不属于任何一档。应写作“95分（含）～100分”“100分（含）以上”等。\n\n同一段中单位相同（分、元、万元、%、亩等可取任意值的量）的两档，一档止于N、另一档起于N+1（或另有“N+1以上”）时报告，每段一次。人数、家数、个数等只取整数的计数不报告。',
    en: 'Tiers of a score, an amount or a ratio meet end to end: between 95分-99分 and 100分以上, 99.5 falls in no tier. Write 95分（含）～100分, 100分（含）以上.\n\nReported once per paragraph where two tiers with the same unit (分, 元, 万元, %, 亩 … quantities that take any value) end at N and start at N+1 (or N+1以上 follows). Counts of people, firms or items take whole values and are not reported.',
  },
  good: ['综合考评95分（含）～100分的，给予最高100万元奖励；90分（含）～95分的，给予最高50万元奖励。', '招用10人-19人的，奖励1万元；招用20人-49人的，奖励3万元。'],
  bad: ['综合考评100分以上的,给予企业最高200万元奖励;95分-99分的,给予企业最高100万元奖励;90分-94分的,给予企业最高50万元奖励。'],
  source: {
    tier: 'practice',
    zh: '起草实务：分档标准应覆盖全部取值，不留空档、不重叠',
    en: 'Drafting practice: tiers cover every value, with no gap and no overlap',
  },
};

const MESSAGES: Messages = {
  'amount/tier-gap': {
    zh: '分档之间留有空档：一档止于“{upper}”，另一档起于“{lower}”，两者之间的值不属于任何一档；相邻两档应首尾相接（如“90分（含）～95分”）',
    en: 'The tiers leave a gap: one ends at "{upper}", another starts at "{lower}", and the values between fall in no tier; make them meet (e.g. 90分（含）～95分)',
  },
};

interface Tier { upper: number; lower: number; unit: string; range: Span; upperText: string; lowerText: string }

/** An integer written at [start, end) (no decimal point), else NaN. */
function integer(s: string): number {
  if (!s || s.includes('.')) return NaN;
  return Number(s);
}

const rule: Rule = {
  docs: DOCS,
  messages: MESSAGES,
  meta: { id: 'amount/tier-gap', category: 'amount', severity: 'warning', fixable: false },
  check(ctx) {
    const { doc } = ctx;
    const ranges = numericRanges(doc);
    if (ranges.length < 1) return;
    let li = 0, lineTiers: Tier[] = [], lineIndex = -1;
    const flush = () => {
      if (lineTiers.length) check(lineTiers, lineIndex);
      lineTiers = [];
    };
    const check = (tiers: Tier[], line: number) => {
      const l = doc.lines[line];
      const starts = new Map<string, Tier>();
      for (const t of tiers) if (!starts.has(t.unit + t.lower)) starts.set(t.unit + t.lower, t);
      let bounds: Map<string, string> | undefined;
      for (const t of tiers) {
        // Another tier of the line that starts right after this one ends (or N+1以上).
        const key = t.unit + (t.upper + 1);
        const joined = starts.get(key);
        const above = joined ? undefined : (bounds ??= boundsAbove(doc, l.start, l.end)).get(key);
        if (!joined && !above) continue;
        ctx.report({ range: t.range, args: { upper: t.upperText, lower: joined ? joined.lowerText : above! } });
        return;
      }
    };
    for (const r of ranges) {
      if (r.time || r.conn.kind === 'dunhao') continue;
      const unit = wordAt(r.bUnit, 0, CONTINUOUS_UNITS);
      if (!unit) continue;
      if (r.a.unit && !r.a.unit.startsWith(unit[0])) continue;
      const lower = integer(r.a.value), upper = integer(r.b.value);
      if (!(lower < upper)) continue;
      while (li < doc.lines.length - 1 && doc.lines[li].end < r.range.start) li++;
      if (li !== lineIndex) { flush(); lineIndex = li; }
      lineTiers.push({
        upper, lower, unit, range: r.range,
        upperText: doc.text.slice(r.b.range.start, r.b.range.end) + unit,
        lowerText: doc.text.slice(r.a.range.start, r.a.range.end) + (r.a.unit || unit),
      });
    }
    flush();
  },
};

/**
 * The bounds N<unit>以上 (N<unit>（含）以上, N<unit>及以上) of the line, keyed by unit + N, with their text: N is
 * the digits of the lexer's number right before the unit, a whole number (not 1.5).
 */
function boundsAbove(doc: PolicyDocument, start: number, end: number): Map<string, string> {
  const { norm } = doc;
  const { nums } = doc.tokens;
  const out = new Map<string, string>();
  for (let i = norm.indexOf('以上', start); i >= 0 && i < end; i = norm.indexOf('以上', i + 2)) {
    let k = i;
    if (norm[k - 1] === '及') k--;
    if (norm.startsWith('(含)', k - 3) || norm.startsWith('（含）', k - 3)) k -= 3;
    const unit = wordBefore(norm, k, CONTINUOUS_UNITS);
    if (!unit) continue;
    const e = k - unit.length;
    // The number whose digits end where the unit starts (a magnitude may be the unit's: 21万元以上).
    const n = nums.firstAtOrAfter(e) - 1;
    if (n < 0 || nums.digitsEnd[n] !== e || nums.chinese(n) || nums.start[n] < start || norm[nums.start[n] - 1] === '.') continue;
    const digits = norm.slice(nums.start[n], e);
    if (digits.includes('.')) continue;
    const key = unit + Number(digits);
    if (!out.has(key)) out.set(key, norm.slice(nums.start[n], i + 2));
  }
  return out;
}
export default rule;

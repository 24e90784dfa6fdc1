/**
 * lead-unit/name-variant — one unit named two ways that differ only by a place level 市/县/区 put in or
 * left out inside the name (襄阳都市圈发展协调机制办公室 / 襄阳市都市圈发展协调机制办公室). Reported only
 * where one form is clearly a slip: the stretch around the difference (襄阳市都市圈 / 襄阳都市圈) occurs
 * once in the whole text and the other form at least twice. A level at the start (市财政局 / 财政局) or
 * at the end of a name is a short form, not a slip, and is not compared.
 */
import type { Rule, RuleDocs, Messages } from '../../core/contract';
import { nameRange, unitUses } from '../../core/units';
import { toDocumentScript } from '../../core/normalize';
import { countOf, isHan } from '../../core/chars';

const DOCS: RuleDocs = {
  title: { zh: '单位名称中的“市”“县”“区”前后一致', en: 'Place levels inside unit names written alike' },
  explanation: {
    zh: '同一单位的名称，不应一处带“市”（“县”“区”）、一处不带，如“襄阳都市圈发展协调机制办公室”与“襄阳市都市圈发展协调机制办公室”。',
    en: 'One unit is not named with 市 (县, 区) in one place and without it in another, e.g. 襄阳都市圈发展协调机制办公室 beside 襄阳市都市圈发展协调机制办公室.',
  },
  details: {
    zh: '同一单位的名称，不应一处带“市”（“县”“区”）、一处不带，如“襄阳都市圈发展协调机制办公室”与“襄阳市都市圈发展协调机制办公室”。\n\n只比较牵头、责任单位中的名称，且只在一种写法明显是笔误时报告：差异所在的一段（“襄阳市都市圈”与“襄阳都市圈”）在全文只出现一次，另一写法至少出现两次。名称开头的“市”“县”“区”（“市财政局”与“财政局”）和名称末尾的是简称习惯，不比较。',
    en: 'One unit is not named with 市 (县, 区) in one place and without it in another, e.g. 襄阳都市圈发展协调机制办公室 beside 襄阳市都市圈发展协调机制办公室.\n\nOnly names in lead clauses are compared, and only where one form is clearly a slip: the stretch around the difference (襄阳市都市圈 / 襄阳都市圈) occurs once in the whole text and the other form at least twice. A level at the start of a name (市财政局 / 财政局) or at its end is a short form and is not compared.',
  },
  good: ['推进襄阳都市圈建设。\n1.编制规划。（责任单位：襄阳都市圈发展协调机制办公室）\n2.召开协调会议。（责任单位：襄阳都市圈发展协调机制办公室）'],
  bad: ['推进襄阳都市圈建设。\n1.编制规划。（责任单位：襄阳都市圈发展协调机制办公室）\n2.召开协调会议。（责任单位：襄阳市都市圈发展协调机制办公室）'],
  fix: { zh: '改为本文多数处的写法。', en: 'Uses the form the rest of the document uses.' },
  source: {
    tier: 'regulation',
    zh: '《党政机关公文处理工作条例》第九条（使用全称或者规范化简称）；起草实务：全文名称一致',
    en: 'Regulations on the Handling of Party and Government Documents, art. 9; drafting practice: one name throughout',
  },
};

const MESSAGES: Messages = {
  'lead-unit/name-variant': {
    zh: '单位名称“{name}”与本文其他处“{other}”只差一个“{level}”，应统一',
    en: 'The unit name "{name}" differs from "{other}" elsewhere only by a "{level}"',
  },
  'fix/name-variant': { zh: '改为“{other}”', en: 'Rename to "{other}"' },
};

const LEVELS = '市县区';
/** Characters of the name after the level that make the compared stretch (襄阳市|都市圈). */
const AFTER = 3;

const rule: Rule = {
  docs: DOCS,
  messages: MESSAGES,
  meta: { id: 'lead-unit/name-variant', category: 'lead-unit', severity: 'information', fixable: true },
  check(ctx) {
    const { doc } = ctx;
    const uses = unitUses(doc);
    if (uses.length < 2) return;
    const names = new Set(uses.map((u) => u.clean));
    const n = doc.norm;
    // name → the other form, when the one is a slip for the other.
    const slips = new Map<string, { other: string; level: string }>();
    for (const long of names) {
      for (let p = 2; p + 2 < long.length; p++) {
        if (!LEVELS.includes(long[p]) || !isHan(long[p - 1]) || !isHan(long[p - 2]) || !isHan(long[p + 1])) continue;
        const short = long.slice(0, p) + long.slice(p + 1);
        if (!names.has(short)) continue;
        const withLevel = countOf(n, long.slice(0, p + 1 + AFTER));
        const without = countOf(n, short.slice(0, p + AFTER));
        if (withLevel === 1 && without >= 2) slips.set(long, { other: short, level: long[p] });
        else if (without === 1 && withLevel >= 2) slips.set(short, { other: long, level: long[p] });
      }
    }
    if (!slips.size) return;
    for (const u of uses) {
      const slip = slips.get(u.clean);
      if (!slip) continue;
      const r = nameRange(doc, u.ref);
      const other = toDocumentScript(slip.other, doc.traditional);
      ctx.report({
        range: r, args: { name: doc.text.slice(r.start, r.end), other, level: slip.level },
        fix: { titleId: 'fix/name-variant', titleArgs: { other }, edits: [{ ...r, newText: other }] },
      });
    }
  },
};
export default rule;

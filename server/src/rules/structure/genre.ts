/**
 * structure/genre — the 文种 fits what the document does (《党政机关公文处理工作条例》第十五条):
 *  - a 报告 that asks for approval (妥否，请批示 / 请予审批) should be a 请示: 不得在报告等非请示性
 *    公文中夹带请示事项;
 *  - a 请示 goes to one superior (原则上主送一个上级机关): a 主送机关 line naming several organs is
 *    reported.
 * The kind is read from the title's last word; 印发/转发 notices that carry a 报告 are not 报告s.
 */
import type { Rule, RuleDocs, Messages } from '../../core/contract';
import { WRAP_VERBS, hasWord } from '../../core/vocabulary';
import { titleWithoutNote } from './title';

/** A request for approval, as closings of 请示 word it. */
const ASKS = /妥否[，,]?\s{0,2}请(?:批示|审批|批复|示)|请予(?:审批|批准|批复)|请(?:批示|审批|批准)(?=[。!！]|$)/gm;
/** A 主送机关 line: organs separated by 、 or ，, ending with a colon. */
const ADDRESSEES = /^[ \t\u3000]*([^。；;：:\n]{2,80}[、，,][^。；;：:\n]{1,80})[:：][ \t\u3000]*$/;

const DOCS: RuleDocs = {
  title: { zh: '文种使用', en: 'Kind of document' },
  explanation: {
    zh: '报告不得夹带请示事项：标题为“报告”而正文请求批准（妥否，请批示；请予审批）的，应改用“请示”；请示原则上主送一个上级机关（提示）。',
    en: 'A 报告 carries no request: one that asks for approval (妥否，请批示) should be a 请示; a 请示 goes to one superior (information).',
  },
  details: {
    zh: '报告不得夹带请示事项：标题为“报告”而正文请求批准（妥否，请批示；请予审批）的，应改用“请示”；请示原则上主送一个上级机关。\n\n文种按标题末尾判断。印发、转发报告的通知不按报告检查。请示的主送机关行（标题后第一个以冒号结尾的行）列出多个机关时报告；需要其他机关知悉的，用抄送。',
    en: 'A 报告 carries no request: one that asks for approval should be a 请示; a 请示 goes to one superior.\n\nThe kind is read from the end of the title; notices that 印发/转发 a report are not reports. A 请示 whose addressee line (the first line after the title that ends with a colon) names several organs is reported; others are copied (抄送).',
  },
  good: ['示例县交通局关于申请维修资金的请示\n\n县人民政府：\n……妥否，请批示。', '示例县交通局关于2023年工作情况的报告\n\n县人民政府：\n……特此报告。'],
  bad: ['示例县交通局关于申请维修资金的报告\n\n县人民政府：\n……妥否，请批示。', '示例县交通局关于申请维修资金的请示\n\n县人民政府、县财政局：\n……妥否，请批示。'],
  source: {
    tier: 'regulation',
    zh: '《党政机关公文处理工作条例》第十五条（原则上主送一个上级机关；请示应当一文一事；不得在报告等非请示性公文中夹带请示事项）',
    en: 'Regulations on Handling Party and Government Documents art. 15 (one main recipient; one matter per 请示; no requests in a 报告)',
  },
};

const MESSAGES: Messages = {
  'structure/genre': { zh: '文种使用不当', en: 'Wrong kind of document' },
  'structure/genre-report-asks': {
    zh: '报告不得夹带请示事项：“{text}”是请求批准，应改用“请示”',
    en: 'A 报告 carries no request: "{text}" asks for approval — make it a 请示',
  },
  'structure/genre-request-addressees': {
    zh: '请示原则上主送一个上级机关：“{text}”列出了多个主送机关，其他机关可抄送',
    en: 'A 请示 goes to one superior: "{text}" names several; copy the others',
  },
};

const rule: Rule = {
  docs: DOCS,
  messages: MESSAGES,
  meta: { id: 'structure/genre', category: 'structure', severity: 'warning', fixable: false },
  check(ctx) {
    const { doc } = ctx;
    if (!doc.title || !doc.titleRange) return;
    const title = titleWithoutNote(doc.norm.slice(doc.titleRange.start, doc.titleRange.end));
    if (hasWord(title, WRAP_VERBS)) return;
    const body = doc.titleRange.end;
    if (title.endsWith('报告') && !title.endsWith('请示报告') && !title.endsWith('工作报告')) {
      ASKS.lastIndex = body;
      const m = ASKS.exec(doc.norm);
      if (m) {
        ctx.report({ range: { start: m.index, end: m.index + m[0].length }, messageId: 'structure/genre-report-asks', args: { text: doc.text.slice(m.index, m.index + m[0].length) } });
      }
    }
    if (title.endsWith('请示')) {
      // The 主送机关 line: the first non-blank line after the title.
      const next = doc.lines.find((l) => l.start >= body && !l.blank);
      if (!next) return;
      const m = ADDRESSEES.exec(doc.norm.slice(next.start, next.end));
      if (m) {
        const at = next.start + m.index + m[0].indexOf(m[1]);
        ctx.report({ range: { start: at, end: at + m[1].length }, messageId: 'structure/genre-request-addressees', args: { text: doc.text.slice(at, at + m[1].length) }, severity: 'information' });
      }
    }
  },
};
export default rule;

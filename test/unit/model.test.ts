/** The document model on the real documents of the corpus (copied into test/fixtures/corpus). */
import * as assert from 'assert';
import { readdirSync } from 'fs';
import { Heading, parseDocument } from '../../server/src/linter';
import { corpus, CORPUS, corpusText } from './corpus';

const seed = (prefix: string) => corpus(`seeds/${prefix}`);
function outline(h: Heading[]): string[] {
  const out: string[] = [];
  const walk = (x: Heading) => { out.push(`${'  '.repeat(x.depth - 1)}${x.marker.trim()}`); x.children.forEach(walk); };
  h.forEach(walk);
  return out;
}

describe('model: document kind', () => {
  const seeds: [string, string, string | undefined][] = [
    ['000', 'reply', undefined], ['001', 'reply', undefined], ['002', 'drafting-note', undefined],
    ['003', 'notice', 'action-plan'], ['004', 'action-plan', undefined],
  ];
  for (const [s, kind, inner] of seeds) {
    it(`seeds/${s} is ${kind}${inner ? ` wrapping ${inner}` : ''}`, () => {
      const doc = parseDocument(seed(s));
      assert.strictEqual(doc.kind, kind);
      assert.strictEqual(doc.innerKind, inner);
    });
  }
  const corpus: [string, string][] = [
    ['004_', 'opinion'], ['006_', 'notice'], ['007_', 'notice'], ['012_', 'reply'], ['016_', 'reply'],
    ['025_', 'measures'], ['028_', 'notice'], ['033_', 'notice'], ['038_', 'notice'], ['029_', 'measures'],
  ];
  for (const [prefix, kind] of corpus) {
    it(`corpus ${prefix} is ${kind}`, () => {
          const name = readdirSync(CORPUS).find((f: string) => f.startsWith(prefix))!;
      assert.strictEqual(parseDocument(corpusText(name)).kind, kind);
    });
  }
});

describe('model: title, number, date, period', () => {
  it('joins a title broken over two lines (corpus 004) and reads its number and date', () => {
    const doc = parseDocument(corpusText('004_guowuyuan-zongbaoqu-ruoganyijian-2019.txt'));
    assert.strictEqual(doc.title, '国务院关于促进综合保税区高水平开放高质量发展的若干意见');
    assert.ok(doc.docNumber);
    assert.strictEqual(doc.text.slice(doc.docNumber.range.start, doc.docNumber.range.end), '国发〔2019〕3号');
    assert.deepStrictEqual(doc.date && [doc.date.year, doc.date.month, doc.date.day], [2019, 1, 12]);
    assert.strictEqual(doc.organ, '国务院');
  });
  it('reads the plan period from a traditional-script 印发 title (seeds/003)', () => {
    const doc = parseDocument(seed('003'));
    assert.deepStrictEqual(doc.period && [doc.period.start, doc.period.end], [2020, 2022]);
    assert.ok(doc.traditional);
    assert.match(doc.innerTitle ?? '', /行動計劃/);
    assert.deepStrictEqual(doc.date && [doc.date.year, doc.date.month, doc.date.day], [2020, 2, 27]);
  });
  it('reads an em-dash period (corpus 033) and a reply number (seeds/001)', () => {
    const d033 = parseDocument(corpusText('033_xinxiang-zhizaoqiangshi-sannianxingdongjihua-2023.txt'));
    assert.deepStrictEqual(d033.period && [d033.period.start, d033.period.end], [2023, 2025]);
    const d001 = parseDocument(seed('001'));
    assert.strictEqual(d001.docNumber && d001.text.slice(d001.docNumber.range.start, d001.docNumber.range.end), '穗工信函〔2020〕155号');
    assert.strictEqual(d001.organ, '广州市工业和信息化局');
  });
  it('a Chinese-numeral 成文日期 (corpus 012)', () => {
    const doc = parseDocument(corpusText('012_guobanhan-zhengxie-4626-tian-dafu-2006.txt'));
    assert.deepStrictEqual(doc.date && [doc.date.year, doc.date.month, doc.date.day, doc.date.chinese], [2006, 10, 18, true]);
  });
});

describe('model: heading tree', () => {
  it('seeds/004: six top-level sections with their (一)/1. children', () => {
    const doc = parseDocument(seed('004'));
    assert.deepStrictEqual(doc.headings.map((h) => h.marker), ['一、', '二、', '三、', '四、', '五、', '六、']);
    assert.deepStrictEqual(doc.headings.map((h) => h.children.length), [0, 0, 0, 4, 5, 5]);
    const tasks = doc.headings[3];
    assert.deepStrictEqual(tasks.children.map((c) => c.children.length), [4, 3, 3, 3]);
    assert.strictEqual(tasks.children[0].title, '抓创新驱动,完善创新生态体系');
    assert.strictEqual(tasks.children[0].children[0].title, '建设一批创新平台');
    assert.strictEqual(tasks.children[0].children[0].depth, 3);
  });
  it('seeds/003 (traditional): 一、工作目標 / 二、重點任務 (5 × （一）, 18 items) / 三、保障措施', () => {
    const doc = parseDocument(seed('003'));
    assert.strictEqual(doc.headings.length, 3);
    assert.match(doc.headings[1].title, /^重點任務$/);
    assert.strictEqual(doc.headings[1].children.length, 5);
    assert.strictEqual(doc.headings[1].children.reduce((n, c) => n + c.children.length, 0), 18);
    assert.strictEqual(doc.headings[2].children.length, 5);
  });
  it('seeds/000 (Markdown): ## and ### **…** headings', () => {
    const doc = parseDocument(seed('000'));
    assert.deepStrictEqual(doc.headings.map((h) => h.marker), ['一、', '二、', '三、']);
    assert.strictEqual(doc.headings[2].title, '加强对人工智能领域海外人才引进力度');
  });
  it('seeds/001 and seeds/002: reply and drafting-note outlines', () => {
    const d1 = parseDocument(seed('001'));
    assert.deepStrictEqual(d1.headings.map((h) => h.marker), ['一、', '二、']);
    const d2 = parseDocument(seed('002'));
    assert.ok(d2.headings.length >= 3, outline(d2.headings).join('\n'));
    assert.match(d2.headings[0].title, /起草背景/);
  });
  it('chapters and articles nest (第一章 / 第一条)', () => {
    const doc = parseDocument('某某办法\n第一章 总则\n第一条 为了规范管理，制定本办法。\n第二条 本办法适用于全市。\n第二章 附则\n第三条 本办法自发布之日起施行。\n');
    assert.deepStrictEqual(outline(doc.headings), ['第一章', '  第一条', '  第二条', '第二章', '  第三条']);
  });
  it('full-width digits, half-width brackets and "1、" are headings; decimals and dates are not', () => {
    const doc = parseDocument('一、总体要求\n(一)工作目标\n１．建成平台。\n2、培育企业。\n1.5亿元用于支持。\n2019.3月完成。\n（2）细化任务。\n');
    assert.deepStrictEqual(outline(doc.headings), ['一、', '  (一)', '    １．', '    2、', '      （2）']);
    assert.strictEqual(doc.allHeadings[3].separator, '、');
  });
  it('every heading range points at the original characters', () => {
    for (const s of ['000', '001', '002', '003', '004']) {
      const doc = parseDocument(seed(s));
      for (const h of doc.allHeadings) {
        assert.strictEqual(doc.text.slice(h.markerRange.start, h.markerRange.end), h.marker);
        assert.ok(h.sectionRange.start <= h.ownRange.end && h.ownRange.end <= h.sectionRange.end);
      }
    }
  });
});

describe('model: measures and lead-unit clauses', () => {
  it('seeds/004: 13 tasks under 四、主要任务 and 20 measures under 五、政策措施, all with 牵头单位 and 配合单位', () => {
    const doc = parseDocument(seed('004'));
    const tasks = doc.measures.filter((m) => m.section?.title === '主要任务');
    const policies = doc.measures.filter((m) => m.section?.title === '政策措施');
    assert.strictEqual(tasks.length, 13);
    assert.strictEqual(policies.length, 20);
    assert.deepStrictEqual(tasks.map((m) => m.heading?.number), Array.from({ length: 13 }, (_, i) => i + 1));
    assert.deepStrictEqual(policies.map((m) => m.heading?.number), Array.from({ length: 20 }, (_, i) => i + 1));
    for (const m of [...tasks, ...policies]) {
      assert.ok(m.clause, `measure ${m.heading?.marker} has a clause`);
      assert.strictEqual(m.clause.form, 'labelled');
      assert.ok(m.clause.lead.length >= 1 && m.clause.partners.length >= 1, m.text.slice(-80));
      assert.strictEqual(doc.text.slice(m.clause.range.start, m.clause.range.start + 6), '(牵头单位:');
    }
    assert.deepStrictEqual(tasks[0].clause!.lead.map((u) => u.name), ['市科技创新委']);
    assert.deepStrictEqual(tasks[0].clause!.partners.map((u) => u.name), ['市发展改革委', '工业和信息化委', '教育局等', '各区政府']);
    assert.strictEqual(tasks[0].clause!.separator, ';');
    assert.deepStrictEqual(tasks[9].clause!.lead.map((u) => u.name), ['各区政府']);
    assert.strictEqual(tasks[9].clause!.separator, ',');
    assert.deepStrictEqual(policies[19].clause!.lead.map((u) => u.name), ['市编办', '各区政府']);
    // Unit ranges are exact.
    const u = policies[4].clause!.lead[0];
    assert.strictEqual(doc.text.slice(u.range.start, u.range.end), '市知识产权局');
    // 六、组织保障 is no task section, but each of its five items names its 牵头单位: an assigning list.
    const safeguards = doc.measures.filter((m) => m.section && /组织保障/.test(m.section.title));
    assert.strictEqual(safeguards.length, 5);
    assert.ok(safeguards.every((m) => m.task && m.clause));
  });
  it('seeds/003 (traditional): the 18 tasks have no unit; the five 保障措施 items carry 責任單位', () => {
    const doc = parseDocument(seed('003'));
    const tasks = doc.measures.filter((m) => m.section && /重點任務/.test(m.section.title));
    const safeguards = doc.measures.filter((m) => m.section && /保障措施/.test(m.section.title));
    assert.strictEqual(tasks.length, 18);
    assert.ok(tasks.every((m) => !m.clause && !m.inherited));
    assert.strictEqual(safeguards.length, 5);
    for (const m of safeguards) {
      assert.ok(m.clause);
      assert.strictEqual(m.clause.label, '责任单位');
      assert.strictEqual(doc.text.slice(m.clause.range.start + 1, m.clause.range.start + 5), '責任單位');
    }
    assert.deepStrictEqual(safeguards[0].clause!.lead.map((u) => u.name), ['市工业和信息化局', '各市直部门', '各区政府']);
  });
  const forms: [string, string, string[], string[], Partial<{ firstLeads: boolean; inherits: boolean }>][] = [
    ['F1 comma', '（牵头单位：市发展改革委，配合单位：市委组织部、市人力资源和社会保障局，各区、县级市）', ['市发展改革委'], ['市委组织部', '市人力资源和社会保障局', '各区', '县级市'], {}],
    ['F1′ half-width', '(牵头单位:市科委,配合单位:各区县市)', ['市科委'], ['各区县市'], {}],
    ['F2 verb', '（区政务服务局牵头，区发改局、区审改办、区级相关部门配合）', ['区政务服务局'], ['区发改局', '区审改办', '区级相关部门'], {}],
    ['F2′ square brackets', '[市科委牵头，会同市经信委、市发改委和各区、县（市）政府负责]', ['市科委'], ['市经信委', '市发改委和各区', '县(市)政府'], {}],
    ['F3 list + legend', '（人力资源社会保障部、财政部负责。列第一位者为牵头单位，下同）', ['人力资源社会保障部', '财政部'], [], { firstLeads: true, inherits: true }],
    ['F3 排在第一位', '（税务总局、财政部、海关总署负责，排在第一位的部门为牵头部门，下同）', ['税务总局', '财政部', '海关总署'], [], { firstLeads: true }],
    ['F4 负责部门', '（负责部门：人力资源社会保障部、住房城乡建设部；适用范围：所有自贸试验区）', ['人力资源社会保障部', '住房城乡建设部'], [], {}],
    ['F6 指导', '（生态环境部指导，试点城市政府负责落实。以下均需试点城市政府落实，不再列出）', ['生态环境部'], ['试点城市政府'], { inherits: true }],
    ['F6 会同', '（国家发展改革委会同有关部门负责）', ['国家发展改革委'], ['有关部门'], {}],
    ['traditional', '（牽頭單位：市科技創新委；配合單位：市財政局）', ['市科技创新委'], ['市财政局'], {}],
  ];
  for (const [name, clause, lead, partners, flags] of forms) {
    it(`reads lead clause form ${name}`, () => {
      const doc = parseDocument(`二、重点任务\n1.建设平台。支持建设一批平台。${clause}\n`);
      assert.strictEqual(doc.measures.length, 1);
      const c = doc.measures[0].clause;
      assert.ok(c, 'clause found');
      assert.strictEqual(doc.text.slice(c.range.start, c.range.end), clause);
      assert.deepStrictEqual(c.lead.map((u) => u.name), lead);
      assert.deepStrictEqual(c.partners.map((u) => u.name), partners);
      if (flags.firstLeads !== undefined) assert.strictEqual(c.firstLeads, flags.firstLeads);
      if (flags.inherits !== undefined) assert.strictEqual(c.inherits, flags.inherits);
    });
  }
  it('F5: 牵头单位 on the line after the item (corpus 030)', () => {
    const doc = parseDocument('一、政策措施\n1.支持企业研发。给予最高200万元资助。\n牵头单位:区经信局\n2.支持人才。\n牵头单位:区人力社保局\n');
    assert.deepStrictEqual(doc.measures.map((m) => m.clause?.lead.map((u) => u.name)), [['区经信局'], ['区人力社保局']]);
    assert.strictEqual(doc.measures[0].clause!.form, 'line');
  });
  it('inherits a unit given with 不再列出 for later items (corpus 008)', () => {
    const doc = parseDocument('二、主要任务\n1.建立制度。（生态环境部指导，试点城市政府负责落实。以下均需试点城市政府落实，不再列出）\n2.推进分类。\n');
    assert.ok(doc.measures[1].inherited);
    assert.ok(!doc.measures[1].clause);
  });
  it('a lead-in item with sub-items is not a measure itself (corpus 021)', () => {
    const doc = parseDocument('二、重点任务\n（一）产业提升人才行动计划。实施如下重点项目：\n1.引进人才。（牵头单位：市发展改革委）\n2.培养人才。（牵头单位：市人力资源和社会保障局）\n');
    assert.deepStrictEqual(doc.measures.map((m) => m.heading?.marker), ['1.', '2.']);
  });
  it('F2/F3/F4/F6 corpus documents: most measures carry a clause', () => {
    for (const [file, min] of [['006_guowuyuan-zimaoqu-ruoganzuoshi-2018.txt', 50], ['009_guobanfa-tiyujingsai-zhidaoyijian-2018.txt', 16],
      ['005_guowuyuan-cujinjiuye-ruoganyijian-2018.txt', 10], ['011_guowuyuan-nongjihua-zhidaoyijian-2018.txt', 10]] as const) {
      const doc = parseDocument(corpusText(file));
      const withClause = doc.measures.filter((m) => m.clause || m.inherited).length;
      assert.ok(withClause >= min, `${file}: ${withClause} of ${doc.measures.length} measures have a clause`);
    }
  });
});

describe('model: amounts, citations, targets, placeholders', () => {
  it('normalises amounts to 元 with their kind', () => {
    const doc = parseDocument('按国家级、省级、市级分别给予最高1亿元、2000万元和800万元资金支持；单个项目最高补助额不超过500万元；每满一万人奖励一万元；给予最高不超过1000万的支持；給予3萬元-5萬元補助。');
    const got = doc.amounts.map((a) => [a.text, a.yuan, a.kind, a.missingYuan]);
    assert.deepStrictEqual(got, [
      ['1亿元', 1e8, 'tiered', false], ['2000万元', 2e7, 'tiered', false], ['800万元', 8e6, 'tiered', false],
      ['500万元', 5e6, 'cap', false], ['一万元', 1e4, 'fixed', false], ['1000万', 1e7, 'cap', true],
      ['3萬元-5萬元', 5e4, 'range', false],
    ]);
    assert.strictEqual(doc.amounts[6].minYuan, 3e4);
  });
  it('does not read 最高人民法院 or 5000万人 as money', () => {
    const doc = parseDocument('最高人民法院、最高人民检察院负责。服务5000万人口。');
    assert.strictEqual(doc.amounts.length, 0);
  });
  it('reads citations with their 发文字号, traditional script included (seeds/003)', () => {
    const doc = parseDocument(seed('003'));
    const cited = doc.citations.filter((c) => c.title && c.docNumber);
    assert.ok(cited.length >= 4, `${cited.length} cited with numbers`);
    const first = cited[0];
    // This copy carries pinyin glosses from a script converter, even inside the number.
    assert.strictEqual(doc.text.slice(first.docNumber!.range.start, first.docNumber!.range.end), '國發(fā)〔2017〕35號');
    assert.strictEqual(first.docNumber!.agency, '國發(fā)');
    assert.strictEqual(first.docNumber!.year, '2017');
  });
  it('reads a 发文字号 in prose with its agency, and wrong brackets', () => {
    const doc = parseDocument('根据国发〔2015〕40号文件精神，转发深交港货[2013]164号，见劳社厅函［2007］120号和国发【2019】5号。');
    assert.deepStrictEqual(doc.docNumbers.map((d) => [d.agency, d.openBracket, d.year, d.serial]), [
      ['国发', '〔', '2015', '40'], ['深交港货', '[', '2013', '164'], ['劳社厅函', '［', '2007', '120'], ['国发', '【', '2019', '5']]);
  });
  it('finds dated targets and whether they are quantified (seeds/004)', () => {
    const doc = parseDocument(seed('004'));
    const goal = doc.targets.filter((t) => t.inGoalSection);
    assert.ok(goal.some((t) => t.quantified && /10000亿元/.test(doc.text.slice(t.range.start, t.range.end))));
    assert.ok(goal.some((t) => !t.quantified && /一批/.test(doc.text.slice(t.range.start, t.range.end))));
    assert.ok(doc.targets.some((t) => t.year === 2022));
  });
  it('finds placeholders: 有 家, ××, （文号）, 〔 〕', () => {
    const doc = parseDocument('力争5年内有 家特色小镇获省级认定，达到××%，根据指导意见（文号），穗府〔 〕号。');
    assert.deepStrictEqual(doc.placeholders.map((p) => p.text), [' ', '××', '（文号）', '〔 〕']);
  });
});

describe('model: robustness', () => {
  it('empty, whitespace-only and odd Unicode texts parse', () => {
    for (const t of ['', ' \n\n', '\u0000\u0001', '😀一、\u2028（一）\r\n1.', '\uD800一、测试', 'a'.repeat(10000)]) {
      const doc = parseDocument(t);
      assert.strictEqual(doc.norm.length, t.length);
    }
  });
});

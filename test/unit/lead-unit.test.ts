/** lead-unit/ rules on the corpus (copies in test/fixtures/corpus), the clause quick fix, unit names and completion. */
import * as assert from 'assert';
import { corpus } from './corpus';
import { applyEdits, Finding, lintText, normalizeConfig, parseDocument, snippetToText } from '../../server/src/linter';
import { currentName, profileTable, unitCompletions, unitInfo } from '../../server/src/core/units';



const of = (findings: readonly Finding[], id: string) => findings.filter((f) => f.ruleId === id);
const MISSING = 'lead-unit/missing';

/** Insert a missing finding's clause with its default placeholder text. */
function insertClause(text: string, f: Finding): string {
  const e = f.fix!.edits[0];
  return applyEdits(text, [{ ...e, newText: snippetToText(e.newText) }]).text;
}

describe('lead-unit/missing on the corpus', () => {
  it('seeds/004: every one of the 13 tasks under 四、主要任务 and 20 measures under 五、政策措施 has a unit; no finding', () => {
    const r = lintText(corpus('seeds/004'));
    assert.deepStrictEqual(of(r.findings, MISSING), []);
    const bySection = new Map<string, number>();
    for (const m of r.doc.measures) {
      assert.ok(m.clause || m.inherited, m.text.slice(0, 40));
      const s = m.section?.title ?? '';
      bySection.set(s, (bySection.get(s) ?? 0) + 1);
    }
    assert.strictEqual(bySection.get('主要任务'), 13);
    assert.strictEqual(bySection.get('政策措施'), 20);
  });

  it('seeds/003 (traditional): the 18 tasks under 二、重点任务 are flagged, none of the five 保障措施 items (责任单位)', () => {
    const r = lintText(corpus('seeds/003'));
    const hits = of(r.findings, MISSING);
    assert.strictEqual(hits.length, 18);
    const measureOf = (f: Finding) => r.doc.measures.find((m) => m.range.start <= f.range.start && f.range.start < m.range.end)!;
    assert.ok(hits.every((f) => measureOf(f).section?.title === '重點任務'));
    const safeguards = r.doc.measures.filter((m) => m.section?.title === '保障措施');
    assert.strictEqual(safeguards.length, 5);
    assert.ok(safeguards.every((m) => m.clause?.label === '责任单位'));
  });

  // F2 029 (verb), F2′ 027 (square brackets), F3 004/005/011 (list + legend), F4 006 (负责部门), F6 008/010 (指导, 会同).
  for (const p of ['004_', '005_', '006_', '008_', '009_', '010_', '011_', '021_', '027_', '029_', '030_']) {
    it(`corpus ${p.slice(0, 3)}: no false missing`, () => {
      assert.deepStrictEqual(of(lintText(corpus(p)).findings, MISSING).map((f) => f.args?.item), []);
    });
  }

  const EVERYWHERE = 'lead-unit/missing-everywhere';
  it('corpus 020: a 若干意见 that assigns no lead unit anywhere gets one information note on its title, not 17 warnings', () => {
    const r = lintText(corpus('020_'));
    const hits = of(r.findings, MISSING);
    assert.strictEqual(r.doc.assignsLeads, false);
    assert.strictEqual(r.doc.measures.filter((m) => m.task).length, 17);
    assert.strictEqual(hits.length, 1);
    assert.strictEqual(hits[0].messageId, EVERYWHERE);
    assert.strictEqual(hits[0].severity, 'information');
    assert.deepStrictEqual(hits[0].range, r.doc.titleRange);
    assert.strictEqual(hits[0].fix, undefined);
  });

  it('corpus 020 with one clause added: the document now assigns lead units, so the other 16 measures are flagged', () => {
    const text = corpus('020_').replace('率先在临港地区开展建设领域行政审批专项改革试点。', '率先在临港地区开展建设领域行政审批专项改革试点。（牵头单位：临港地区管委会）');
    const r = lintText(text);
    assert.strictEqual(r.doc.assignsLeads, true);
    const hits = of(r.findings, MISSING);
    assert.strictEqual(hits.length, 16);
    assert.ok(hits.every((f) => f.messageId !== EVERYWHERE && f.severity === 'warning'));
  });

  // National 意见 and 方案 that issue the division of labour separately (019, 007: responsibilities in
  // prose; 007's one bracket 技工院校内由…负责 is a parenthetical inside a sentence, not a clause).
  for (const p of ['019_', '007_']) {
    it(`corpus ${p.slice(0, 3)}: no lead clause anywhere — one information note`, () => {
      const r = lintText(corpus(p));
      assert.strictEqual(r.doc.assignsLeads, false);
      assert.deepStrictEqual(of(r.findings, MISSING).map((f) => f.messageId), [EVERYWHERE]);
    });
  }

  it('corpus 003: 旅游目的地市场培育 holds tasks (目的地 is not 目的); the items of 申报及审核 are procedure', () => {
    const doc = parseDocument(corpus('003_'));
    const task = (start: string) => doc.measures.find((m) => m.text.startsWith(start))?.task;
    assert.strictEqual(task('12.鼓励社团组队'), true);
    assert.strictEqual(task('17.'), false);
    assert.strictEqual(task('18.'), false);
  });

  it('corpus 001, more/060, more/062, more/063: articles of a 办法 and the items inside them are provisions, not measures', () => {
    for (const p of ['001_', 'more/060_', 'more/062_', 'more/063_']) {
      const r = lintText(corpus(p));
      assert.ok(!r.doc.measures.some((m) => m.task && (m.heading?.style === 'article' || m.heading?.parent?.style === 'article')), p);
      assert.deepStrictEqual(of(r.findings, MISSING).filter((f) => f.messageId !== EVERYWHERE), [], p);
    }
  });

  it('more/054: award conditions and standards (奖励条件、标准) are not tasks', () => {
    const doc = parseDocument(corpus('more/054_'));
    assert.ok(doc.measures.filter((m) => m.section && /奖励条件/.test(m.section.title)).every((m) => !m.task));
  });

  it('more/042 (责任分工): the 主要预期目标 each carry a 牵头单位, so they are measures; one without is flagged', () => {
    const text = corpus('more/042_');
    const goals = parseDocument(text).measures.filter((m) => m.section && /预期目标/.test(m.section.title));
    assert.strictEqual(goals.length, 6);
    assert.ok(goals.every((m) => m.task && m.clause));
    const dropped = text.replace('地区生产总值增长6%。(牵头单位:县发展和改革局)', '地区生产总值增长6%。');
    const hits = of(lintText(dropped).findings, MISSING);
    assert.deepStrictEqual(hits.map((f) => String(f.args?.item).slice(0, 4)), ['1.地区']);
  });

  it('seeds/004: an 组织保障 item whose clause is removed is flagged (its siblings all name a lead)', () => {
    const text = corpus('seeds/004').replace('(牵头单位:市编办、商务委;配合单位:市发展改革委、工业和信息化委、科技创新委,各区政府)', '');
    assert.strictEqual(of(lintText(text).findings, MISSING).length, 1);
  });

  it('more/047 (a 重点工作清单 of no recognised kind): a removed 责任单位 clause is flagged', () => {
    const text = corpus('more/047_');
    const clause = /\(责任单位:襄阳都市圈发展协调机制办公室[^)]*\)/.exec(text)![0];
    assert.strictEqual(of(lintText(text).findings, MISSING).length, 0);
    assert.strictEqual(of(lintText(text.replace(clause, '')).findings, MISSING).length, 1);
  });

  it('a measure cut off by an elision note ([……], （略）) is not judged', () => {
    const head = '示例市数据要素行动方案（2024—2026年）\n二、重点任务\n（一）建设平台。建成平台10个。（牵头单位：市数据局）\n';
    for (const tail of ['[……]', '（略）', '[... excerpt ends here ...]']) {
      assert.strictEqual(of(lintText(head + '（二）培育企业。培育数据企业20家，以\n' + tail + '\n').findings, MISSING).length, 0, tail);
    }
  });

  it('the last item of a text whose clauses stand on their own line has not had its clause yet (more/041)', () => {
    const text = corpus('more/041_');
    assert.strictEqual(of(lintText(text).findings, MISSING).length, 0);
    assert.strictEqual(of(lintText(text + '\n8.新增项目。\n牵头单位:区发改局\n').findings, MISSING).length, 1);
  });
});

describe('lead-unit/missing: how far 下同 reaches', () => {
  const plan = (body: string) => lintText('示例市数据要素行动方案（2024—2026年）\n' + body);
  it('（牵头单位：A，下同）covers the following items of its section', () => {
    const r = plan('二、重点任务\n（一）建设平台。建成平台10个。（牵头单位：市数据局，下同）\n（二）培育企业。培育企业20家。\n（三）开放数据。开放数据集100个。\n');
    assert.strictEqual(of(r.findings, MISSING).length, 0);
  });
  it('… until a new clause names other units', () => {
    const r = plan('二、重点任务\n（一）建设平台。建成平台10个。（牵头单位：市数据局，下同）\n（二）培育企业。培育企业20家。（牵头单位：市工信局）\n（三）开放数据。开放数据集100个。\n');
    assert.deepStrictEqual(of(r.findings, MISSING).map((f) => String(f.args?.item).slice(0, 3)), ['（三）']);
  });
  it('… and not into the next top-level section', () => {
    const r = plan('二、重点任务\n（一）建设平台。建成平台10个。（牵头单位：市数据局，下同）\n（二）培育企业。培育企业20家。\n三、保障措施\n（一）加强资金保障。统筹安排资金。\n');
    assert.deepStrictEqual(of(r.findings, MISSING).map((f) => String(f.args?.item).slice(0, 7)), ['（一）加强资金']);
  });
  it('以下均…不再列出 speaks for the rest of the document', () => {
    const r = plan('二、重点任务\n（一）建设平台。建成平台10个。（市数据局指导，各区政府负责落实。以下均需各区政府落实，不再列出）\n三、保障措施\n（一）加强资金保障。统筹安排资金。\n');
    assert.strictEqual(of(r.findings, MISSING).length, 0);
  });
});

describe('lead-unit/missing while typing', () => {
  const head = '示例市数据要素行动方案（2024—2026年）\n二、重点任务\n（一）建设平台。建成平台10个。（牵头单位：市数据局；配合单位：市财政局）\n';
  const count = (t: string) => of(lintText(t).findings, MISSING).length;
  it('an unfinished sentence is not judged; a finished one is', () => {
    assert.strictEqual(count(head + '（二）培育企业。培育数据企业'), 0);
    assert.strictEqual(count(head + '（二）培育企业。培育数据企业20家。'), 1);
  });
  it('a clause being typed (bracket still open) is not judged', () => {
    assert.strictEqual(count(head + '（二）培育企业。培育数据企业20家。（'), 0);
    assert.strictEqual(count(head + '（二）培育企业。培育数据企业20家。（牵头单位：市'), 0);
    assert.strictEqual(count(head + '（二）培育企业。培育数据企业20家。（牵头单位：市数据局）'), 0);
  });
  it('a bracket closed inside the sentence does not hide a missing clause', () => {
    assert.strictEqual(count(head + '（二）培育企业。培育数据企业（含平台企业）20家。'), 1);
  });
  it('a clause broken over two lines still counts (corpus 027 form)', () => {
    assert.strictEqual(count(head + '（二）培育企业。培育数据企业20家。[市数据局牵头,会同市经信委、市\n发改委负责]\n'), 0);
    // A wrapped ordinary parenthesis is not a clause.
    assert.strictEqual(count(head + '（二）培育企业。培育数据企业（含\n平台企业）20家。\n'), 1);
  });
});

describe('lead-unit/missing quick fix: a clause in the document\'s own style', () => {
  /** Remove the lead clause of the measure that starts with `start`, lint, and return the snippet offered there. */
  function snippetAfterRemoving(text: string, clause: string): { snippet: string; text: string; finding: Finding } {
    assert.ok(text.includes(clause), clause);
    const t = text.replace(clause, '');
    const hits = of(lintText(t).findings, MISSING);
    assert.strictEqual(hits.length, 1);
    return { snippet: hits[0].fix!.edits[0].newText, text: t, finding: hits[0] };
  }
  const cases: [string, string, RegExp][] = [
    // F1 labelled with a comma separator (corpus 021).
    ['021_', '（牵头单位：市委组织部，配合单位：市国资委）', /^（牵头单位：\$\{1\|××,[^|}]+\|\}，配合单位：\$\{2:××\}）$/],
    // F3 national style: （A负责） (corpus 009).
    ['009_', '（体育总局、北京冬奥组委负责）', /^（\$\{1\|××,体育总局\|\}负责）$/],
    // F2 half-width verb form (corpus 029, a web copy).
    ['029_', '(区国土分局牵头,区规划分局、区级相关部门配合)', /^\(\$\{1\|××,[^|}]+\|\}牵头,\$\{2:××\}配合\)$/],
    // F4 负责部门 (corpus 006).
    ['006_', '（负责部门：知识产权局）', /^（负责部门：\$\{1\|××,[^|}]+\|\}）$/],
    // F5 the label on a line of its own after a blank line (corpus 030).
    ['030_', '\n\n牵头单位:区经信局\n', /^\n\n牵头单位:\$\{1\|××,区经信局\|\}$/],
  ];
  for (const [p, clause, shape] of cases) {
    it(`corpus ${p.slice(0, 3)}: ${JSON.stringify(clause.trim())} removed → the fix re-inserts that style, and the finding is gone`, () => {
      const text = corpus(p);
      // Keep the F5 case's surroundings: remove the first clause line only.
      const { snippet, text: t, finding } = snippetAfterRemoving(text, clause);
      assert.match(snippet, shape);
      // As a client without snippets inserts it: blanks (××) that text/placeholder reports, no unit the drafter did not choose.
      const fixed = insertClause(t, finding);
      const again = lintText(fixed);
      assert.deepStrictEqual(of(again.findings, MISSING), []);
      const at = finding.fix!.edits[0].start;
      const inserted = snippetToText(finding.fix!.edits[0].newText);
      assert.ok(!/配合单位[:：]配合单位|牵头单位[:：]牵头单位/.test(inserted), inserted);
      const blanks = of(again.findings, 'text/placeholder').filter((f) => f.range.start >= at && f.range.end <= at + inserted.length);
      assert.strictEqual(blanks.length, (inserted.match(/××/g) ?? []).length);
      assert.ok(blanks.length >= 1 && blanks.every((f) => fixed.slice(f.range.start, f.range.end) === '××'));
    });
  }
  it('seeds/003 (traditional, half-width): the snippet is （責任單位:…） as the 保障措施 items write it, and fixes every task', () => {
    const text = corpus('seeds/003');
    const hits = of(lintText(text).findings, MISSING);
    assert.match(hits[0].fix!.edits[0].newText, /^\(責任單位:\$\{1\|××,市工業和信息化局\|\}\)$/);
    assert.ok(hits[0].fix!.snippet);
    for (const f of hits.slice(0, 3)) assert.strictEqual(of(lintText(insertClause(text, f)).findings, MISSING).length, hits.length - 1);
  });
  it('the inserted clause follows the document\'s one labelled clause (牵头单位：…；配合单位：…)', () => {
    // One clause in 020 makes it assign lead units; the inserted snippet follows that clause's form.
    const text = corpus('020_').replace('率先在临港地区开展建设领域行政审批专项改革试点。', '率先在临港地区开展建设领域行政审批专项改革试点。（牵头单位：临港地区管委会；配合单位：浦东新区政府）');
    const hits = of(lintText(text).findings, MISSING);
    assert.strictEqual(hits[0].fix!.edits[0].newText, '（牵头单位：${1|××,临港地区管委会|}；配合单位：${2:××}）');
    // Inserted as plain text and linted again: both blanks are text/placeholder findings, the measure has its clause.
    const again = lintText(insertClause(text, hits[0]));
    assert.strictEqual(of(again.findings, MISSING).length, hits.length - 1);
    const at = hits[0].fix!.edits[0].start;
    assert.strictEqual(of(again.findings, 'text/placeholder').filter((f) => f.range.start >= at && f.range.start < at + 20).length, 2);
  });
});

describe('lead-unit/inconsistent-format: clause forms', () => {
  it('a labelled clause in a document of （A负责） clauses is rewritten in that form', () => {
    const text = corpus('009_').replace('（体育总局、北京冬奥组委负责）', '（牵头单位：体育总局；配合单位：北京冬奥组委）');
    const hits = of(lintText(text).findings, 'lead-unit/inconsistent-format');
    assert.strictEqual(hits.length, 1);
    assert.strictEqual(hits[0].fix!.edits[0].newText, '（体育总局牵头，北京冬奥组委配合）');
    const fixed = applyEdits(text, hits[0].fix!.edits).text;
    assert.deepStrictEqual(of(lintText(fixed).findings, 'lead-unit/inconsistent-format'), []);
  });
  it('a clause with a legend or a scope is flagged but not rewritten', () => {
    const text = corpus('021_').replace('（牵头单位：市委组织部，配合单位：市国资委）', '（市委组织部、市国资委负责，列第一位者为牵头单位）');
    const hits = of(lintText(text).findings, 'lead-unit/inconsistent-format');
    assert.strictEqual(hits.length, 1);
    assert.strictEqual(hits[0].fix, undefined);
  });
});

describe('lead-unit: unit names', () => {
  it('aliases share a key; 和 in 人力资源和社会保障局 is optional', () => {
    assert.strictEqual(unitInfo('国家发改委').key, unitInfo('发展改革委').key);
    assert.strictEqual(unitInfo('市人力资源和社会保障局').key, unitInfo('市人力资源社会保障局').key);
    assert.notStrictEqual(unitInfo('市财政局').key, unitInfo('市税务局').key);
  });
  it('a city\'s own table applies to its 市… names (广州 2019: 市科技创新委 → 市科学技术局)', () => {
    const gz = unitInfo('市科技创新委', { city: '广州' });
    assert.strictEqual(gz.canonical, '市科学技术局');
    assert.strictEqual(gz.outdatedSince, 2019);
    assert.strictEqual(unitInfo('市科技创新委').outdatedSince, undefined, 'elsewhere the name is not judged');
  });
  it('renames are followed to the name current in the document\'s year', () => {
    assert.strictEqual(currentName(unitInfo('银监会'), 2019), '银保监会');
    assert.strictEqual(currentName(unitInfo('银监会'), 2024), '金融监管总局');
  });
  it('settings add units, aliases and retired names ("正式名称|别名|旧名@年份")', () => {
    const table = profileTable(['市数据局|市大数据局@2023|市数据管理局']);
    assert.strictEqual(unitInfo('市大数据局', { extra: table }).outdatedSince, 2023);
    assert.strictEqual(unitInfo('市数据管理局', { extra: table }).key, unitInfo('市数据局', { extra: table }).key);
    const text = '示例市数据行动方案（2024—2026年）\n二、重点任务\n（一）建设平台。建成平台10个。（牵头单位：市大数据局；配合单位：市财政局）\n';
    const { config } = normalizeConfig({ profile: { units: ['市数据局|市大数据局@2023'] } });
    const hits = of(lintText(text, config).findings, 'lead-unit/inconsistent-name');
    assert.strictEqual(hits.length, 1);
    assert.strictEqual(hits[0].fix!.edits[0].newText, '市数据局');
    assert.deepStrictEqual(of(lintText(text).findings, 'lead-unit/inconsistent-name'), [], 'without the setting the name is unknown');
  });
  it('a 由 inside the clause starts the unit (corpus 007); 自由 is part of a name', () => {
    const doc = parseDocument(corpus('007_'));
    const c = doc.leadClauses.find((x) => doc.text.slice(x.range.start, x.range.end).includes('技工院校'))!;
    assert.deepStrictEqual(c.lead.map((u) => u.name), ['人力资源社会保障行政部门']);
    const d2 = parseDocument('二、重点任务\n（一）建设平台。建成平台10个。（自由贸易试验区管委会负责）\n');
    assert.deepStrictEqual(d2.leadClauses[0].lead.map((u) => u.name), ['自由贸易试验区管委会']);
  });
});

describe('lead-unit: completion of unit names', () => {
  it('the document\'s units first (most used first), then settings, then the table; filtered by prefix', () => {
    const doc = parseDocument(corpus('021_'));
    const all = unitCompletions(doc, '', ['市数据局|市大数据局@2023']);
    const used = new Set(doc.leadClauses.flatMap((c) => [...c.lead, ...c.partners].map((u) => u.name)));
    const firstUnknown = all.findIndex((n) => !used.has(n));
    assert.ok(firstUnknown >= 5 && all.slice(0, firstUnknown).every((n) => used.has(n)));
    assert.ok(all.indexOf('市发展改革委') < firstUnknown);
    assert.strictEqual(all[firstUnknown], '市数据局', 'the setting follows the document\'s own names');
    assert.ok(all.includes('市财政局') && all.includes('财政部'));
    assert.ok(unitCompletions(doc, '市人力').every((n) => n.startsWith('市人力')));
    assert.ok(unitCompletions(doc, '市人力').length >= 1);
  });
  it('offers no junk: not the name being typed, not half-typed names, not brackets or punctuation', () => {
    const text = [
      '示例市促进产业发展行动计划', '一、重点任务',
      '（一）建设平台。（牵头单位：市发展改革委、示例市数字产业促进中心；配合单位：市财政局）',
      '（二）培育企业。（牵头单位：示例市数字产；配合单位：市财政局）',
      '（三）优化服务。（牵头单位：）；配合单位：市财政局）',
      '（四）强化保障。（牵头单位：示例市数字产业促进中心；配合单位：市',
    ].join('\n');
    const doc = parseDocument(text);
    const typing = text.length;
    const all = unitCompletions(doc, '', [], typing);
    assert.ok(all.includes('示例市数字产业促进中心') && all.includes('市发展改革委') && all.includes('市财政局'), all.slice(0, 8).join(' '));
    assert.ok(!all.includes('示例市数字产'), 'half-typed name used once, the beginning of another');
    assert.ok(all.every((n) => !/^[）)、；;，,]|[（(]$/.test(n) && n.length >= 2), all.filter((n) => n.length < 2 || /[）)]/.test(n)).join(' '));
    assert.ok(!all.includes('市'), 'the name being typed');
  });
});

/**
 * Kind detection (PolicyDocument.kind) on real documents: every corpus document gets the kind a reader
 * gives it, and the title survives what web copies do to it (《》 around it, spaces, pinyin glosses, page
 * chrome before it, a title only in the page's metadata, no title line at all).
 */
import * as assert from 'assert';
import { readdirSync } from 'fs';
import * as path from 'path';
import { lintText, looksLikePolicy, parseDocument } from '../../server/src/linter';
import { corpus, CORPUS, corpusText } from './corpus';

const kindOf = (text: string) => { const d = parseDocument(text); return d.kind + (d.innerKind ? '/' + d.innerKind : ''); };

describe('kind: the corpus, as a reader names each document', () => {
  // The reader's kind (test/fixtures/corpus INDEX.md, more/INDEX.md), in the checker's terms. 002 has no title
  // and calls itself 本政策 (…自发布之日起施行): measures (the reader, who knows the later 001, says 实施意见).
  const expected: Record<string, string> = {
    '001': 'opinion', '002': 'measures', '003': 'opinion', '004': 'opinion', '005': 'opinion', '006': 'notice/measures',
    '007': 'notice/action-plan', '008': 'notice/action-plan', '009': 'opinion', '010': 'notice', '011': 'opinion',
    '012': 'reply', '013': 'reply', '014': 'reply', '015': 'reply', '016': 'reply', '017': 'reply', '018': 'notice',
    '019': 'opinion', '020': 'opinion', '021': 'opinion', '022': 'notice', '023': 'notice', '024': 'reply', '025': 'measures',
    '026': 'opinion', '027': 'opinion', '028': 'notice/action-plan', '029': 'measures', '030': 'measures', '031': 'measures',
    '032': 'notice/action-plan', '033': 'notice/action-plan', '034': 'notice/action-plan', '035': 'notice', '036': 'drafting-note',
    '037': 'notice/action-plan', '038': 'notice/action-plan', '039': 'notice/measures', '040': 'measures', '041': 'notice/work-list',
    '042': 'notice/work-list', '043': 'notice/work-list', '044': 'interpretation', '045': 'notice/action-plan', '046': 'opinion',
    '047': 'work-list', '048': 'reply', '049': 'reply', '050': 'reply', '051': 'reply', '052': 'opinion', '053': 'drafting-note',
    '054': 'measures', '055': 'opinion', '056': 'notice/work-list', '057': 'work-list', '058': 'notice/action-plan', '059': 'notice/measures',
    '060': 'measures', '061': 'notice/measures', '062': 'measures', '063': 'measures', '064': 'unknown', '065': 'measures',
    '066': 'opinion', '067': 'notice/opinion', '068': 'notice',
  };
  const files = [
    ...readdirSync(CORPUS).filter((f) => /^\d{3}_.*\.txt$/.test(f)),
    ...readdirSync(path.join(CORPUS, 'more')).filter((f) => /^\d{3}_.*\.txt$/.test(f)).map((f) => path.join('more', f)),
  ];
  it('covers the 68 documents', () => assert.strictEqual(files.length, 68));
  for (const f of files) {
    const id = path.basename(f).slice(0, 3);
    it(`${id} is ${expected[id]}`, () => assert.strictEqual(kindOf(corpusText(f)), expected[id]));
  }
});

describe('kind: the title through web-copy artefacts', () => {
  // Corpus 007, 国发〔2019〕4号: the notice that issues the 国家职业教育改革实施方案.
  const text = corpus('007_');
  const [title, rest] = (() => {
    const lines = text.split('\n');
    return [lines[0] + lines[1], lines.slice(2).join('\n')];
  })();
  it('reads the title as it stands (two lines)', () => assert.strictEqual(kindOf(text), 'notice/action-plan'));
  const variants: [string, string][] = [
    ['wrapped in 《》', `《${title}》\n${rest}`],
    ['spaced out by the page', `${title.replace('职业教育', '职业教育 ')}\n${rest}`],
    ['with a pinyin gloss', `${title.replace('实施方案', '实施方(fāng)案')}\n${rest}`],
    ['after a 来源/发布时间 line', `来源：国务院\u3000发布时间：2019-02-13 16:30\n${title}\n${rest}`],
    ['after 原标题：', `原标题：${title}\n${rest}`],
  ];
  for (const [what, t] of variants) {
    it(`the title ${what}`, () => assert.strictEqual(kindOf(t), 'notice/action-plan'));
  }
  it('a 来源/发布时间 line is not joined to the title', () => {
    assert.strictEqual(parseDocument(`来源：国务院\u3000发布时间：2019-02-13 16:30\n${title}\n${rest}`).title, title);
  });
  it('a title in 《》 over two lines is the title, not a citation (corpus 006)', () => {
    const [a, b, ...more] = corpus('006_').split('\n');
    const doc = parseDocument([`《${a}`, `${b}》`, ...more].join('\n'));
    assert.strictEqual(doc.kind + '/' + doc.innerKind, 'notice/measures');
    assert.strictEqual(doc.title, a.trim() + b.trim());
  });
  it('a title in 《》 holding a 《》 of its own is the title (more/059: 《国务院办公厅印发《…》的通知》)', () => {
    const [a, ...more] = corpus('more/059_').split('\n');
    const doc = parseDocument([`《${a.trim()}》`, ...more].join('\n'));
    assert.strictEqual(doc.kind + '/' + doc.innerKind, 'notice/measures');
    assert.strictEqual(doc.title, a.trim());
  });
  it('a text of one line in 《》 stays a citation', () => {
    assert.strictEqual(parseDocument('《国务院关于支持自由贸易试验区\n深化改革创新若干措施的通知》').title, undefined);
  });
  it('a title only in the page metadata (corpus 035: | 标 题: …的通知 |)', () => {
    const doc = parseDocument(corpus('035_'));
    assert.strictEqual(doc.kind, 'notice');
    assert.strictEqual(doc.title, undefined);
  });
});

describe('kind: no title line, the body tells', () => {
  const dropTitle = (t: string, n: number) => t.split('\n').slice(n).join('\n');
  it('现将《…》印发给你们 → an 印发 notice of what it issues (corpus 007 without its title)', () => {
    assert.strictEqual(kindOf(dropTitle(corpus('007_'), 2)), 'notice/action-plan');
  });
  it('现将《…责任分解方案》印發給你們 → a notice issuing a work list (more/056)', () => {
    assert.strictEqual(kindOf(corpus('more/056_')), 'notice/work-list');
  });
  it('…收悉，现答复如下 → a reply (corpus 014 without its title and number)', () => {
    assert.strictEqual(kindOf(dropTitle(corpus('014_'), 3)), 'reply');
  });
  it('答复如下 without 收悉 → a reply', () => {
    assert.strictEqual(kindOf('张三代表：\n您提出的关于加快农村公路建设的建议，现答复如下：\n一、基本情况\n我局高度重视。\n'), 'reply');
  });
  it('现将有关事项通知如下 → a notice (corpus 006 without its title)', () => {
    assert.strictEqual(parseDocument(dropTitle(corpus('006_'), 2)).kind, 'notice');
  });
  it('现将有关情况函复如下 → a reply (corpus 017 without its title)', () => {
    assert.strictEqual(kindOf(dropTitle(corpus('017_'), 3)), 'reply');
  });
  it('一、起草背景 二、起草过程 → a drafting note (seeds/002 without its title)', () => {
    assert.strictEqual(kindOf(dropTitle(corpus('seeds/002'), 3)), 'drafting-note');
  });
  it('第一条 … 第X条 → measures (more/062 without its title and 公布 line)', () => {
    assert.strictEqual(kindOf(dropTitle(corpus('more/062_'), 2)), 'measures');
  });
  it('一、 … 1. items with 责任单位 → a plan (more/047 without its title)', () => {
    assert.strictEqual(kindOf(dropTitle(corpus('more/047_'), 2)), 'action-plan');
  });
  it('制定…的若干政策 in the opening → measures (more/065)', () => assert.strictEqual(kindOf(corpus('more/065_')), 'measures'));
  it('现将《…（征求意见稿）》…公布，征求社会各界意见 → a notice (more/068)', () => assert.strictEqual(kindOf(corpus('more/068_')), 'notice'));
  it('a 修订说明 (主要修订内容有以下方面) → a drafting note (more/053)', () => assert.strictEqual(kindOf(corpus('more/053_')), 'drafting-note'));
  it('…制定有关政策措施 in an article further down is no announcement (白城市文明行为促进条例, .docx)', () => {
    const text = '白城市文明行为促进条例\n第一章　总　则\n第一条　为了培育和践行社会主义核心价值观，引导和促进文明行为，提升公民文明素质与城乡文明水平，根据有关法律法规，结合本市实际，制定本条例。\n'
      + '第五条　市、县（市、区）人民政府应当将文明行为促进工作纳入国民经济和社会发展规划，明确工作目标、任务和要求，制定有关政策措施，并予以经费保障。\n';
    assert.strictEqual(kindOf(text), 'unknown');
  });
  it('lead clauses in one 一、 section only (a 保障措施 fragment) make no plan', () => {
    const text = '一、其他部分\n二、其他部分\n三、保障措施\n（一）加强组织领导。建立工作推进机制。（牵头单位：市发展改革委）\n（二）强化资金保障。统筹用好市级专项资金。（牵头单位：市财政局）\n';
    assert.strictEqual(kindOf(text), 'unknown');
  });
  it('one-level items without lead units stay unknown', () => {
    assert.strictEqual(kindOf('一、基本情况\n今年以来，全市经济平稳运行。\n二、存在问题\n投资增长乏力。\n'), 'unknown');
  });
});

describe('kind: 工作要点, 工作清单, 解读, 征求意见', () => {
  it('…工作要点 and …重点工作清单 are work lists (more/057, more/047)', () => {
    assert.strictEqual(kindOf(corpus('more/057_')), 'work-list');
    assert.strictEqual(kindOf(corpus('more/047_')), 'work-list');
  });
  it('an 印发 notice of a 任务分解和责任分工方案 carries a work list (more/041, more/043)', () => {
    assert.strictEqual(kindOf(corpus('more/041_')), 'notice/work-list');
    assert.strictEqual(kindOf(corpus('more/043_')), 'notice/work-list');
  });
  it('a 政策解读 is an interpretation, not a drafting note, though it has 起草背景 (more/044)', () => {
    assert.strictEqual(kindOf(corpus('more/044_')), 'interpretation');
  });
  it('《…》公开征求意见 is no 意见: the consultation carries a drafting note (corpus 036)', () => {
    assert.strictEqual(kindOf(corpus('036_')), 'drafting-note');
  });
  it('关于公开征求《…行动计划（征求意见稿）》意见的公告 carries the plan (corpus 034)', () => {
    assert.strictEqual(kindOf(corpus('034_')), 'notice/action-plan');
  });
  it('若干政策举措 are measures (more/039)', () => assert.strictEqual(kindOf(corpus('more/039_')), 'notice/measures'));
  it('a department 工作要点 without lead units is not told it has none (more/057)', () => {
    assert.deepStrictEqual(lintText(corpus('more/057_')).findings.filter((f) => f.ruleId === 'lead-unit/missing'), []);
  });
});

describe('kind: unknown kind, kind-independent rules still run', () => {
  // A text that names no kind (no title, no formula, no lead clauses): an excerpt of more/057's 重点工作 part.
  const text = '（一）做好工业发展总体规划谋篇布局\n统筹推进新型工业化，落实《武汉市推进新型工业化实施方案,推进各成员单位协同发力。\n';
  it('the kind is unknown', () => assert.strictEqual(parseDocument(text).kind, 'unknown'));
  it('citation, punctuation and other rules report on it', () => {
    const ids = new Set(lintText(text).findings.map((f) => f.ruleId));
    assert.ok(ids.has('citation/unbalanced'), [...ids].join(' '));
    assert.ok(ids.has('text/half-width'), [...ids].join(' '));
  });
  it('kind-specific rules do not', () => {
    const ids = lintText(text).findings.map((f) => f.ruleId);
    assert.ok(!ids.some((r) => r.startsWith('reply/') || r === 'structure/missing-section' || r === 'lead-unit/missing'), ids.join(' '));
  });
  it('an unknown text with numbered sections is still checked in the editor (check: auto)', () => {
    assert.ok(looksLikePolicy(parseDocument('一、基本情况\n今年以来，全市经济平稳运行,投资增长。\n二、存在问题\n投资增长乏力。\n')));
  });
});

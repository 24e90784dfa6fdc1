/** The quick fix shared by target/unquantified and target/section-empty: a template target. */
import type { PolicyDocument } from '../../core/model';
import { toDocumentScript } from '../../core/normalize';
import type { Fix } from '../../core/contract';

/** Insert "到${年份}年，${指标}达到${数值}${单位}。" at `offset` (after a sentence or section title). */
export function targetTemplateFix(doc: PolicyDocument, offset: number, year: number | undefined): Fix {
  const t = (s: string) => toDocumentScript(s, doc.traditional);
  const comma = doc.halfWidthPunctuation ? ',' : '，';
  const newText = `${t('到')}\${1:${year ?? t('年份')}}${t('年')}${comma}\${2:${t('指标')}}${t('达到')}\${3:${t('数值')}}\${4:${t('单位')}}${t('。')}`;
  return { titleId: 'fix/target-template', edits: [{ start: offset, end: offset, newText }], snippet: true };
}

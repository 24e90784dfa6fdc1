/**
 * Entry of dist/office-exceljs.js: the exceljs package as a bundle of its own (see office/load.ts), with
 * the one fix of it that the workbooks need, applied to the same copy of exceljs that writes them.
 */
import * as ExcelJS from 'exceljs';

/**
 * exceljs 4.4 writes a font's children in an order of its own — the workbook's default font comes out as
 * color, family, scheme, sz, name — and the Open XML schema, which Word and Excel's validator apply, wants
 * them in its sequence (CT_Font: b i strike condense extend outline shadow u vertAlign sz color name family
 * charset scheme; a rich-text run's CT_RPrElt: rFont charset family b i strike outline shadow condense extend
 * color sz u vertAlign scheme). Excel and LibreOffice read either; the validator (test/unit/export-schema.test.ts)
 * reports the first. So the font writer renders the children in the schema's order; should a later exceljs
 * know a child not listed here, its own order is kept.
 */
interface FontXformLike {
  options: { tagName: string };
  map: Record<string, { prop: string; xform: { render(stream: unknown, value: unknown): void } }>;
  render(stream: { openNode(tag: string): void; closeNode(): void }, model: Record<string, unknown>): void;
}
const FONT_ORDER: Record<string, readonly string[]> = {
  font: ['b', 'i', 'strike', 'condense', 'extend', 'outline', 'shadow', 'u', 'vertAlign', 'sz', 'color', 'name', 'family', 'charset', 'scheme'],
  rPr: ['rFont', 'charset', 'family', 'b', 'i', 'strike', 'outline', 'shadow', 'condense', 'extend', 'color', 'sz', 'u', 'vertAlign', 'scheme'],
};
// eslint-disable-next-line @typescript-eslint/no-require-imports
const FontXform = require('exceljs/lib/xlsx/xform/style/font-xform') as { prototype: FontXformLike };
const exceljsRender = FontXform.prototype.render;
FontXform.prototype.render = function (this: FontXformLike, stream, model) {
  const order = FONT_ORDER[this.options.tagName];
  if (!order || !Object.keys(this.map).every((tag) => order.includes(tag))) return exceljsRender.call(this, stream, model);
  stream.openNode(this.options.tagName);
  for (const tag of order) {
    const child = this.map[tag];
    if (child) child.xform.render(stream, model[child.prop]);
  }
  stream.closeNode();
};

export = ExcelJS;

/** The text/ rules. Adding a rule = its file here, one line below, fixtures, a doc page. */
import type { Rule } from '../../core/contract';
import placeholder from './placeholder';
import ocrDebris from './ocr-debris';
import halfWidth from './half-width';
import fullWidthDigit from './full-width-digit';
import attachment from './attachment';
import nestedBracket from './nested-bracket';
import confusable from './confusable';
import nestedQuote from './nested-quote';
import sessionName from './session-name';
import repeatedVerb from './repeated-verb';
import listDunhao from './list-dunhao';

export const rules: Rule[] = [placeholder, ocrDebris, halfWidth, fullWidthDigit, attachment, nestedBracket, confusable, nestedQuote, sessionName, repeatedVerb, listDunhao];

/** The structure/ rules. Adding a rule = its file here, one line below, fixtures, a doc page. */
import type { Rule } from '../../core/contract';
import missingSection from './missing-section';
import headingSequence from './heading-sequence';
import headingLevel from './heading-level';
import validity from './validity';
import title from './title';
import genre from './genre';
import signature from './signature';
import articleEnd from './article-end';
import headingEnd from './heading-end';
import paragraphEnd from './paragraph-end';
import selfName from './self-name';

export const rules: Rule[] = [missingSection, headingSequence, headingLevel, validity, title, genre, signature, articleEnd, headingEnd, paragraphEnd, selfName];

import { TEXT_FIELDS } from '../content-under-review';
import { isBlank } from '../text/text-folding';
import { QualityRule } from './quality-rule';

/** `empty_field`: a required field that is empty or whitespace only cannot be published. */
export const emptyFieldRule: QualityRule = ({ input }) =>
  TEXT_FIELDS.filter((field) => isBlank(input.content[field])).map((field) => ({
    rule: 'empty_field',
    severity: 'critical',
    field,
    message: `${field} is empty.`,
    suggestion: `Generate ${field} again; it is required.`,
  }));

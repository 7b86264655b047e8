import { QualityRule } from './quality-rule';
import { checkLength } from './length-limit';

/** `meta_description_length`: the snippet shown under the search result. */
export const metaDescriptionLengthRule: QualityRule = ({ input, profile }) =>
  checkLength(
    'meta_description_length',
    'meta_description',
    'Meta description',
    input.content.meta_description,
    profile.metaDescriptionLength,
    profile,
  );

import { LanguageCode, LocalizedContent } from '../content-under-review';
import { assessContentQuality } from '../quality-gate';
import { contentFixture } from './content.fixture';

/** True when the gate reports `llm_artifact` on the fixture listing with `overrides` in `language`. */
export const artifactIn = (
  language: LanguageCode,
  overrides: Partial<LocalizedContent>,
  source?: Parameters<typeof contentFixture>[2],
): boolean =>
  assessContentQuality(contentFixture(language, overrides, source)).issues.some(
    (issue) => issue.rule === 'llm_artifact',
  );

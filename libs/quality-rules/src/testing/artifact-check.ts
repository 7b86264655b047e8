import { LanguageCode, LocalizedContent } from '../content-under-review';
import { assessContentQuality } from '../quality-gate';
import { contentFixture } from './content.fixture';

/** True when the gate reports `llm_artifact` on the fixture listing with `overrides` in `language`. */
export const artifactIn = (language: LanguageCode, overrides: Partial<LocalizedContent>): boolean =>
  assessContentQuality(contentFixture(language, overrides)).issues.some(
    (issue) => issue.rule === 'llm_artifact',
  );

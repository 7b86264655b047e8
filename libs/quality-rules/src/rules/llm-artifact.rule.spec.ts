import { assessContentQuality } from '../quality-gate';
import { contentFixture } from '../testing/content.fixture';

const artifact = (marketing_copy_b: string) =>
  assessContentQuality(contentFixture('en', { marketing_copy_b })).issues.some(
    (issue) => issue.rule === 'llm_artifact',
  );

describe('llm_artifact', () => {
  it.each([
    'Here is the translation:\n\nDiscover power that sticks with you.',
    'Sure! Here’s the localized copy: Discover power that sticks.',
    'As an AI language model, I cannot verify specs. Discover it.',
    'Translation: Discover power that sticks with you.',
    '```json\n{"marketing_copy_b": "Discover it."}\n```',
    '<p>Discover power that sticks with you.</p>',
    '**Copy B:** Discover power that sticks with you.',
    'Discover power that sticks with you.\n\nI hope this helps!',
  ])('flags %j', (text) => {
    expect(artifact(text)).toBe(true);
  });

  it('ignores ordinary words that contain chatter strings', () => {
    expect(artifact('There is a shade for everyone. Discover yours today.')).toBe(false);
  });
});

import { edgeSegments, leadingLabel } from './field-segments';

const places = (text: string) => edgeSegments(text).map((s) => [s.place, s.text]);

describe('field segments', () => {
  it.each([
    ['titre seo : veste softshell', 'titre seo'],
    ['**seo title:** running tee', 'seo title'],
    ['h1 → running tee', 'h1'],
    ['title » running tee', 'title'],
    ['メタ ― 毎日使える', 'メタ'],
    ['[seo title] running tee', 'seo title'],
    ['emotional version —\nsome things make the day lighter.', 'emotional version'],
    ['"title": running tee', 'title'],
  ])('reads the label %j opens with', (text, label) => {
    expect(leadingLabel(text)?.text).toBe(label);
  });

  it('notes when a label stands before a number (a spec, not a label: `Output: 65 W`)', () => {
    expect(leadingLabel('output: 65 w usb-c charger')?.shape.beforeNumber).toBe(true);
    expect(leadingLabel('output: the truck is fast')?.shape.beforeNumber).toBe(false);
  });

  it('finds no label in copy whose first words run on', () => {
    expect(leadingLabel('the kazu rice cooker makes rice in 30 minutes.')).toBeUndefined();
  });

  it('reads the first line, the last paragraph and a closing aside with how they are set off', () => {
    const segments = edgeSegments(
      'sure! here it is:\n\nthe kettle boils in 3 minutes.\n\n(units kept as in the source.)',
    );
    const first = segments.find((s) => s.place === 'first line');
    const last = segments.find((s) => s.place === 'last paragraph');
    const aside = segments.find((s) => s.place === 'aside');
    expect(first).toMatchObject({ text: 'sure! here it is:', shape: { ownLine: true, colonEnd: true } });
    expect(last).toMatchObject({ shape: { ownLine: true } });
    expect(aside).toMatchObject({ text: 'units kept as in the source.', shape: { bracketed: true } });
  });

  it('reads the last sentence and the words after a closing dash', () => {
    expect(places('a fine kettle. it boils fast. let me know which version you prefer!')).toContainEqual([
      'last sentence',
      'let me know which version you prefer!',
    ]);
    expect(places('free cover this week – shop now')).toContainEqual(['after a dash', 'shop now']);
  });
});

import { planExperimentArms } from './experiment-plan';

describe('planExperimentArms', () => {
  it('makes the first arm the control and labels arms A, B, …', () => {
    expect(
      planExperimentArms([
        { versionId: 'v1', weight: 70 },
        { versionId: 'v2', weight: 30, label: 'human' },
      ]),
    ).toEqual({
      ok: true,
      arms: [
        { position: 0, label: 'A', versionId: 'v1', weight: 70, isControl: true },
        { position: 1, label: 'human', versionId: 'v2', weight: 30, isControl: false },
      ],
    });
  });

  it('refuses one arm, a repeated version, a zero weight and repeated labels', () => {
    expect(planExperimentArms([{ versionId: 'v1', weight: 1 }])).toMatchObject({
      ok: false,
      problem: expect.stringContaining('2 to 10'),
    });
    expect(
      planExperimentArms([
        { versionId: 'v1', weight: 1 },
        { versionId: 'v1', weight: 1 },
      ]),
    ).toMatchObject({ ok: false, problem: 'each variant must be a different version' });
    expect(
      planExperimentArms([
        { versionId: 'v1', weight: 1 },
        { versionId: 'v2', weight: 0 },
      ]),
    ).toMatchObject({ ok: false });
    expect(
      planExperimentArms([
        { versionId: 'v1', weight: 1, label: 'B' },
        { versionId: 'v2', weight: 1 },
      ]),
    ).toMatchObject({ ok: false, problem: 'variant labels must be distinct' });
  });
});

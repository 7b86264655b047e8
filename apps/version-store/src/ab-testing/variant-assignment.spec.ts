import { assignmentPoint, pickArm } from './variant-assignment';

describe('assignmentPoint', () => {
  it('is the same for the same key and differs across keys, languages and SKUs', () => {
    expect(assignmentPoint('SKU-1', 'en', 'visitor-1')).toBe(assignmentPoint('SKU-1', 'en', 'visitor-1'));
    const points = new Set([
      assignmentPoint('SKU-1', 'en', 'visitor-1'),
      assignmentPoint('SKU-1', 'en', 'visitor-2'),
      assignmentPoint('SKU-1', 'ja', 'visitor-1'),
      assignmentPoint('SKU-2', 'en', 'visitor-1'),
    ]);
    expect(points.size).toBe(4);
  });

  it('stays in [0, 1)', () => {
    for (let i = 0; i < 1000; i++) {
      const point = assignmentPoint('SKU', 'de', `v${i}`);
      expect(point).toBeGreaterThanOrEqual(0);
      expect(point).toBeLessThan(1);
    }
  });
});

describe('pickArm', () => {
  const arms = [
    { position: 1, weight: 30, label: 'B' },
    { position: 0, weight: 70, label: 'A' },
  ];

  it('walks the weight bands by position', () => {
    expect(pickArm(arms, 0).label).toBe('A');
    expect(pickArm(arms, 0.6999).label).toBe('A');
    expect(pickArm(arms, 0.7).label).toBe('B');
    expect(pickArm(arms, 0.99999).label).toBe('B');
  });

  it('splits 10,000 visitors close to the weights', () => {
    const counts = { A: 0, B: 0 };
    for (let i = 0; i < 10_000; i++)
      counts[pickArm(arms, assignmentPoint('SKU-9', 'fr', `visitor-${i}`)).label as 'A' | 'B']++;
    expect(counts.A / 10_000).toBeGreaterThan(0.68);
    expect(counts.A / 10_000).toBeLessThan(0.72);
  });

  it('refuses no arms or a non-positive weight', () => {
    expect(() => pickArm([], 0.5)).toThrow(RangeError);
    expect(() => pickArm([{ position: 0, weight: 0 }], 0.5)).toThrow(RangeError);
  });
});

import { measureLength as measureForPrompts } from '@content-pipeline/languages';
import { LANGUAGE_PROFILES } from '../languages/language-profiles';
import { measureLength as measureForGate } from './text-length';

// The generator side (prompts, simulator) measures with the catalogue directly; the gate through its profile.
const SAMPLES = [
  'ワイヤレスイヤホン【最新モデル】連続再生３０時間',
  '한국어 제목 ＡＢＣ',
  '𠀋𫝀 防水 IPX7 🔋⚡',
  'カ\u3099ラス製 e\u0301te\u0301',
  'Kabellose Kopfhörer – 30 h Akku, 5.000 mAh',
];

describe('text length', () => {
  it.each(Object.values(LANGUAGE_PROFILES))(
    'measures $code exactly as the generator side does',
    (profile) => {
      for (const sample of SAMPLES) {
        expect(measureForGate(sample, profile)).toBe(measureForPrompts(sample, profile.lengthUnit));
      }
    },
  );

  it('counts a Japanese title in display width and a German one in code points', () => {
    expect(measureForGate('防水スピーカー', LANGUAGE_PROFILES.ja)).toBe(14);
    expect(measureForGate('防水スピーカー', LANGUAGE_PROFILES.de)).toBe(7);
  });
});

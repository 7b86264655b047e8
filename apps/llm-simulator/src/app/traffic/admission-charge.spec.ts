import { admissionCharge } from './admission-charge';

describe('admissionCharge (what a call counts against the simulated TPM)', () => {
  it('charges OpenAI calls the prompt plus the requested maximum, not what was generated', () => {
    expect(admissionCharge('openai', { max_tokens: 2_048 }, 3_000, 700)).toBe(5_048);
    expect(admissionCharge('openai', { max_completion_tokens: 1_000, max_tokens: 2_048 }, 3_000, 700)).toBe(
      4_000,
    );
    expect(admissionCharge('openai', {}, 3_000, 700)).toBe(3_700);
  });

  it('charges Anthropic and Dify calls what they used', () => {
    expect(admissionCharge('anthropic', { max_tokens: 2_048 }, 3_000, 700)).toBe(3_700);
    expect(admissionCharge('dify', { inputs: {} }, 3_000, 700)).toBe(3_700);
  });
});

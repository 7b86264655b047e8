import { deadLetterView, printablePreview } from './dead-letter.view';

describe('dead letter view', () => {
  it('keeps the original bytes exactly (base64) and shows their text with control bytes as dots', () => {
    const value = Buffer.concat([Buffer.from([0, 0, 0, 0, 7]), Buffer.from('SKU-1 静音ファン', 'utf8')]);
    const view = deadLetterView({
      task_id: 'job-1:SKU-1:en',
      sku_id: 'SKU-1',
      language: 'en',
      state: 'dead_lettered',
      dead_letter_error_code: 'provider_timeout',
      dead_letter_reason: 'the provider did not answer in 30 s',
      dead_letter_topic: 'content.generation.requested.bulk.v1',
      dead_letter_value: value,
      dead_letter_headers: null,
      resume_count: 0,
      updated_at: new Date('2026-12-06T02:00:00Z'),
    });
    expect(Buffer.from(view.value_base64, 'base64').equals(value)).toBe(true);
    expect(view).toMatchObject({
      value_bytes: value.length,
      value_preview: '.....SKU-1 静音ファン',
      error_code: 'provider_timeout',
      headers: {},
      dead_lettered_at: '2026-12-06T02:00:00.000Z',
    });
  });

  it('cuts a long value in the preview, not in the bytes', () => {
    const preview = printablePreview(Buffer.alloc(2_000, 'a'));
    expect(preview).toHaveLength(601);
    expect(preview.endsWith('…')).toBe(true);
  });
});

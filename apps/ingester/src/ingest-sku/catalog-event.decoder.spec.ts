import type { AvroCodec, RawMessage } from '@content-pipeline/kafka-runtime';
import { InvalidMessageError } from '@content-pipeline/kafka-runtime';
import { decodeCatalogEvent } from './catalog-event.decoder';

const message = (value: Buffer | null): RawMessage => ({
  topic: 'catalog.public.sku.upserted.v1',
  partition: 0,
  offset: '0',
  key: null,
  value,
  headers: {},
  timestamp: '0',
});

const codec = {
  decode: jest.fn(async () => ({
    eventId: 'e1',
    skuId: 'SKU-1',
    productName: '名',
    productDescription: '描述',
    category: 'kitchen',
    brand: 'b',
    attributes: { 容量: '2L' },
    priceCny: 12.5,
    updatedAt: '2026-01-01T00:00:00.000Z',
    traceparent: '',
  })),
} as unknown as AvroCodec;

describe('decodeCatalogEvent', () => {
  it('reads the catalogue’s JSON as it is', async () => {
    await expect(decodeCatalogEvent(message(Buffer.from('{"sku_id":"SKU-1"}')), codec)).resolves.toEqual({
      sku_id: 'SKU-1',
    });
  });

  it('maps an Avro event onto the catalogue record the rules validate', async () => {
    const record = await decodeCatalogEvent(message(Buffer.from([0, 0, 0, 0, 1, 2])), codec);
    expect(record).toMatchObject({
      sku_id: 'SKU-1',
      category: 'kitchen',
      price_cny: 12.5,
      attributes: { 容量: '2L' },
    });
  });

  it('rejects bytes that are neither Avro nor JSON, and empty values, as invalid messages', async () => {
    await expect(decodeCatalogEvent(message(Buffer.from('this line is not json {')), codec)).rejects.toThrow(
      InvalidMessageError,
    );
    await expect(decodeCatalogEvent(message(null), codec)).rejects.toMatchObject({
      code: 'empty_value',
      retriable: false,
    });
  });
});

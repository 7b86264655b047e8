import { CatalogSkuUpserted, Topics } from '@content-pipeline/contracts';
import { AvroCodec, InvalidMessageError, RawMessage } from '@content-pipeline/kafka-runtime';

const CONFLUENT_MAGIC_BYTE = 0;

/**
 * The catalogue publishes either Avro (schema-registry framed) or its native JSON. Both become the
 * catalogue's snake_case record, which the domain rules validate.
 */
export async function decodeCatalogEvent(message: RawMessage, codec: AvroCodec): Promise<unknown> {
  const value = message.value;
  if (!value || value.length === 0) throw new InvalidMessageError('Empty catalogue event', 'empty_value');
  if (value[0] === CONFLUENT_MAGIC_BYTE) {
    const event: CatalogSkuUpserted = await codec.decode(Topics.catalogSkuUpserted, value);
    return {
      sku_id: event.skuId,
      product_name: event.productName,
      product_description: event.productDescription,
      category: event.category,
      brand: event.brand,
      attributes: event.attributes,
      price_cny: event.priceCny,
      updated_at: event.updatedAt,
      event_id: event.eventId,
    };
  }
  const text = new TextDecoder('utf-8', { fatal: false }).decode(value);
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new InvalidMessageError(
      `Catalogue event is neither schema-registry Avro nor JSON: ${(error as Error).message}`,
      'invalid_json',
      { cause: error },
    );
  }
}

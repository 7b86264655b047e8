import { catalogLineKey } from './catalog-lines';

describe('catalogLineKey', () => {
  it('keys a catalogue line by its sku_id, and leaves lines without one unkeyed', () => {
    expect(catalogLineKey('{"sku_id":"SKU-1","product_name":"杯子"}')).toBe('SKU-1');
    expect(catalogLineKey(`{"sku_id":"${'X'.repeat(300)}"}`)).toHaveLength(200);
    expect(catalogLineKey('{"sku_id":12}')).toBeNull();
    expect(catalogLineKey('null')).toBeNull();
    expect(catalogLineKey('this line is not json')).toBeNull();
  });
});

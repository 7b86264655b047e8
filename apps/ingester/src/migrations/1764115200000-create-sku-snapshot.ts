import { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateSkuSnapshot1764115200000 implements MigrationInterface {
  name = 'CreateSkuSnapshot1764115200000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE ingester.sku_snapshot (
        sku_id text PRIMARY KEY,
        product_name text NOT NULL,
        product_description text NOT NULL,
        category text NOT NULL,
        brand text NOT NULL DEFAULT '',
        attributes jsonb NOT NULL DEFAULT '{}'::jsonb,
        price_cny double precision,
        source_hash text NOT NULL,
        catalog_updated_at timestamptz NOT NULL,
        requested_hash text,
        requested_prompt_version text,
        last_event_id text NOT NULL,
        first_seen_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`CREATE INDEX sku_snapshot_category_idx ON ingester.sku_snapshot (category)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE ingester.sku_snapshot`);
  }
}

import { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateOperatorRule1764126000000 implements MigrationInterface {
  name = 'CreateOperatorRule1764126000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE quality_gate.operator_rule (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        language text NOT NULL CHECK (language IN ('en', 'ja', 'es', 'de', 'fr')),
        kind text NOT NULL CHECK (kind IN ('forbidden_term', 'regex')),
        value text NOT NULL,
        pattern text,
        severity text NOT NULL CHECK (severity IN ('critical', 'warning', 'info')),
        message text,
        suggestion text,
        created_by text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        deleted_at timestamptz
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE quality_gate.operator_rule`);
  }
}

import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Operator rules of kind `verdict_policy`: `value` names a gate rule and `action` says what its issues do to the
 * content (regenerate, review, publish_with_warning). Such a row has an action and no severity; the other kinds
 * keep a severity and have no action.
 */
export class AddVerdictPolicyRules1764900000000 implements MigrationInterface {
  name = 'AddVerdictPolicyRules1764900000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE quality_gate.operator_rule
        ADD COLUMN action text CHECK (action IN ('regenerate', 'review', 'publish_with_warning')),
        ALTER COLUMN severity DROP NOT NULL,
        DROP CONSTRAINT operator_rule_kind_check,
        ADD CONSTRAINT operator_rule_kind_check CHECK (kind IN ('forbidden_term', 'regex', 'verdict_policy')),
        ADD CONSTRAINT operator_rule_shape_check CHECK (
          CASE WHEN kind = 'verdict_policy' THEN action IS NOT NULL AND severity IS NULL
               ELSE action IS NULL AND severity IS NOT NULL END
        )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DELETE FROM quality_gate.operator_rule WHERE kind = 'verdict_policy'`);
    await queryRunner.query(`
      ALTER TABLE quality_gate.operator_rule
        DROP CONSTRAINT operator_rule_shape_check,
        DROP CONSTRAINT operator_rule_kind_check,
        ADD CONSTRAINT operator_rule_kind_check CHECK (kind IN ('forbidden_term', 'regex')),
        ALTER COLUMN severity SET NOT NULL,
        DROP COLUMN action`);
  }
}

import { QualityCheck } from './quality-check/quality-check.entity';
import { OperatorRule } from './operator-rules/operator-rule.entity';
import { CreateQualityCheck1764115200000 } from './migrations/1764115200000-create-quality-check';
import { CreateOperatorRule1764126000000 } from './migrations/1764126000000-create-operator-rule';
import { AddVerdictPolicyRules1764900000000 } from './migrations/1764900000000-add-verdict-policy-rules';

/** The PostgreSQL schema the quality gate owns. */
export const QUALITY_GATE_SCHEMA = 'quality_gate';
export const qualityGateEntities = [QualityCheck, OperatorRule];
export const qualityGateMigrations = [
  CreateQualityCheck1764115200000,
  CreateOperatorRule1764126000000,
  AddVerdictPolicyRules1764900000000,
];

import { IsIn, IsOptional, IsString, Length, ValidateIf } from 'class-validator';
import { type Language, LANGUAGES } from '@content-pipeline/languages';
import { VERDICT_ACTIONS, type VerdictAction } from '@content-pipeline/quality-rules';

/** Body of POST /operator-rules. */
export class CreateOperatorRuleDto {
  @IsIn(LANGUAGES)
  language!: Language;

  @IsIn(['forbidden_term', 'regex', 'verdict_policy'])
  kind!: 'forbidden_term' | 'regex' | 'verdict_policy';

  /** The term, the regular expression source, or (verdict_policy) the id of the gate rule the action is for. */
  @IsString()
  @Length(1, 500)
  value!: string;

  /** For a term: a regex matching it and its inflections (defaults to the term itself). */
  @IsOptional()
  @IsString()
  @Length(1, 500)
  pattern?: string;

  /** Severity of a term's or regex rule's issues; not given for a verdict policy entry. */
  @ValidateIf((rule: CreateOperatorRuleDto) => rule.kind !== 'verdict_policy' || rule.severity !== undefined)
  @IsIn(['critical', 'warning', 'info'])
  severity?: 'critical' | 'warning' | 'info';

  /** For a verdict policy entry: what the rule's issues do to the content. */
  @ValidateIf((rule: CreateOperatorRuleDto) => rule.kind === 'verdict_policy' || rule.action !== undefined)
  @IsIn(VERDICT_ACTIONS)
  action?: VerdictAction;

  @IsOptional()
  @IsString()
  @Length(1, 300)
  message?: string;

  @IsOptional()
  @IsString()
  @Length(1, 300)
  suggestion?: string;
}

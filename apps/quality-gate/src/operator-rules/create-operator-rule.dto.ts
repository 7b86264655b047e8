import { IsIn, IsOptional, IsString, Length } from 'class-validator';
import { type Language, LANGUAGES } from '@content-pipeline/languages';

/** Body of POST /operator-rules. */
export class CreateOperatorRuleDto {
  @IsIn(LANGUAGES)
  language!: Language;

  @IsIn(['forbidden_term', 'regex'])
  kind!: 'forbidden_term' | 'regex';

  /** The term, or the regular expression source. */
  @IsString()
  @Length(1, 500)
  value!: string;

  /** For a term: a regex matching it and its inflections (defaults to the term itself). */
  @IsOptional()
  @IsString()
  @Length(1, 500)
  pattern?: string;

  @IsIn(['critical', 'warning', 'info'])
  severity!: 'critical' | 'warning' | 'info';

  @IsOptional()
  @IsString()
  @Length(1, 300)
  message?: string;

  @IsOptional()
  @IsString()
  @Length(1, 300)
  suggestion?: string;
}

import { IntegerText } from '@content-pipeline/nest-runtime';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsIn,
  IsInt,
  IsNumber,
  IsOptional,
  IsPositive,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import {
  CHECKABLE_FIELDS,
  JOB_ID_FORMAT,
  JOB_ID_PATTERN,
  LanguageValues,
  MQM_CATEGORIES,
  MQM_SEVERITIES,
  SPOT_CHECK_ITEM_STATES,
  SPOT_CHECK_VERDICTS,
} from '@content-pipeline/contracts';
import { ContentBody, IssueView, SourceView, VersionIdParams } from '../review/review.dto';

const COUNTS = { type: 'object', additionalProperties: { type: 'number' } } as const;
const COUNTS_BY_KEY = { type: 'object', additionalProperties: COUNTS } as const;

class PageQuery {
  @ApiPropertyOptional({ minimum: 1, maximum: 200, default: 50 })
  @IsOptional()
  @IntegerText()
  @IsInt()
  @Min(1)
  @Max(200)
  limit: number = 50;

  @ApiPropertyOptional({ minimum: 0, default: 0 })
  @IsOptional()
  @IntegerText()
  @IsInt()
  @Min(0)
  offset: number = 0;
}

export class SampleListQuery extends PageQuery {
  @ApiPropertyOptional({ description: `Only samples of this job: ${JOB_ID_FORMAT}` })
  @IsOptional()
  @Matches(JOB_ID_PATTERN, { message: `jobId must be ${JOB_ID_FORMAT}` })
  jobId?: string;
}

export class SampleItemsQuery extends PageQuery {
  @ApiPropertyOptional({
    enum: SPOT_CHECK_ITEM_STATES,
    default: 'all',
    description: 'pending: still to check; checked: with a verdict',
  })
  @IsOptional()
  @IsIn(SPOT_CHECK_ITEM_STATES)
  state?: string;

  @ApiPropertyOptional({ enum: LanguageValues })
  @IsOptional()
  @IsIn(LanguageValues)
  language?: string;

  @ApiPropertyOptional({ description: 'Catalogue category' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  category?: string;
}

export class SampleIdParams {
  @ApiProperty() @IsUUID('all', { message: 'sampleId must be a UUID' }) sampleId!: string;
}

export class SampleItemParams extends VersionIdParams {
  @ApiProperty() @IsUUID('all', { message: 'sampleId must be a UUID' }) sampleId!: string;
}

export class DrawSampleBody {
  @ApiProperty({ description: `The job whose published versions are sampled: ${JOB_ID_FORMAT}` })
  @Matches(JOB_ID_PATTERN, { message: `jobId must be ${JOB_ID_FORMAT}` })
  jobId!: string;

  @ApiProperty({ description: 'The same seed over the same published versions draws the same sample' })
  @IsInt({ message: 'seed must be a whole number' })
  @Min(0)
  @Max(Number.MAX_SAFE_INTEGER)
  seed!: number;

  @ApiPropertyOptional({
    description: 'Share of each language × category stratum, rounded up',
    minimum: 0,
    exclusiveMinimum: true,
    maximum: 1,
  })
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false }, { message: 'rate must be a number' })
  @IsPositive({ message: 'rate must be above 0' })
  @Max(1)
  rate?: number;

  @ApiPropertyOptional({
    description: 'Versions per stratum (with rate as well, the larger); neither: 20 per stratum',
    minimum: 1,
  })
  @IsOptional()
  @IsInt({ message: 'count must be a whole number' })
  @Min(1)
  @Max(100_000)
  count?: number;
}

export class MarkedErrorBody {
  @ApiProperty({ enum: MQM_CATEGORIES }) @IsIn(MQM_CATEGORIES) category!: string;
  @ApiProperty({ enum: MQM_SEVERITIES }) @IsIn(MQM_SEVERITIES) severity!: string;
  @ApiProperty({ enum: CHECKABLE_FIELDS }) @IsIn(CHECKABLE_FIELDS) field!: string;

  @ApiProperty({ description: 'Start of the span: a UTF-16 offset (JavaScript string index) into the field' })
  @IsInt()
  @Min(0)
  @Max(20_000)
  start!: number;

  @ApiProperty({ description: 'End of the span, exclusive; equal to start only for an omission' })
  @IsInt()
  @Min(0)
  @Max(20_000)
  end!: number;

  @ApiPropertyOptional({ description: 'What is wrong' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  note?: string;
}

export class RecordCheckBody {
  @ApiProperty({
    enum: SPOT_CHECK_VERDICTS,
    description: 'not_publishable needs at least one error; a critical error cannot be publishable',
  })
  @IsIn(SPOT_CHECK_VERDICTS)
  verdict!: string;

  @ApiPropertyOptional({ type: [MarkedErrorBody] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  @Type(() => MarkedErrorBody)
  errors?: MarkedErrorBody[];

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(4000)
  notes?: string;
}

export class StratumView {
  @ApiProperty() language!: string;
  @ApiProperty() category!: string;
  @ApiProperty({ description: 'Published versions in the stratum' }) population!: number;
  @ApiProperty({ description: 'Versions drawn from it' }) drawn!: number;
}

export class SampleView {
  @ApiProperty() sampleId!: string;
  @ApiProperty() jobId!: string;
  @ApiProperty() seed!: number;
  @ApiProperty({ type: Number, nullable: true }) rate!: number | null;
  @ApiProperty({ type: Number, nullable: true }) count!: number | null;
  @ApiProperty({ description: 'Published versions of the job when drawn' }) population!: number;
  @ApiProperty() size!: number;
  @ApiProperty({ type: [StratumView] }) strata!: StratumView[];
  @ApiProperty() drawnBy!: string;
  @ApiProperty() drawnAt!: string;
}

export class SampleProgressView extends SampleView {
  @ApiProperty() checked!: number;
  @ApiProperty() pending!: number;
}

export class SamplePageView {
  @ApiProperty({ type: [SampleView] }) items!: SampleView[];
  @ApiProperty() total!: number;
  @ApiProperty() limit!: number;
  @ApiProperty() offset!: number;
}

export class MarkedErrorView {
  @ApiProperty({ enum: MQM_CATEGORIES }) category!: string;
  @ApiProperty({ enum: MQM_SEVERITIES }) severity!: string;
  @ApiProperty({ enum: CHECKABLE_FIELDS }) field!: string;
  @ApiProperty() start!: number;
  @ApiProperty() end!: number;
  @ApiProperty({ type: String, nullable: true }) note!: string | null;
}

export class RecordedCheckView {
  @ApiProperty() checkId!: string;
  @ApiProperty({ enum: SPOT_CHECK_VERDICTS }) verdict!: string;
  @ApiProperty() reviewer!: string;
  @ApiProperty() notes!: string;
  @ApiProperty() checkedAt!: string;
  @ApiProperty({ type: [MarkedErrorView] }) errors!: MarkedErrorView[];
}

export class SampleItemView {
  @ApiProperty() position!: number;
  @ApiProperty() versionId!: string;
  @ApiProperty() skuId!: string;
  @ApiProperty() language!: string;
  @ApiProperty() category!: string;
  @ApiProperty() attempt!: number;
  @ApiProperty({ description: 'pass, or human_review (then approved by a reviewer)' }) gateVerdict!: string;
  @ApiProperty() gateScore!: number;
  @ApiProperty({ type: [IssueView] }) gateIssues!: IssueView[];
  @ApiProperty({ type: SourceView, nullable: true }) source!: SourceView | null;
  @ApiProperty({ type: ContentBody }) content!: ContentBody;
  @ApiProperty({ type: RecordedCheckView, nullable: true }) check!: RecordedCheckView | null;
}

export class SampleItemPageView {
  @ApiProperty({ type: [SampleItemView] }) items!: SampleItemView[];
  @ApiProperty() total!: number;
  @ApiProperty() limit!: number;
  @ApiProperty() offset!: number;
}

export class IntervalView {
  @ApiProperty() lower!: number;
  @ApiProperty() upper!: number;
}

export class PassRateView {
  @ApiProperty() checked!: number;
  @ApiProperty() passed!: number;
  @ApiProperty({ type: Number, nullable: true }) passRate!: number | null;
  @ApiProperty({ type: IntervalView, nullable: true, description: '95 % Wilson score interval' })
  wilson95!: IntervalView | null;
}

export class ErrorCountsView {
  @ApiProperty() total!: number;
  @ApiProperty(COUNTS) bySeverity!: Record<string, number>;
  @ApiProperty({ ...COUNTS_BY_KEY, description: 'MQM category → severity → errors' })
  byCategory!: Record<string, Record<string, number>>;
}

export class SpotCheckTallyView {
  @ApiProperty() sampled!: number;
  @ApiProperty() checked!: number;
  @ApiProperty() pending!: number;
  @ApiProperty({ type: PassRateView }) all!: PassRateView;
  @ApiProperty({ type: PassRateView, description: 'Versions published from attempt 1' })
  firstAttempt!: PassRateView;
  @ApiProperty({ type: PassRateView, description: 'Versions published from attempt 2 or later' })
  afterRegeneration!: PassRateView;
  @ApiProperty({ type: ErrorCountsView }) errors!: ErrorCountsView;
  @ApiProperty({ ...COUNTS_BY_KEY, description: 'Gate verdict → spot-check verdict → versions' })
  gateVersusSpotCheck!: Record<string, Record<string, number>>;
  @ApiProperty({ description: 'Versions the gate passed and a person judged not publishable' })
  blindSpots!: number;
}

export class SpotCheckReportRowView extends SpotCheckTallyView {
  @ApiProperty() language!: string;
  @ApiProperty() category!: string;
}

export class JudgeAgreementView {
  @ApiProperty({ description: 'Versions with both a judgement and a spot check' }) n!: number;
  @ApiProperty() bothAcceptable!: number;
  @ApiProperty() bothNot!: number;
  @ApiProperty() judgeOnlyAcceptable!: number;
  @ApiProperty() humanOnlyAcceptable!: number;
  @ApiProperty({ type: Number, nullable: true }) agreementRate!: number | null;
  @ApiProperty({ type: Number, nullable: true, description: "Cohen's kappa" }) kappa!: number | null;
}

export class JudgeTokensView {
  @ApiProperty() promptTokens!: number;
  @ApiProperty() completionTokens!: number;
}

export class JudgeReportView {
  @ApiProperty() jobId!: string;
  @ApiProperty({ description: 'Judge samples drawn for the job' }) samples!: number;
  @ApiProperty() sampled!: number;
  @ApiProperty() judged!: number;
  @ApiProperty() failed!: number;
  @ApiProperty() pending!: number;
  @ApiProperty() accurate!: number;
  @ApiProperty({
    type: Number,
    nullable: true,
    description: 'Share of judged versions with no major or critical accuracy error',
  })
  accuracy!: number | null;
  @ApiProperty({ type: IntervalView, nullable: true }) wilson95!: IntervalView | null;
  @ApiProperty({ type: Number, nullable: true }) meanQualityScore!: number | null;
  @ApiProperty() target!: number;
  @ApiProperty({ type: Boolean, nullable: true }) belowTarget!: boolean | null;
  @ApiProperty({ type: JudgeAgreementView }) agreement!: JudgeAgreementView;
  @ApiProperty({ type: JudgeTokensView }) tokens!: JudgeTokensView;
}

export class SpotCheckReportView extends SampleView {
  @ApiProperty({ type: SpotCheckTallyView }) overall!: SpotCheckTallyView;
  @ApiProperty({ type: [SpotCheckReportRowView], description: 'One row per language × category' })
  rows!: SpotCheckReportRowView[];
  @ApiProperty({
    type: JudgeReportView,
    description: "The job's LLM-judge accuracy and the judge's agreement with these spot checks",
  })
  judge!: JudgeReportView;
}

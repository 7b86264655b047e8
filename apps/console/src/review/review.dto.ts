import { IntegerText } from '@content-pipeline/nest-runtime';
import { ApiProperty, ApiPropertyOptional, OmitType } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  IsArray,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { JOB_ID_FORMAT, JOB_ID_PATTERN, LanguageValues } from '@content-pipeline/contracts';

export class QueueQuery {
  @ApiPropertyOptional({ description: `Job id: ${JOB_ID_FORMAT}` })
  @IsOptional()
  @Matches(JOB_ID_PATTERN, { message: `jobId must be ${JOB_ID_FORMAT}` })
  jobId?: string;

  @ApiPropertyOptional({ enum: LanguageValues })
  @IsOptional()
  @IsIn(LanguageValues)
  language?: string;

  @ApiPropertyOptional({ description: 'A rule id such as number_dropped' })
  @IsOptional()
  @Matches(/^[a-z_]{1,64}$/, { message: 'rule must be a rule id such as number_dropped' })
  rule?: string;

  @ApiPropertyOptional({ enum: ['critical', 'warning', 'info'] })
  @IsOptional()
  @IsIn(['critical', 'warning', 'info'])
  severity?: string;

  @ApiPropertyOptional({ minimum: 1, maximum: 100 })
  @IsOptional()
  @IntegerText()
  @IsInt()
  @Min(1)
  @Max(100)
  attempt?: number;

  @ApiPropertyOptional({ minimum: 0, description: 'Only items waiting at least this many minutes' })
  @IsOptional()
  @IntegerText()
  @IsInt()
  @Min(0)
  @Max(525_600)
  minAgeMinutes?: number;

  @ApiPropertyOptional({ enum: ['age', 'score'], default: 'age' })
  @IsOptional()
  @IsIn(['age', 'score'])
  sort?: 'age' | 'score';

  @ApiPropertyOptional({ minimum: 1, maximum: 200, default: 25 })
  @IsOptional()
  @IntegerText()
  @IsInt()
  @Min(1)
  @Max(200)
  limit: number = 25;

  @ApiPropertyOptional({ minimum: 0, default: 0 })
  @IsOptional()
  @IntegerText()
  @IsInt()
  @Min(0)
  offset: number = 0;
}

export class IssueView {
  @ApiProperty() rule!: string;
  @ApiProperty({ enum: ['critical', 'warning', 'info'] }) severity!: string;
  @ApiProperty({ description: 'snake_case content field, e.g. seo_title' }) field!: string;
  @ApiProperty({ type: String, nullable: true, description: 'The offending text, when the rule names one' })
  span!: string | null;
  @ApiProperty() message!: string;
  @ApiProperty() suggestion!: string;
}

export class QueueItemView {
  @ApiProperty() versionId!: string;
  @ApiProperty() taskId!: string;
  @ApiProperty() jobId!: string;
  @ApiProperty() skuId!: string;
  @ApiProperty() language!: string;
  @ApiProperty() attempt!: number;
  @ApiProperty() score!: number;
  @ApiProperty() createdAt!: string;
  @ApiProperty() productName!: string;
  @ApiProperty({ type: [IssueView] }) issues!: IssueView[];
}

export class QueuePageView {
  @ApiProperty({ type: [QueueItemView] }) items!: QueueItemView[];
  @ApiProperty() total!: number;
  @ApiProperty() limit!: number;
  @ApiProperty() offset!: number;
}

export class QueueCountsView {
  @ApiProperty() total!: number;
  @ApiProperty({ type: 'object', additionalProperties: { type: 'number' } }) byJob!: Record<string, number>;
  @ApiProperty({ type: 'object', additionalProperties: { type: 'number' } }) byLanguage!: Record<
    string,
    number
  >;
  @ApiProperty({ type: 'object', additionalProperties: { type: 'number' } }) byRule!: Record<string, number>;
  @ApiProperty({ type: 'object', additionalProperties: { type: 'number' } }) bySeverity!: Record<
    string,
    number
  >;
  @ApiProperty({ type: 'object', additionalProperties: { type: 'number' } }) byAttempt!: Record<
    string,
    number
  >;
}

export class ContentBody {
  @ApiProperty() @IsString() @MaxLength(20_000) translatedDescription!: string;
  @ApiProperty() @IsString() @MaxLength(2_000) seoTitle!: string;
  @ApiProperty() @IsString() @MaxLength(4_000) metaDescription!: string;
  @ApiProperty() @IsString() @MaxLength(2_000) h1!: string;
  @ApiProperty() @IsString() @MaxLength(8_000) marketingCopyA!: string;
  @ApiProperty() @IsString() @MaxLength(8_000) marketingCopyB!: string;
  @ApiProperty() @IsString() @MaxLength(8_000) marketingCopyC!: string;
  @ApiProperty({ type: [String] }) @IsArray() @IsString({ each: true }) suggestedKeywords!: string[];
}

export class VersionView {
  @ApiProperty() versionId!: string;
  @ApiProperty() versionNumber!: number;
  @ApiProperty() taskId!: string;
  @ApiProperty() jobId!: string;
  @ApiProperty() skuId!: string;
  @ApiProperty() language!: string;
  @ApiProperty() attempt!: number;
  @ApiProperty() provider!: string;
  @ApiProperty() score!: number;
  @ApiProperty() verdict!: string;
  @ApiProperty() status!: string;
  @ApiProperty({ type: String, nullable: true }) masterVersionId!: string | null;
  @ApiProperty({ type: ContentBody }) content!: ContentBody;
  @ApiProperty({ type: [IssueView] }) issues!: IssueView[];
  @ApiProperty() createdAt!: string;
}

export class SourceView {
  @ApiProperty() productName!: string;
  @ApiProperty() productDescription!: string;
  @ApiProperty() category!: string;
  @ApiProperty() brand!: string;
}

export class LengthLimitView {
  @ApiProperty() min!: number;
  @ApiProperty() max!: number;
}

export class LengthsView {
  @ApiProperty() translatedDescription!: number;
  @ApiProperty() seoTitle!: number;
  @ApiProperty() metaDescription!: number;
  @ApiProperty() h1!: number;
  @ApiProperty() marketingCopyA!: number;
  @ApiProperty() marketingCopyB!: number;
  @ApiProperty() marketingCopyC!: number;
}

export class LimitsView {
  @ApiProperty({
    enum: ['code-points', 'display-width'],
    description: 'display-width counts full-width as 2',
  })
  unit!: string;
  @ApiProperty({ type: LengthLimitView }) seoTitle!: LengthLimitView;
  @ApiProperty({ type: LengthLimitView }) metaDescription!: LengthLimitView;
}

export class ReviewDecisionView {
  @ApiProperty() decision!: string;
  @ApiProperty() reviewer!: string;
  @ApiProperty() notes!: string;
  @ApiProperty() decidedAt!: string;
}

export class ReviewItemView {
  @ApiProperty({ type: VersionView }) version!: VersionView;
  @ApiProperty({ type: SourceView, nullable: true }) source!: SourceView | null;
  @ApiProperty({ type: VersionView, nullable: true, description: 'The English master of a derived language' })
  master!: VersionView | null;
  @ApiProperty({ type: [VersionView], description: 'Every attempt of the task, oldest first' })
  attempts!: VersionView[];
  @ApiProperty({ type: [ReviewDecisionView] }) decisions!: ReviewDecisionView[];
  @ApiProperty({ type: LimitsView }) limits!: LimitsView;
  @ApiProperty({ type: LengthsView, description: 'The target fields’ lengths in the language’s unit' })
  lengths!: LengthsView;
}

export class CheckBody {
  @ApiProperty({ type: ContentBody })
  @ValidateNested()
  @Type(() => ContentBody)
  content!: ContentBody;
}

export class CheckView {
  @ApiProperty() score!: number;
  @ApiProperty({ type: LengthsView }) lengths!: LengthsView;
  @ApiProperty({ type: [IssueView] }) issues!: IssueView[];
  @ApiProperty() criticalIssues!: number;
}

export class ApproveBody {
  @ApiPropertyOptional({
    description: 'Why; recorded with the decision',
    default: 'Approved in the review console',
  })
  @IsOptional()
  @IsString()
  @MaxLength(4000)
  notes?: string;

  @ApiPropertyOptional({ type: ContentBody, description: 'The edited content: re-gated before it is sent' })
  @IsOptional()
  @ValidateNested()
  @Type(() => ContentBody)
  content?: ContentBody;
}

export class RejectBody {
  @ApiProperty({ description: 'What to fix: the feedback of the regeneration' })
  @IsString()
  @IsNotEmpty({ message: 'a note is required: it is the feedback of the regeneration' })
  @MaxLength(4000)
  notes!: string;
}

export class DecisionView {
  @ApiProperty({ enum: ['approved', 'approved_with_edits', 'rejected'] }) decision!: string;
  @ApiProperty() versionId!: string;
  @ApiPropertyOptional() activated?: boolean;
  @ApiPropertyOptional({ type: String, nullable: true }) note?: string | null;
  @ApiPropertyOptional() requestedEventId?: string;
}

export const VERSION_ID_PATTERN = /^[0-9a-f-]{36}$/;
export const VERSION_ID_MESSAGE = 'versionId must be a version id (UUID)';

export class VersionIdParams {
  @ApiProperty()
  @Matches(VERSION_ID_PATTERN, { message: VERSION_ID_MESSAGE })
  versionId!: string;
}

export class BulkApproveBody extends OmitType(QueueQuery, ['jobId', 'sort', 'limit', 'offset'] as const) {
  // One job at a time: a bulk approval of every job's queue at once is too easy to do by mistake.
  @ApiProperty({ description: `The job whose queue is approved: ${JOB_ID_FORMAT}` })
  @Matches(JOB_ID_PATTERN, { message: `jobId must be ${JOB_ID_FORMAT}` })
  jobId!: string;

  @ApiProperty({ minimum: 0, maximum: 100, description: 'Approve the items scoring at least this' })
  @IsInt({ message: 'minScore must be a whole number from 0 to 100' })
  @Min(0)
  @Max(100)
  minScore!: number;

  @ApiPropertyOptional({
    description: 'Why; recorded with each decision (“Bulk approved in the review console” if left out)',
  })
  @IsOptional()
  @IsString()
  @MaxLength(4000)
  notes?: string;
}

export class BulkItemView {
  @ApiProperty() versionId!: string;
  @ApiProperty() skuId!: string;
  @ApiProperty() language!: string;
}

export class BulkRefusalView extends BulkItemView {
  @ApiProperty() reason!: string;
}

export class BulkApprovalView {
  @ApiProperty({ description: 'Items of the filtered queue looked at' }) considered!: number;
  @ApiProperty({ description: 'More items matched than one bulk approval takes; run it again for the rest' })
  truncated!: boolean;
  @ApiProperty({ type: [BulkItemView] }) approved!: BulkItemView[];
  @ApiProperty({ type: [BulkRefusalView], description: 'Refused: a critical issue is open' })
  refused!: BulkRefusalView[];
  @ApiProperty({
    type: [BulkRefusalView],
    description: 'The version store refused them (e.g. decided meanwhile)',
  })
  failed!: BulkRefusalView[];
  @ApiProperty({ description: 'Scoring below the minimum: left in the queue' }) belowScore!: number;
}

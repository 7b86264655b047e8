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
  CheckableField,
  JOB_ID_FORMAT,
  JOB_ID_PATTERN,
  LanguageValues,
  MQM_CATEGORIES,
  MQM_SEVERITIES,
  MqmCategory,
  MqmSeverity,
  SPOT_CHECK_ITEM_STATES,
  SPOT_CHECK_VERDICTS,
  SpotCheckItemState,
  SpotCheckVerdict,
} from '@content-pipeline/contracts';
import { OffsetPageQuery } from '../http/common.dto';
import { VersionIdParams } from '../publishing/publishing.dto';

/** Per stratum when a draw names neither a rate nor a count. */
export const DEFAULT_COUNT_PER_STRATUM = 20;
export const MAX_COUNT_PER_STRATUM = 100_000;
/** Longest text a span can point into (the longest content field, the description, is 20,000 characters). */
const MAX_SPAN_OFFSET = 20_000;

export class DrawSampleBody {
  @ApiProperty({ description: `Job whose published versions are sampled: ${JOB_ID_FORMAT}` })
  @Matches(JOB_ID_PATTERN, { message: `jobId must be ${JOB_ID_FORMAT}` })
  jobId!: string;

  @ApiProperty({
    description: 'Seed of the draw: the same seed over the same published versions draws the same sample.',
  })
  @IsInt({ message: 'seed must be a whole number' })
  @Min(0)
  @Max(Number.MAX_SAFE_INTEGER)
  seed!: number;

  @ApiPropertyOptional({
    description:
      'Share of each language × category stratum to draw, rounded up (so every stratum gets at least one). ' +
      `With count as well, the larger of the two. Neither given: ${DEFAULT_COUNT_PER_STRATUM} per stratum.`,
    maximum: 1,
    exclusiveMinimum: true,
    minimum: 0,
  })
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false }, { message: 'rate must be a number' })
  @IsPositive({ message: 'rate must be above 0' })
  @Max(1)
  rate?: number;

  @ApiPropertyOptional({
    description:
      'Versions to draw from each stratum (all of a smaller stratum). With rate as well, the larger.',
  })
  @IsOptional()
  @IsInt({ message: 'count must be a whole number' })
  @Min(1)
  @Max(MAX_COUNT_PER_STRATUM)
  count?: number;
}

export class SampleListQuery extends OffsetPageQuery {
  @ApiPropertyOptional({ description: `Only samples of this job: ${JOB_ID_FORMAT}` })
  @IsOptional()
  @Matches(JOB_ID_PATTERN, { message: `jobId must be ${JOB_ID_FORMAT}` })
  jobId?: string;
}

export class SampleIdParams {
  @ApiProperty() @IsUUID('all', { message: 'sampleId must be a UUID' }) sampleId!: string;
}

export class SampleItemParams extends VersionIdParams {
  @ApiProperty() @IsUUID('all', { message: 'sampleId must be a UUID' }) sampleId!: string;
}

export class SampleItemsQuery extends OffsetPageQuery {
  @ApiPropertyOptional({
    enum: SPOT_CHECK_ITEM_STATES,
    default: 'all',
    description: 'pending: the queue still to check; checked: those with a verdict',
  })
  @IsOptional()
  @IsIn(SPOT_CHECK_ITEM_STATES)
  state: SpotCheckItemState = 'all';

  @ApiPropertyOptional({ enum: LanguageValues })
  @IsOptional()
  @IsIn(LanguageValues)
  language?: string;

  @ApiPropertyOptional({ description: 'Catalogue category (unknown: versions stored without their source)' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  category?: string;
}

export class MarkedErrorDto {
  @ApiProperty({ enum: MQM_CATEGORIES })
  @IsIn(MQM_CATEGORIES)
  category!: MqmCategory;

  @ApiProperty({ enum: MQM_SEVERITIES })
  @IsIn(MQM_SEVERITIES)
  severity!: MqmSeverity;

  @ApiProperty({ enum: CHECKABLE_FIELDS, description: 'The content field the error is in' })
  @IsIn(CHECKABLE_FIELDS)
  field!: CheckableField;

  @ApiProperty({ description: 'Start of the span: a UTF-16 offset (JavaScript string index) into the field' })
  @IsInt()
  @Min(0)
  @Max(MAX_SPAN_OFFSET)
  start!: number;

  @ApiProperty({
    description:
      'End of the span, exclusive, at most the field’s length; after start, except for an omission (start = end marks where text is missing)',
  })
  @IsInt()
  @Min(0)
  @Max(MAX_SPAN_OFFSET)
  end!: number;

  @ApiPropertyOptional({ description: 'What is wrong' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  note?: string;
}

export class RecordSpotCheckBody {
  @ApiProperty({
    enum: SPOT_CHECK_VERDICTS,
    description: 'publishable: fine to show as is; not_publishable needs at least one error',
  })
  @IsIn(SPOT_CHECK_VERDICTS)
  verdict!: SpotCheckVerdict;

  @ApiPropertyOptional({
    type: [MarkedErrorDto],
    description: 'The errors found, MQM-typed, each with its span; a critical one cannot be publishable',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  @Type(() => MarkedErrorDto)
  errors?: MarkedErrorDto[];

  @ApiPropertyOptional({ description: 'Anything else the checker wants on record' })
  @IsOptional()
  @IsString()
  @MaxLength(4000)
  notes?: string;
}

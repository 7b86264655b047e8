import { IntegerText } from '@content-pipeline/nest-runtime';
import { TASK_ID_FORMAT, TASK_ID_PATTERN } from '@content-pipeline/contracts';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
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
import { OffsetPageQuery, ProductContentDto } from '../http/common.dto';
import { REVIEW_QUEUE_SORTS, ReviewQueueSort } from './review-queue.query';

export class ReviewQueueQueryDto extends OffsetPageQuery {
  @ApiPropertyOptional({ description: `Job id: ${JOB_ID_FORMAT}` })
  @IsOptional()
  @Matches(JOB_ID_PATTERN, { message: `jobId must be ${JOB_ID_FORMAT}` })
  jobId?: string;

  @ApiPropertyOptional({ enum: LanguageValues })
  @IsOptional()
  @IsIn(LanguageValues)
  language?: string;

  @ApiPropertyOptional({ description: 'Only versions with an issue of this rule (e.g. number_dropped).' })
  @IsOptional()
  @Matches(/^[a-z_]{1,64}$/, { message: 'rule must be a rule id such as number_dropped' })
  rule?: string;

  @ApiPropertyOptional({ minimum: 0, maximum: 100 })
  @IsOptional()
  @IntegerText()
  @IsInt()
  @Min(0)
  @Max(100)
  maxScore?: number;

  @ApiPropertyOptional({
    enum: ['critical', 'warning', 'info'],
    description: 'Only versions with an issue of it.',
  })
  @IsOptional()
  @IsIn(['critical', 'warning', 'info'])
  severity?: string;

  @ApiPropertyOptional({ minimum: 1, maximum: 100, description: 'Only versions of this attempt.' })
  @IsOptional()
  @IntegerText()
  @IsInt()
  @Min(1)
  @Max(100)
  attempt?: number;

  @ApiPropertyOptional({ minimum: 0, description: 'Only versions waiting at least this many minutes.' })
  @IsOptional()
  @IntegerText()
  @IsInt()
  @Min(0)
  @Max(525_600)
  minAgeMinutes?: number;

  @ApiPropertyOptional({
    enum: REVIEW_QUEUE_SORTS,
    default: 'age',
    description: 'age: oldest first; score: lowest first',
  })
  @IsOptional()
  @IsIn(REVIEW_QUEUE_SORTS)
  sort?: ReviewQueueSort;
}

export class TaskParams {
  @ApiProperty({ description: `Task id: ${TASK_ID_FORMAT}`, example: 'job-1:SKU-1:en' })
  @Matches(TASK_ID_PATTERN, { message: `taskId must be ${TASK_ID_FORMAT}` })
  taskId!: string;
}

export class ApproveBody {
  @ApiProperty({ description: 'Why the reviewer approves; recorded with the decision.' })
  @IsString()
  @IsNotEmpty({ message: 'notes are required' })
  @MaxLength(4000)
  notes!: string;

  @ApiPropertyOptional({
    type: ProductContentDto,
    description: 'Edited content: goes through the quality gate like human copy before it can be shown.',
  })
  @IsOptional()
  @ValidateNested()
  @Type(() => ProductContentDto)
  content?: ProductContentDto;
}

export class RejectBody {
  @ApiProperty({ description: 'What to fix: sent to the generator as the feedback of the next attempt.' })
  @IsString()
  @IsNotEmpty({ message: 'notes are required' })
  @MaxLength(4000)
  notes!: string;
}

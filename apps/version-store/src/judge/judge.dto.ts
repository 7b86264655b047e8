import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsInt, IsNumber, IsOptional, IsPositive, Matches, Max, Min } from 'class-validator';
import { JOB_ID_FORMAT, JOB_ID_PATTERN } from '@content-pipeline/contracts';

export class DrawJudgeSampleBody {
  @ApiProperty({ description: `Job whose published versions the LLM judge annotates: ${JOB_ID_FORMAT}` })
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
      'Share of each language × category stratum to judge, rounded up (every stratum gets at least one). ' +
      'Default: JUDGE_SAMPLE_RATE.',
    maximum: 1,
    exclusiveMinimum: true,
    minimum: 0,
  })
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false }, { message: 'rate must be a number' })
  @IsPositive({ message: 'rate must be above 0' })
  @Max(1)
  rate?: number;
}

export class JudgeJobParams {
  @ApiProperty({ description: JOB_ID_FORMAT })
  @Matches(JOB_ID_PATTERN, { message: `jobId must be ${JOB_ID_FORMAT}` })
  jobId!: string;
}

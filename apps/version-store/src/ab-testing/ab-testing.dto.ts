import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  Length,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { ProductContentDto, ReasonBody } from '../http/common.dto';
import { MAX_VARIANTS } from './experiment-plan';

export class VariantArmDto {
  @ApiProperty() @IsString() @IsNotEmpty() versionId!: string;

  @ApiProperty({ description: 'Relative traffic weight (whole number ≥ 1).', example: 50 })
  @IsInt()
  @Min(1)
  @Max(10_000)
  weight!: number;

  @ApiPropertyOptional({ description: 'Defaults to A, B, C… by position.' })
  @IsOptional()
  @Matches(/^[A-Za-z0-9_-]{1,32}$/, { message: 'label must be 1–32 letters, digits, - or _' })
  label?: string;
}

export class StartExperimentBody extends ReasonBody {
  @ApiProperty({ type: [VariantArmDto], description: 'The first variant is the control.' })
  @IsArray()
  @ArrayMinSize(2)
  @ArrayMaxSize(MAX_VARIANTS)
  @ValidateNested({ each: true })
  @Type(() => VariantArmDto)
  variants!: VariantArmDto[];
}

export class AddVariantBody extends ReasonBody {
  @ApiProperty() @IsString() @IsNotEmpty() versionId!: string;

  @ApiProperty({ example: 50 }) @IsInt() @Min(1) @Max(10_000) weight!: number;

  @ApiPropertyOptional()
  @IsOptional()
  @Matches(/^[A-Za-z0-9_-]{1,32}$/, { message: 'label must be 1–32 letters, digits, - or _' })
  label?: string;

  @ApiPropertyOptional({
    description: 'When no experiment runs: weight of the active version as control (default: weight).',
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(10_000)
  controlWeight?: number;
}

export class HumanCopyBody extends ReasonBody {
  @ApiProperty({ type: ProductContentDto })
  @ValidateNested()
  @Type(() => ProductContentDto)
  content!: ProductContentDto;

  @ApiPropertyOptional({ description: 'Job to file it under; defaults to the job of the latest version.' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  jobId?: string;
}

export class AssignmentQuery {
  @ApiProperty({ description: 'Stable visitor key (cookie id, customer id…)', example: 'visitor-42' })
  @IsString()
  @Length(1, 200, { message: 'visitor must be 1–200 characters' })
  visitor!: string;
}

export class VariantParams {
  @ApiProperty() @IsUUID('all', { message: 'variantId must be a UUID' }) variantId!: string;
}

export class SubmissionParams {
  @ApiProperty() @IsUUID('all', { message: 'submissionId must be a UUID' }) submissionId!: string;
}

export class CountBody {
  @ApiPropertyOptional({ minimum: 1, maximum: 100_000, default: 1 })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(100_000)
  count: number = 1;
}

import { IntegerText } from '@content-pipeline/nest-runtime';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ArrayMaxSize,
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
} from 'class-validator';
import { LanguageValues, SKU_ID_FORMAT, SKU_ID_PATTERN } from '@content-pipeline/contracts';

export const MAX_PAGE_SIZE = 200;

export class SkuParams {
  @ApiProperty({ description: `SKU id: ${SKU_ID_FORMAT}`, example: 'SKU-10001' })
  @Matches(SKU_ID_PATTERN, { message: `sku must be ${SKU_ID_FORMAT}` })
  sku!: string;
}

export class SkuLanguageParams extends SkuParams {
  @ApiProperty({ enum: LanguageValues })
  @IsIn(LanguageValues, { message: `lang must be one of ${LanguageValues.join(', ')}` })
  lang!: (typeof LanguageValues)[number];
}

export class OffsetPageQuery {
  @ApiPropertyOptional({ minimum: 1, maximum: MAX_PAGE_SIZE, default: 50 })
  @IsOptional()
  @IntegerText()
  @IsInt()
  @Min(1)
  @Max(MAX_PAGE_SIZE)
  limit: number = 50;

  @ApiPropertyOptional({ minimum: 0, default: 0 })
  @IsOptional()
  @IntegerText()
  @IsInt()
  @Min(0)
  // A larger integer reaches PostgreSQL in exponent notation and fails there as out of range.
  @Max(Number.MAX_SAFE_INTEGER)
  offset: number = 0;
}

export class ReasonBody {
  @ApiProperty({
    description: 'Why: recorded in the audit trail.',
    example: 'Customer complaint about the title',
  })
  @IsString()
  @IsNotEmpty({ message: 'reason is required' })
  @MaxLength(2000)
  reason!: string;
}

export class ProductContentDto {
  @ApiProperty() @IsString() @IsNotEmpty() @MaxLength(20_000) translatedDescription!: string;
  @ApiProperty() @IsString() @IsNotEmpty() @MaxLength(500) seoTitle!: string;
  @ApiProperty() @IsString() @IsNotEmpty() @MaxLength(1000) metaDescription!: string;
  @ApiProperty() @IsString() @IsNotEmpty() @MaxLength(500) h1!: string;
  @ApiProperty({ description: 'Value-focused copy.' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(5000)
  marketingCopyA!: string;
  @ApiProperty({ description: 'Emotion-focused copy.' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(5000)
  marketingCopyB!: string;
  @ApiProperty({ description: 'Promotion-focused copy.' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(5000)
  marketingCopyC!: string;

  @ApiProperty({ type: [String] })
  @IsArray()
  @ArrayMaxSize(50)
  @IsString({ each: true })
  @MaxLength(200, { each: true })
  suggestedKeywords!: string[];
}

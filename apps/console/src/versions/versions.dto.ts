import { ApiProperty } from '@nestjs/swagger';
import { IsIn, IsNotEmpty, IsString, Matches, MaxLength } from 'class-validator';
import { LanguageValues, SKU_ID_FORMAT, SKU_ID_PATTERN } from '@content-pipeline/contracts';
import { VersionView } from '../review/review.dto';

export class SkuLanguageParams {
  @ApiProperty()
  @Matches(SKU_ID_PATTERN, { message: `sku must be ${SKU_ID_FORMAT}` })
  sku!: string;

  @ApiProperty({ enum: LanguageValues })
  @IsIn(LanguageValues)
  lang!: string;
}

export class ChangeActivationBody {
  @ApiProperty({ description: 'The version to show' })
  @Matches(/^[0-9a-f-]{36}$/, { message: 'versionId must be a version id (UUID)' })
  versionId!: string;

  @ApiProperty({ description: 'Why: recorded in the audit' })
  @IsString()
  @IsNotEmpty({ message: 'a reason is required' })
  @MaxLength(2000)
  reason!: string;
}

export class AuditEntryView {
  @ApiProperty({ type: String, nullable: true }) versionId!: string | null;
  @ApiProperty() action!: string;
  @ApiProperty() actor!: string;
  @ApiProperty() reason!: string;
  @ApiProperty() at!: string;
}

export class HistoryView {
  @ApiProperty({ type: [VersionView] }) items!: VersionView[];
  @ApiProperty({ type: String, nullable: true }) activeVersionId!: string | null;
  @ApiProperty() pinned!: boolean;
  @ApiProperty({ type: [AuditEntryView] }) audit!: AuditEntryView[];
}

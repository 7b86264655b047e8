import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsNotEmpty, IsString, Matches, MaxLength } from 'class-validator';
import { VERSION_ID_MESSAGE, VERSION_ID_PATTERN } from '../review/review.dto';
import { LanguageValues, SKU_ID_FORMAT, SKU_ID_PATTERN } from '@content-pipeline/contracts';
import { ReviewDecisionView, VersionView } from '../review/review.dto';

export class SkuLanguageParams {
  @ApiProperty()
  @Matches(SKU_ID_PATTERN, { message: `sku must be ${SKU_ID_FORMAT}` })
  sku!: string;

  @ApiProperty({ enum: LanguageValues })
  @IsIn(LanguageValues)
  lang!: string;
}

export class ReasonBody {
  @ApiProperty({ description: 'Why: recorded in the audit' })
  @IsString()
  @IsNotEmpty({ message: 'a reason is required' })
  @MaxLength(2000)
  reason!: string;
}

export class ChangeActivationBody extends ReasonBody {
  @ApiProperty({ description: 'The version to show' })
  @Matches(VERSION_ID_PATTERN, { message: VERSION_ID_MESSAGE })
  versionId!: string;
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

export class VersionPairQuery {
  @ApiProperty({ description: 'The earlier version of the comparison (its id)' })
  @Matches(VERSION_ID_PATTERN, { message: 'from must be a version id (UUID)' })
  from!: string;

  @ApiProperty({ description: 'The later version of the comparison (its id)' })
  @Matches(VERSION_ID_PATTERN, { message: 'to must be a version id (UUID)' })
  to!: string;
}

export class DiffSegmentView {
  @ApiProperty({ enum: ['same', 'removed', 'added'] }) kind!: 'same' | 'removed' | 'added';
  @ApiProperty() text!: string;
}

export class FieldDiffView {
  @ApiProperty({ description: 'The content field, e.g. seoTitle' }) field!: string;
  @ApiProperty({ description: 'Its name on the page, e.g. SEO title' }) label!: string;
  @ApiProperty() changed!: boolean;
  @ApiProperty({ type: [DiffSegmentView] }) segments!: DiffSegmentView[];
}

/** Who made a version, when, and why it was shown or taken down. */
export class VersionStoryView {
  @ApiProperty() versionId!: string;
  @ApiProperty() versionNumber!: number;
  @ApiProperty({ description: 'The model provider, or human for a person’s copy' }) provider!: string;
  @ApiProperty() verdict!: string;
  @ApiProperty() score!: number;
  @ApiProperty() createdAt!: string;
  @ApiProperty({ type: ReviewDecisionView, nullable: true }) review!: ReviewDecisionView | null;
  @ApiProperty({
    type: [AuditEntryView],
    description: 'Activations and rollbacks of this version, newest first',
  })
  audit!: AuditEntryView[];
}

export class VersionDiffView {
  @ApiProperty({ type: VersionStoryView }) from!: VersionStoryView;
  @ApiProperty({ type: VersionStoryView }) to!: VersionStoryView;
  @ApiProperty({ type: [FieldDiffView] }) fields!: FieldDiffView[];
}

export class RederiveOfferView {
  @ApiProperty({
    type: [String],
    description: 'Derived languages whose active version derives from another master',
  })
  staleLanguages!: string[];
}

export class ActivationChangeView {
  @ApiProperty({ enum: ['activated', 'rolled_back'] }) action!: string;
  @ApiProperty({ type: String, nullable: true }) activeVersionId!: string | null;
  @ApiProperty() pinned!: boolean;
  @ApiPropertyOptional({
    type: RederiveOfferView,
    description: 'After an English rollback: the languages to derive again from the English now active',
  })
  rederiveOffer?: RederiveOfferView;
}

export class RederivedLanguageView {
  @ApiProperty() language!: string;
}

export class RederivationView {
  @ApiProperty() masterVersionId!: string;
  @ApiProperty({ type: [RederivedLanguageView], description: 'Languages sent to generation again' })
  requested!: RederivedLanguageView[];
  @ApiProperty({
    type: [RederivedLanguageView],
    description: 'Languages whose earlier derivation is shown again',
  })
  reactivated!: RederivedLanguageView[];
  @ApiProperty({ type: [RederivedLanguageView] }) upToDate!: RederivedLanguageView[];
}

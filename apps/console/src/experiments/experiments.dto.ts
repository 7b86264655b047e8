import { ApiProperty } from '@nestjs/swagger';

export class VariantResultView {
  @ApiProperty() variantId!: string;
  @ApiProperty() label!: string;
  @ApiProperty() versionId!: string;
  @ApiProperty() isControl!: boolean;
  @ApiProperty({ description: 'Relative traffic weight' }) weight!: number;
  @ApiProperty() impressions!: number;
  @ApiProperty() conversions!: number;
  @ApiProperty({ type: Number, nullable: true, description: 'conversions / impressions' })
  conversionRate!: number | null;
  @ApiProperty({
    type: Number,
    nullable: true,
    description: '1 − p of the two-proportion z-test against the control, in percent; null for the control',
  })
  confidencePercent!: number | null;
  @ApiProperty({ description: 'The difference from the control is significant' }) significant!: boolean;
}

export class ExperimentView {
  @ApiProperty() experimentId!: string;
  @ApiProperty({ enum: ['running', 'stopped'] }) status!: string;
  @ApiProperty({ description: 'Significance level of the test' }) alpha!: number;
  @ApiProperty({ type: [VariantResultView] }) variants!: VariantResultView[];
  @ApiProperty({ type: String, nullable: true, description: 'The winning variant, once significant' })
  winnerVariantId!: string | null;
  @ApiProperty() summary!: string;
}

export class ExperimentAnswerView {
  @ApiProperty({
    type: ExperimentView,
    nullable: true,
    description: 'Null: the SKU-language has no experiment',
  })
  experiment!: ExperimentView | null;
}

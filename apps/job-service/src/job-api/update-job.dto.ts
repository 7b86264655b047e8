import { ApiProperty } from '@nestjs/swagger';
import { IsNumber, IsPositive, Max, ValidateIf } from 'class-validator';

const MAX_BUDGET_USD = 1_000_000_000;

/** Body of PATCH /api/batch/{jobId}: a new budget cap in USD, or null for none. */
export class UpdateJobDto {
  // Written out: the validators are conditional (null is allowed), so they are not copied into the document.
  @ApiProperty({
    type: Number,
    nullable: true,
    required: true,
    minimum: 0,
    exclusiveMinimum: true,
    maximum: MAX_BUDGET_USD,
    description: 'the new budget cap in US dollars; null removes the cap',
  })
  @ValidateIf((body: UpdateJobDto) => body.budgetUsd !== null)
  @IsNumber(
    { allowNaN: false, allowInfinity: false },
    { message: 'budgetUsd must be a number of US dollars or null' },
  )
  @IsPositive({ message: 'budgetUsd must be more than 0 (null removes the cap)' })
  @Max(MAX_BUDGET_USD)
  budgetUsd!: number | null;
}

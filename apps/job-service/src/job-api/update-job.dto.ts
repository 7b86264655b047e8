import { IsNumber, IsPositive, Max, ValidateIf } from 'class-validator';

/** Body of PATCH /api/batch/{jobId}: a new budget cap in USD, or null for none. */
export class UpdateJobDto {
  @ValidateIf((body: UpdateJobDto) => body.budgetUsd !== null)
  @IsNumber(
    { allowNaN: false, allowInfinity: false },
    { message: 'budgetUsd must be a number of US dollars or null' },
  )
  @IsPositive({ message: 'budgetUsd must be more than 0 (null removes the cap)' })
  @Max(1_000_000_000)
  budgetUsd!: number | null;
}

import { IsIn, IsOptional, IsString, Length } from 'class-validator';

/** Body of POST /provider-hold. */
export class ProviderHoldActionDto {
  /** `release`: resume at once (a call that fails the same way holds again); `probe`: send the probe call now. */
  @IsIn(['release', 'probe'])
  action!: 'release' | 'probe';

  /** Why, for the record (e.g. "key rotated"). */
  @IsOptional()
  @IsString()
  @Length(1, 300)
  note?: string;
}

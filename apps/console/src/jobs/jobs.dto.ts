import { IntegerText } from '@content-pipeline/nest-runtime';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsInt, IsNumber, IsOptional, Matches, Max, Min } from 'class-validator';
import { JOB_ID_FORMAT, JOB_ID_PATTERN } from '@content-pipeline/contracts';

const MAX_BUDGET_USD = 1_000_000_000;

export class JobIdParams {
  @ApiProperty()
  @Matches(JOB_ID_PATTERN, { message: `jobId must be ${JOB_ID_FORMAT}` })
  jobId!: string;
}

/** The generator group's provider hold as the job API shows it on an unfinished job. */
export class ProviderHoldView {
  @ApiProperty({
    description:
      'provider_auth, provider_quota, provider_model, provider_contract or provider_unreachable: what stopped the line',
  })
  reason!: string;
  @ApiProperty({ description: 'dify, openai, anthropic …' }) provider!: string;
  @ApiProperty({ description: 'The generator group’s limiter key: which endpoint is held' })
  hold_key!: string;
  @ApiProperty({ description: 'The provider’s own code (invalid_api_key, insufficient_quota …)' })
  error_code!: string;
  @ApiProperty({ description: 'What the provider answered' }) message!: string;
  @ApiProperty({ description: 'What a person does to lift the hold' }) action!: string;
  @ApiProperty({ description: 'When the hold began (ISO 8601)' }) since!: string;
}

export class JobSummaryView {
  @ApiProperty() job_id!: string;
  @ApiProperty() lane!: string;
  @ApiProperty({ type: [String] }) languages!: string[];
  @ApiProperty({ type: Number, nullable: true }) budget_usd!: number | null;
  @ApiProperty({ type: String, nullable: true }) paused_reason!: string | null;
  @ApiProperty({
    type: String,
    nullable: true,
    description:
      'What stops the job: a provider hold (provider_auth …) while the job has work left, else its own pause',
  })
  paused_by!: string | null;
  @ApiProperty({ type: ProviderHoldView, nullable: true }) provider_hold!: ProviderHoldView | null;
  @ApiProperty() created_at!: string;
}

export class JobView extends JobSummaryView {
  @ApiProperty({ description: 'Whether new work of the job is admitted (false while paused)' })
  admitted!: boolean;
}

export class JobProgressView {
  @ApiProperty() job_id!: string;
  @ApiProperty({
    description: 'running, completed, needs_attention, paused: budget, paused: provider_auth …',
  })
  state!: string;
  @ApiProperty({ type: String, nullable: true }) paused_by!: string | null;
  @ApiProperty({ type: ProviderHoldView, nullable: true }) provider_hold!: ProviderHoldView | null;
  @ApiProperty() total!: number;
  @ApiProperty() completed!: number;
  @ApiProperty() human_review!: number;
  @ApiProperty() dead_lettered!: number;
  @ApiProperty() progress_pct!: number;
  @ApiProperty() cost_usd_so_far!: number;
  @ApiProperty({ type: Number, nullable: true }) projected_total_cost_usd!: number | null;
  @ApiProperty({ type: Number, nullable: true }) budget_usd!: number | null;
  @ApiProperty() throughput_tasks_per_min!: number;
  @ApiProperty({ type: Number, nullable: true }) eta_seconds!: number | null;
  @ApiProperty({
    enum: ['estimated', 'unknown', 'held', 'done'],
    description: 'held: the provider is held, so there is no figure until a person fixes it',
  })
  eta_status!: 'estimated' | 'unknown' | 'held' | 'done';
  @ApiProperty() as_of!: string;
}

export class BudgetBody {
  @ApiProperty({ minimum: 0.01, maximum: MAX_BUDGET_USD, description: 'The new budget cap in US dollars' })
  @IsNumber(
    { allowNaN: false, allowInfinity: false, maxDecimalPlaces: 4 },
    { message: 'budgetUsd must be a number of US dollars' },
  )
  @Min(0.01, { message: 'budgetUsd must be at least 0.01' })
  @Max(MAX_BUDGET_USD)
  budgetUsd!: number;
}

export class ResumeView {
  @ApiProperty() job_id!: string;
  @ApiProperty() admitted!: boolean;
  @ApiProperty({ description: 'Dead-lettered or failed tasks whose original message was sent again' })
  requeued!: number;
  @ApiProperty({ description: 'Tasks that have used all their re-drives' }) exhausted!: number;
  @ApiProperty() in_flight!: number;
}

export class DeadLetterQuery {
  @ApiPropertyOptional({ minimum: 1, maximum: 200, default: 50 })
  @IsOptional()
  @IntegerText()
  @IsInt()
  @Min(1)
  @Max(200)
  limit: number = 50;

  @ApiPropertyOptional({ minimum: 0, default: 0 })
  @IsOptional()
  @IntegerText()
  @IsInt()
  @Min(0)
  @Max(1_000_000)
  offset: number = 0;
}

export class DeadLetterView {
  @ApiProperty() task_id!: string;
  @ApiProperty() sku_id!: string;
  @ApiProperty() language!: string;
  @ApiProperty({ enum: ['dead_lettered', 'failed'] }) state!: string;
  @ApiProperty({ type: String, nullable: true }) error_code!: string | null;
  @ApiProperty({ type: String, nullable: true }) reason!: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'Where a re-drive sends the message again' })
  topic!: string | null;
  @ApiProperty() resume_count!: number;
  @ApiProperty() dead_lettered_at!: string;
  @ApiProperty({ description: 'The original message value, base64' }) value_base64!: string;
  @ApiProperty() value_bytes!: number;
  @ApiProperty({ description: 'The value as text, unprintable bytes as dots' }) value_preview!: string;
  @ApiProperty({ type: 'object', additionalProperties: { type: 'string' } }) headers!: Record<string, string>;
}

export class DeadLetterPageView {
  @ApiProperty() total!: number;
  @ApiProperty({ type: [DeadLetterView] }) items!: DeadLetterView[];
}

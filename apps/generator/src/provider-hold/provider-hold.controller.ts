import { Body, Controller, Get, HttpCode, Post, Req, UseGuards } from '@nestjs/common';
import { ApiKeyGuard, AuthenticatedRequest, RequiresRole } from '@content-pipeline/nest-runtime';
import { HOLD_ACTIONS } from './hold-reason';
import { ProviderHold } from './provider-hold';
import { ProviderHoldActionDto } from './provider-hold.dto';
import type { HoldRecord } from './provider-hold.store';

/** The hold as a person reads it: what happened, what to do, and what the probe saw last. */
export interface ProviderHoldView {
  provider: string;
  held: boolean;
  reason: string | null;
  error_code: string | null;
  message: string | null;
  action: string | null;
  held_at: string | null;
  held_by: string | null;
  refused_calls: number;
  probes: number;
  last_probe_at: string | null;
  last_probe_error: string | null;
  next_probe_at: string | null;
  released_at: string | null;
  released_by: string | null;
}

function view(provider: string, record: HoldRecord): ProviderHoldView {
  const iso = (date: Date | null) => (date ? new Date(date).toISOString() : null);
  return {
    provider,
    held: record.held,
    reason: record.reason,
    error_code: record.errorCode,
    message: record.message,
    action: record.held && record.reason ? HOLD_ACTIONS[record.reason] : null,
    held_at: iso(record.heldAt),
    held_by: record.heldBy,
    refused_calls: record.refusedCalls,
    probes: record.probes,
    last_probe_at: iso(record.lastProbeAt),
    last_probe_error: record.lastProbeError,
    next_probe_at: record.held ? iso(record.nextProbeAt) : null,
    released_at: iso(record.releasedAt),
    released_by: record.releasedBy,
  };
}

/** See the group-wide provider hold and lift it (operators) once the cause is fixed. */
@Controller('provider-hold')
@UseGuards(ApiKeyGuard)
export class ProviderHoldController {
  constructor(private readonly hold: ProviderHold) {}

  @Get()
  @RequiresRole('viewer')
  async show(): Promise<ProviderHoldView> {
    return view(this.hold.provider, await this.hold.current());
  }

  @Post()
  @HttpCode(200)
  @RequiresRole('operator')
  async act(
    @Body() body: ProviderHoldActionDto,
    @Req() request: AuthenticatedRequest,
  ): Promise<ProviderHoldView> {
    const who = request.principal?.id ?? 'unknown';
    if (body.action === 'release') {
      await this.hold.release(`operator ${who}${body.note ? `: ${body.note}` : ''}`);
    } else {
      await this.hold.probeNow();
    }
    return view(this.hold.provider, await this.hold.current());
  }
}

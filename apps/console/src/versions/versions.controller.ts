import { Body, Controller, Get, HttpCode, Param, Post, UseGuards } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentPerson, NeedsRole, SessionGuard } from '../session/session.guard';
import type { SignedInPerson } from '../session/signed-in-person';
import { ServiceClient } from '../upstream/service-client';
import { AuditEntryView, ChangeActivationBody, HistoryView, SkuLanguageParams } from './versions.dto';

const HISTORY_LIMIT = 100;

/** Versions of a SKU-language with who changed what, and activation or rollback by an operator. */
@ApiTags('versions')
@UseGuards(SessionGuard)
@Controller('api/skus/:sku/languages/:lang')
export class VersionsController {
  constructor(private readonly services: ServiceClient) {}

  @Get()
  @NeedsRole('viewer')
  @ApiOperation({
    operationId: 'versionHistory',
    summary: 'Versions newest first, the active one, and the audit',
  })
  @ApiOkResponse({ type: HistoryView })
  async history(
    @CurrentPerson() person: SignedInPerson,
    @Param() params: SkuLanguageParams,
  ): Promise<HistoryView> {
    const base = `/skus/${params.sku}/languages/${params.lang}`;
    const [history, audit] = await Promise.all([
      this.services.call<Omit<HistoryView, 'audit'>>(
        'versionStore',
        person,
        'GET',
        `${base}/versions?limit=${HISTORY_LIMIT}`,
      ),
      this.services.call<{ items: AuditEntryView[] }>(
        'versionStore',
        person,
        'GET',
        `${base}/audit?limit=${HISTORY_LIMIT}`,
      ),
    ]);
    return {
      items: history.items,
      activeVersionId: history.activeVersionId,
      pinned: history.pinned,
      audit: audit.items,
    };
  }

  @Post('activate')
  @HttpCode(200)
  @NeedsRole('operator')
  @ApiOperation({ operationId: 'activateVersion', summary: 'Show this version (audited with the reason)' })
  activate(
    @CurrentPerson() person: SignedInPerson,
    @Param() params: SkuLanguageParams,
    @Body() body: ChangeActivationBody,
  ): Promise<unknown> {
    return this.services.call(
      'versionStore',
      person,
      'POST',
      `/skus/${params.sku}/languages/${params.lang}/activate`,
      body,
    );
  }

  @Post('rollback')
  @HttpCode(200)
  @NeedsRole('operator')
  @ApiOperation({
    operationId: 'rollbackVersion',
    summary: 'Roll back to an earlier version (audited with the reason)',
  })
  rollback(
    @CurrentPerson() person: SignedInPerson,
    @Param() params: SkuLanguageParams,
    @Body() body: ChangeActivationBody,
  ): Promise<unknown> {
    return this.services.call(
      'versionStore',
      person,
      'POST',
      `/skus/${params.sku}/languages/${params.lang}/rollback`,
      body,
    );
  }
}

import {
  BadRequestException,
  Body,
  Controller,
  Get,
  HttpCode,
  Param,
  Post,
  Query,
  UseGuards,
} from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentPerson, NeedsRole, SessionGuard } from '../session/session.guard';
import type { SignedInPerson } from '../session/signed-in-person';
import { ServiceClient } from '../upstream/service-client';
import { VersionComparison } from './version-comparison';
import {
  ActivationChangeView,
  AuditEntryView,
  ChangeActivationBody,
  ReasonBody,
  RederivationView,
  HistoryView,
  SkuLanguageParams,
  VersionDiffView,
  VersionPairQuery,
} from './versions.dto';

const HISTORY_LIMIT = 100;

/** Versions of a SKU-language with who changed what, and activation or rollback by an operator. */
@ApiTags('versions')
@UseGuards(SessionGuard)
@Controller('api/skus/:sku/languages/:lang')
export class VersionsController {
  constructor(
    private readonly services: ServiceClient,
    private readonly comparison: VersionComparison,
  ) {}

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

  @Get('diff')
  @NeedsRole('viewer')
  @ApiOperation({
    operationId: 'versionDiff',
    summary: 'Two versions compared word by word, field by field, with who made each, when and why',
  })
  @ApiOkResponse({ type: VersionDiffView })
  diff(
    @CurrentPerson() person: SignedInPerson,
    @Param() params: SkuLanguageParams,
    @Query() query: VersionPairQuery,
  ): Promise<VersionDiffView> {
    return this.comparison.compare(person, params.sku, params.lang, query.from, query.to);
  }

  @Post('activate')
  @HttpCode(200)
  @NeedsRole('operator')
  @ApiOperation({ operationId: 'activateVersion', summary: 'Show this version (audited with the reason)' })
  @ApiOkResponse({ type: ActivationChangeView })
  activate(
    @CurrentPerson() person: SignedInPerson,
    @Param() params: SkuLanguageParams,
    @Body() body: ChangeActivationBody,
  ): Promise<ActivationChangeView> {
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
  @ApiOkResponse({ type: ActivationChangeView })
  rollback(
    @CurrentPerson() person: SignedInPerson,
    @Param() params: SkuLanguageParams,
    @Body() body: ChangeActivationBody,
  ): Promise<ActivationChangeView> {
    return this.services.call(
      'versionStore',
      person,
      'POST',
      `/skus/${params.sku}/languages/${params.lang}/rollback`,
      body,
    );
  }

  @Post('rederive')
  @HttpCode(200)
  @NeedsRole('operator')
  @ApiOperation({
    operationId: 'rederiveLanguages',
    summary: 'After an English rollback: derive the other languages again from the English now active',
  })
  @ApiOkResponse({ type: RederivationView })
  rederive(
    @CurrentPerson() person: SignedInPerson,
    @Param() params: SkuLanguageParams,
    @Body() body: ReasonBody,
  ): Promise<RederivationView> {
    if (params.lang !== 'en')
      throw new BadRequestException('Languages are derived from English: re-derive from the en history');
    return this.services.call(
      'versionStore',
      person,
      'POST',
      `/skus/${params.sku}/languages/en/rederive`,
      body,
    );
  }
}

import { Controller, Get, Param, Query, UseGuards } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiKeyGuard, ANY_ROLE, Roles } from '@content-pipeline/nest-runtime';
import { SkuLanguageParams } from '../http/common.dto';
import { AuditQuery, VersionHistoryQuery, VersionIdParams } from './publishing.dto';
import { VersionQueries } from './version-queries';

@ApiTags('publishing')
@UseGuards(ApiKeyGuard)
@Roles(...ANY_ROLE)
@Controller()
export class PublishingController {
  constructor(private readonly queries: VersionQueries) {}

  @Get('skus/:sku/languages/:lang/active')
  @ApiOperation({ summary: 'The content the catalogue serves for a SKU and language' })
  async active(@Param() params: SkuLanguageParams) {
    const { pinned, version } = await this.queries.active(params.sku, params.lang);
    return {
      skuId: version.skuId,
      language: version.language,
      pinned,
      versionId: version.versionId,
      versionNumber: version.versionNumber,
      score: version.score,
      masterVersionId: version.masterVersionId,
      content: version.content,
    };
  }

  @Get('skus/:sku/languages/:lang/versions')
  @ApiOperation({ summary: 'Versions of a SKU in a language, newest first (cursor or offset pagination)' })
  history(@Param() params: SkuLanguageParams, @Query() query: VersionHistoryQuery) {
    return this.queries.history(params.sku, params.lang, {
      limit: query.limit,
      offset: query.offset,
      cursor: query.cursor === undefined ? undefined : Number(query.cursor),
    });
  }

  @Get('skus/:sku/languages/:lang/audit')
  @ApiOperation({ summary: 'Who changed what this SKU-language shows, when and why (newest first)' })
  async audit(@Param() params: SkuLanguageParams, @Query() query: AuditQuery) {
    return {
      items: await this.queries.audit(params.sku, params.lang, query),
      limit: query.limit,
      offset: query.offset,
    };
  }

  @Get('versions/:versionId')
  @ApiOperation({ summary: 'One version with its content, score, issues and review decision' })
  version(@Param() params: VersionIdParams) {
    return this.queries.version(params.versionId);
  }
}

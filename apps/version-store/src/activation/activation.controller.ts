import { Body, Controller, HttpCode, Param, Post, UseGuards } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiKeyGuard, Caller, Roles } from '@content-pipeline/nest-runtime';
import type { ApiPrincipal } from '@content-pipeline/config';
import { ReasonBody, SkuLanguageParams, SkuParams } from '../http/common.dto';
import { VersionStoreError } from '../version-store.error';
import { ApiVersionTargetBody, VersionTargetBody } from './activation.dto';
import { ActivationRequest, ChangeActivationUseCase } from './change-activation.use-case';
import { RederiveLanguagesUseCase } from './rederive-languages.use-case';

@ApiTags('activation')
@UseGuards(ApiKeyGuard)
@Roles('operator')
@Controller('skus/:sku/languages')
export class ActivationController {
  constructor(
    private readonly changeActivation: ChangeActivationUseCase,
    private readonly rederive: RederiveLanguagesUseCase,
  ) {}

  @Post(':lang/activate')
  @HttpCode(200)
  @ApiOperation({ summary: 'Make a version the one the catalogue shows' })
  @ApiVersionTargetBody()
  activate(
    @Param() params: SkuLanguageParams,
    @Body() body: VersionTargetBody,
    @Caller() caller: ApiPrincipal,
  ) {
    return this.change(params, { kind: 'activate', target: target(body) }, caller, body.reason);
  }

  @Post(':lang/rollback')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Roll back to an earlier version',
    description:
      'For English, the answer lists the derived languages whose active version derives from another master, and how to derive them again.',
  })
  @ApiVersionTargetBody()
  async rollback(
    @Param() params: SkuLanguageParams,
    @Body() body: VersionTargetBody,
    @Caller() caller: ApiPrincipal,
  ) {
    const outcome = await this.change(
      params,
      { kind: 'rollback', target: target(body) },
      caller,
      body.reason,
    );
    if (params.lang !== 'en') return outcome;
    const stale = await this.rederive.staleDerivedLanguages(params.sku);
    return {
      ...outcome,
      rederiveOffer: {
        staleLanguages: stale,
        method: 'POST',
        path: `/skus/${params.sku}/languages/en/rederive`,
      },
    };
  }

  @Post(':lang/deactivate')
  @HttpCode(200)
  @ApiOperation({ summary: 'Show nothing for this SKU-language' })
  deactivate(@Param() params: SkuLanguageParams, @Body() body: ReasonBody, @Caller() caller: ApiPrincipal) {
    return this.change(params, { kind: 'deactivate' }, caller, body.reason);
  }

  @Post(':lang/pin')
  @HttpCode(200)
  @ApiOperation({ summary: 'Stop new versions from activating on their own' })
  pin(@Param() params: SkuLanguageParams, @Body() body: ReasonBody, @Caller() caller: ApiPrincipal) {
    return this.change(params, { kind: 'pin' }, caller, body.reason);
  }

  @Post(':lang/unpin')
  @HttpCode(200)
  @ApiOperation({ summary: 'Let passing versions activate on their own again' })
  unpin(@Param() params: SkuLanguageParams, @Body() body: ReasonBody, @Caller() caller: ApiPrincipal) {
    return this.change(params, { kind: 'unpin' }, caller, body.reason);
  }

  @Post('en/rederive')
  @HttpCode(202)
  @ApiOperation({
    summary: 'Derive ja/es/de/fr again from the active English version',
    description:
      'Languages already derived from it are reactivated (no LLM call); the others get a first generation request on the bulk lane.',
  })
  rederiveLanguages(@Param() params: SkuParams, @Body() body: ReasonBody, @Caller() caller: ApiPrincipal) {
    return this.rederive.execute(params.sku, caller.id, body.reason);
  }

  private change(
    params: SkuLanguageParams,
    request: ActivationRequest,
    caller: ApiPrincipal,
    reason: string,
  ) {
    return this.changeActivation.execute(params.sku, params.lang, request, caller.id, reason);
  }
}

function target(body: VersionTargetBody) {
  if ((body.versionId === undefined) === (body.versionNumber === undefined))
    throw VersionStoreError.invalid('give exactly one of versionId or versionNumber');
  return { versionId: body.versionId, versionNumber: body.versionNumber };
}

import { Body, Controller, Get, HttpCode, Param, Post, Query, UseGuards } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiKeyGuard, ANY_ROLE, Caller, Roles } from '@content-pipeline/nest-runtime';
import type { ApiPrincipal } from '@content-pipeline/config';
import { SubmitHumanCopyUseCase } from '../human-copy/submit-human-copy.use-case';
import { ReasonBody, SkuLanguageParams } from '../http/common.dto';
import {
  AddVariantBody,
  AssignmentQuery,
  CountBody,
  HumanCopyBody,
  StartExperimentBody,
  SubmissionParams,
  VariantParams,
} from './ab-testing.dto';
import { ExperimentsUseCase } from './experiments.use-case';
import { VariantTrafficUseCase } from './variant-traffic.use-case';

@ApiTags('a/b testing')
@UseGuards(ApiKeyGuard)
@Controller()
export class AbTestingController {
  constructor(
    private readonly experiments: ExperimentsUseCase,
    private readonly traffic: VariantTrafficUseCase,
    private readonly humanCopy: SubmitHumanCopyUseCase,
  ) {}

  @Post('skus/:sku/languages/:lang/experiments')
  @Roles('operator')
  @ApiOperation({
    summary: 'Start an experiment with weighted variants (the first is the control); stops a running one',
  })
  start(
    @Param() params: SkuLanguageParams,
    @Body() body: StartExperimentBody,
    @Caller() caller: ApiPrincipal,
  ) {
    return this.experiments.start(params.sku, params.lang, body.variants, caller.id, body.reason);
  }

  @Post('skus/:sku/languages/:lang/experiments/current/stop')
  @HttpCode(200)
  @Roles('operator')
  @ApiOperation({ summary: 'Stop the running experiment (the active version is served again)' })
  stop(@Param() params: SkuLanguageParams, @Body() body: ReasonBody, @Caller() caller: ApiPrincipal) {
    return this.experiments.stop(params.sku, params.lang, caller.id, body.reason);
  }

  @Post('skus/:sku/languages/:lang/variants')
  @Roles('operator')
  @ApiOperation({
    summary: 'Add a variant to the running experiment, or start one with the active version as control',
  })
  addVariant(
    @Param() params: SkuLanguageParams,
    @Body() body: AddVariantBody,
    @Caller() caller: ApiPrincipal,
  ) {
    return this.experiments.addVariant(
      params.sku,
      params.lang,
      { versionId: body.versionId, weight: body.weight, label: body.label },
      body.controlWeight,
      caller.id,
      body.reason,
    );
  }

  @Post('skus/:sku/languages/:lang/variants/human')
  @HttpCode(202)
  @Roles('reviewer', 'operator')
  @ApiOperation({
    summary:
      'Import human-written copy: it goes through the quality gate and becomes a version (never activated on its own)',
    description: 'Poll GET /human-submissions/{submissionId} for the version, then add it as a variant.',
  })
  submitHumanCopy(
    @Param() params: SkuLanguageParams,
    @Body() body: HumanCopyBody,
    @Caller() caller: ApiPrincipal,
  ) {
    return this.humanCopy.submitVariant(params.sku, params.lang, body.content, {
      jobId: body.jobId,
      submittedBy: caller.id,
      reason: body.reason,
    });
  }

  @Get('human-submissions/:submissionId')
  @Roles(...ANY_ROLE)
  @ApiOperation({ summary: 'A human submission: awaiting its verdict, or the version it became' })
  submission(@Param() params: SubmissionParams) {
    return this.humanCopy.view(params.submissionId);
  }

  @Get('skus/:sku/languages/:lang/variants')
  @Roles(...ANY_ROLE)
  @ApiOperation({ summary: 'The running (else the latest) experiment and its variants' })
  current(@Param() params: SkuLanguageParams) {
    return this.experiments.current(params.sku, params.lang);
  }

  @Get('skus/:sku/languages/:lang/variants/results')
  @Roles(...ANY_ROLE)
  @ApiOperation({
    summary:
      'Conversion rate per variant and a two-proportion z-test against the control (two-sided, α = 0.05)',
  })
  results(@Param() params: SkuLanguageParams) {
    return this.traffic.results(params.sku, params.lang);
  }

  @Get('skus/:sku/languages/:lang/assignment')
  @Roles(...ANY_ROLE)
  @ApiOperation({
    summary: 'The variant a visitor sees: stable per visitor key, weighted by a hash of sku+lang+visitor',
  })
  assignment(@Param() params: SkuLanguageParams, @Query() query: AssignmentQuery) {
    return this.traffic.assign(params.sku, params.lang, query.visitor);
  }

  @Post('variants/:variantId/impressions')
  @HttpCode(200)
  @Roles('operator')
  @ApiOperation({ summary: 'Count impressions of a variant' })
  impressions(@Param() params: VariantParams, @Body() body: CountBody) {
    return this.traffic.record(params.variantId, 'impressions', body.count);
  }

  @Post('variants/:variantId/conversions')
  @HttpCode(200)
  @Roles('operator')
  @ApiOperation({ summary: 'Count conversions of a variant (never more than its impressions)' })
  conversions(@Param() params: VariantParams, @Body() body: CountBody) {
    return this.traffic.record(params.variantId, 'conversions', body.count);
  }
}

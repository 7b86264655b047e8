import { Body, Controller, Get, Param, Post, UseGuards } from '@nestjs/common';
import {
  ApiCreatedResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import type { ApiPrincipal } from '@content-pipeline/config';
import { ANY_ROLE, ApiKeyGuard, Caller, Roles } from '@content-pipeline/nest-runtime';
import type { VersionStoreConfig } from '../version-store.config';
import { VERSION_STORE_CONFIG } from '../version-store.tokens';
import { Inject } from '@nestjs/common';
import { DrawJudgeSampleUseCase } from './draw-judge-sample.use-case';
import { DrawJudgeSampleBody, JudgeJobParams } from './judge.dto';
import { JudgeQueries } from './judge.queries';

const ERROR_BODY = { $ref: '#/components/schemas/ErrorResponse' };

/**
 * The automatic accuracy estimate: an operator draws a judge sample of a job's published versions (the generator's
 * LLM judge annotates each in the MQM typology); anyone with a key reads the job's judge report.
 */
@ApiTags('judge')
@UseGuards(ApiKeyGuard)
@Controller()
export class JudgeController {
  constructor(
    private readonly draw: DrawJudgeSampleUseCase,
    private readonly queries: JudgeQueries,
    @Inject(VERSION_STORE_CONFIG) private readonly config: VersionStoreConfig,
  ) {}

  @Post('judge-samples')
  @Roles('operator')
  @ApiOperation({
    summary:
      'Draw a judge sample of a job’s published versions (stratified by language and category, from a seed) and request the LLM judge for each',
  })
  @ApiCreatedResponse({ description: 'The sample, with how many versions each stratum held and gave' })
  @ApiNotFoundResponse({ description: 'The job has no published (active) versions', schema: ERROR_BODY })
  drawSample(@Body() body: DrawJudgeSampleBody, @Caller() caller: ApiPrincipal) {
    return this.draw.execute({
      jobId: body.jobId,
      seed: body.seed,
      rate: body.rate ?? this.config.judge.sampleRate,
      drawnBy: caller.id,
    });
  }

  @Get('jobs/:jobId/judge-report')
  @Roles(...ANY_ROLE)
  @ApiOperation({
    summary:
      'Judge accuracy of a job (share of judged versions with no major or critical accuracy error, 95 % Wilson interval) against its target, per language × category, MQM error counts, tokens, and agreement with human spot checks (rate, Cohen’s kappa, n)',
  })
  @ApiOkResponse({ description: 'The report (zeros before the first judge sample)' })
  report(@Param() params: JudgeJobParams) {
    return this.queries.jobReport(params.jobId);
  }
}

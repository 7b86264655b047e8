import { Body, Controller, Get, Param, Post, Query, Res, UseGuards } from '@nestjs/common';
import {
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import type { Response } from 'express';
import { ApiKeyGuard, ANY_ROLE, Caller, Roles } from '@content-pipeline/nest-runtime';
import type { ApiPrincipal } from '@content-pipeline/config';
import { DrawSpotCheckSampleUseCase } from './draw-spot-check-sample.use-case';
import { RecordSpotCheckUseCase } from './record-spot-check.use-case';
import { blindSpotCase, spotChecksCsv } from './spot-check-export';
import {
  DEFAULT_COUNT_PER_STRATUM,
  DrawSampleBody,
  RecordSpotCheckBody,
  SampleIdParams,
  SampleItemParams,
  SampleItemsQuery,
  SampleListQuery,
} from './spot-check.dto';
import { SpotCheckQueries } from './spot-check.queries';

/** The error body every 4xx carries; the shared runtime adds the schema to the document. */
const ERROR_BODY = { $ref: '#/components/schemas/ErrorResponse' };
const NO_SAMPLE = { description: 'No sample with this id', schema: ERROR_BODY };

/**
 * Human spot checks of published content: an operator draws a sample of a job's active versions, reviewers
 * record a verdict and MQM-typed errors per sampled version, anyone with a key reads the report and exports.
 */
@ApiTags('spot checks')
@UseGuards(ApiKeyGuard)
@Controller('spot-check-samples')
export class SpotCheckController {
  constructor(
    private readonly draw: DrawSpotCheckSampleUseCase,
    private readonly record: RecordSpotCheckUseCase,
    private readonly queries: SpotCheckQueries,
  ) {}

  @Post()
  @Roles('operator')
  @ApiOperation({
    summary: 'Draw a sample of a job’s published versions, stratified by language and category, from a seed',
  })
  @ApiCreatedResponse({ description: 'The sample, with how many versions each stratum held and gave' })
  @ApiNotFoundResponse({ description: 'The job has no published (active) versions', schema: ERROR_BODY })
  drawSample(@Body() body: DrawSampleBody, @Caller() caller: ApiPrincipal) {
    const plan =
      body.rate == null && body.count == null
        ? { count: DEFAULT_COUNT_PER_STRATUM }
        : { rate: body.rate ?? undefined, count: body.count ?? undefined };
    return this.draw.execute({ jobId: body.jobId, seed: body.seed, plan, drawnBy: caller.id });
  }

  @Get()
  @Roles(...ANY_ROLE)
  @ApiOperation({ summary: 'Samples drawn, newest first, optionally of one job' })
  @ApiOkResponse({ description: 'A page of samples' })
  list(@Query() query: SampleListQuery) {
    return this.queries.samples(query);
  }

  @Get(':sampleId')
  @Roles(...ANY_ROLE)
  @ApiOperation({ summary: 'A sample: its plan, strata and how many versions are checked' })
  @ApiOkResponse({ description: 'The sample' })
  @ApiNotFoundResponse(NO_SAMPLE)
  sample(@Param() params: SampleIdParams) {
    return this.queries.sample(params.sampleId);
  }

  @Get(':sampleId/items')
  @Roles(...ANY_ROLE)
  @ApiOperation({
    summary:
      'The sampled versions in sample order, with copy, source, gate verdict and any check (state=pending: the queue)',
  })
  @ApiOkResponse({ description: 'A page of sampled versions' })
  @ApiNotFoundResponse(NO_SAMPLE)
  items(@Param() params: SampleIdParams, @Query() query: SampleItemsQuery) {
    return this.queries.items(params.sampleId, query);
  }

  @Post(':sampleId/items/:versionId/check')
  @Roles('reviewer')
  @ApiOperation({
    summary: 'Record a spot check: verdict and MQM-typed errors with their spans (once per sampled version)',
  })
  @ApiCreatedResponse({ description: 'The check as recorded' })
  @ApiNotFoundResponse({ description: 'No such sample, or the version is not in it', schema: ERROR_BODY })
  @ApiConflictResponse({ description: 'The version was already checked in this sample', schema: ERROR_BODY })
  check(
    @Param() params: SampleItemParams,
    @Body() body: RecordSpotCheckBody,
    @Caller() caller: ApiPrincipal,
  ) {
    return this.record.execute({
      sampleId: params.sampleId,
      versionId: params.versionId,
      verdict: body.verdict,
      errors: body.errors ?? [],
      notes: body.notes ?? '',
      reviewer: caller.id,
    });
  }

  @Get(':sampleId/report')
  @Roles(...ANY_ROLE)
  @ApiOperation({
    summary:
      'Pass rate (95 % Wilson interval) per language × category, first attempt vs after regeneration, errors per MQM category and severity, gate vs spot-check verdicts',
  })
  @ApiOkResponse({ description: 'The report: overall and one row per stratum' })
  @ApiNotFoundResponse(NO_SAMPLE)
  report(@Param() params: SampleIdParams) {
    return this.queries.report(params.sampleId);
  }

  @Get(':sampleId/checks.csv')
  @Roles(...ANY_ROLE)
  @ApiOperation({ summary: 'The sample’s spot checks as CSV, one row per check' })
  @ApiOkResponse({
    description: 'RFC 4180 CSV with a header row',
    content: { 'text/csv': { schema: { type: 'string' } } },
  })
  @ApiNotFoundResponse(NO_SAMPLE)
  async checksCsv(
    @Param() params: SampleIdParams,
    @Res({ passthrough: true }) response: Response,
  ): Promise<string> {
    const csv = spotChecksCsv(await this.queries.records(params.sampleId));
    // Set here, not with @Header: that would label the JSON error of an unknown sample as CSV too.
    response.type('text/csv; charset=utf-8');
    return csv;
  }

  @Get(':sampleId/blind-spots.jsonl')
  @Roles(...ANY_ROLE)
  @ApiOperation({
    summary:
      'Versions the gate passed and a person failed, as QA cases (JSON lines) to feed back to the gate',
  })
  @ApiOkResponse({
    description: 'One QA case per line (empty when the gate missed nothing)',
    content: { 'application/x-ndjson': { schema: { type: 'string' } } },
  })
  @ApiNotFoundResponse(NO_SAMPLE)
  async blindSpots(
    @Param() params: SampleIdParams,
    @Res({ passthrough: true }) response: Response,
  ): Promise<string> {
    const spots = await this.queries.blindSpots(params.sampleId);
    response.type('application/x-ndjson; charset=utf-8');
    return spots.map((spot) => `${JSON.stringify(blindSpotCase(spot))}\n`).join('');
  }
}

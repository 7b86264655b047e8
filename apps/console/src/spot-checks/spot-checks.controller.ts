import { Body, Controller, Get, Param, Post, Query, Res, UseGuards } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import type { SourceProduct } from '@content-pipeline/contracts';
import { CurrentPerson, NeedsRole, SessionGuard } from '../session/session.guard';
import type { SignedInPerson } from '../session/signed-in-person';
import { ServiceClient } from '../upstream/service-client';
import {
  DrawSampleBody,
  RecordCheckBody,
  RecordedCheckView,
  SampleIdParams,
  SampleItemPageView,
  SampleItemParams,
  SampleItemsQuery,
  SampleItemView,
  SampleListQuery,
  SamplePageView,
  SampleProgressView,
  SampleView,
  SpotCheckReportView,
} from './spot-checks.dto';

/** A sampled version as the version store answers it: the source with every catalogue field. */
type StoredSampleItem = Omit<SampleItemView, 'source'> & { source: SourceProduct | null };

function queryString(query: object): string {
  const parameters = new URLSearchParams();
  for (const [name, value] of Object.entries(query))
    if (value !== undefined && value !== null && value !== '') parameters.set(name, String(value));
  return parameters.toString();
}

/**
 * Spot checks of published content on the version store's API, for the signed-in person: an operator draws a
 * sample, a reviewer records checks (the version store refuses an operator's: a check is a review decision),
 * anyone reads the queue, the report and the exports.
 */
@ApiTags('spot checks')
@UseGuards(SessionGuard)
@Controller('api/spot-checks')
export class SpotChecksController {
  constructor(private readonly services: ServiceClient) {}

  @Get()
  @NeedsRole('viewer')
  @ApiOperation({ operationId: 'listSpotCheckSamples', summary: 'Samples drawn, newest first' })
  @ApiOkResponse({ type: SamplePageView })
  list(@CurrentPerson() person: SignedInPerson, @Query() query: SampleListQuery): Promise<SamplePageView> {
    return this.services.call('versionStore', person, 'GET', `/spot-check-samples?${queryString(query)}`);
  }

  @Post()
  @NeedsRole('operator')
  @ApiOperation({
    operationId: 'drawSpotCheckSample',
    summary: 'Draw a seeded sample of a job’s published versions per language × category',
  })
  @ApiCreatedResponse({ type: SampleView })
  draw(@CurrentPerson() person: SignedInPerson, @Body() body: DrawSampleBody): Promise<SampleView> {
    return this.services.call('versionStore', person, 'POST', '/spot-check-samples', body);
  }

  @Get(':sampleId')
  @NeedsRole('viewer')
  @ApiOperation({ operationId: 'spotCheckSample', summary: 'A sample with how many versions are checked' })
  @ApiOkResponse({ type: SampleProgressView })
  sample(
    @CurrentPerson() person: SignedInPerson,
    @Param() params: SampleIdParams,
  ): Promise<SampleProgressView> {
    return this.services.call('versionStore', person, 'GET', `/spot-check-samples/${params.sampleId}`);
  }

  @Get(':sampleId/items')
  @NeedsRole('viewer')
  @ApiOperation({
    operationId: 'spotCheckItems',
    summary: 'The sampled versions in sample order with copy, source, gate verdict and any check',
  })
  @ApiOkResponse({ type: SampleItemPageView })
  async items(
    @CurrentPerson() person: SignedInPerson,
    @Param() params: SampleIdParams,
    @Query() query: SampleItemsQuery,
  ): Promise<SampleItemPageView> {
    const page = await this.services.call<Omit<SampleItemPageView, 'items'> & { items: StoredSampleItem[] }>(
      'versionStore',
      person,
      'GET',
      `/spot-check-samples/${params.sampleId}/items?${queryString(query)}`,
    );
    return {
      ...page,
      items: page.items.map((item) => ({
        ...item,
        source: item.source
          ? {
              productName: item.source.productName,
              productDescription: item.source.productDescription,
              category: item.source.category,
              brand: item.source.brand,
            }
          : null,
      })),
    };
  }

  @Post(':sampleId/items/:versionId/check')
  @NeedsRole('reviewer')
  @ApiOperation({
    operationId: 'recordSpotCheck',
    summary: 'Record a verdict and MQM-typed errors with their spans, once per sampled version',
  })
  @ApiCreatedResponse({ type: RecordedCheckView })
  check(
    @CurrentPerson() person: SignedInPerson,
    @Param() params: SampleItemParams,
    @Body() body: RecordCheckBody,
  ): Promise<RecordedCheckView> {
    return this.services.call(
      'versionStore',
      person,
      'POST',
      `/spot-check-samples/${params.sampleId}/items/${params.versionId}/check`,
      body,
    );
  }

  @Get(':sampleId/report')
  @NeedsRole('viewer')
  @ApiOperation({
    operationId: 'spotCheckReport',
    summary: 'Pass rate with a 95 % Wilson interval per language × category, errors, gate blind spots',
  })
  @ApiOkResponse({ type: SpotCheckReportView })
  report(
    @CurrentPerson() person: SignedInPerson,
    @Param() params: SampleIdParams,
  ): Promise<SpotCheckReportView> {
    return this.services.call('versionStore', person, 'GET', `/spot-check-samples/${params.sampleId}/report`);
  }

  @Get(':sampleId/checks.csv')
  @NeedsRole('viewer')
  @ApiOperation({ operationId: 'spotChecksCsv', summary: 'The sample’s checks as CSV, one row per check' })
  @ApiProduces('text/csv')
  @ApiOkResponse({ description: 'RFC 4180 CSV with a header row', schema: { type: 'string' } })
  checksCsv(
    @CurrentPerson() person: SignedInPerson,
    @Param() params: SampleIdParams,
    @Res({ passthrough: true }) response: Response,
  ): Promise<string> {
    return this.export(person, params.sampleId, 'checks.csv', response);
  }

  @Get(':sampleId/blind-spots.jsonl')
  @NeedsRole('viewer')
  @ApiOperation({
    operationId: 'spotCheckBlindSpots',
    summary: 'Versions the gate passed and a person failed, as QA cases (JSON lines)',
  })
  @ApiProduces('application/x-ndjson')
  @ApiOkResponse({ description: 'One QA case per line', schema: { type: 'string' } })
  blindSpots(
    @CurrentPerson() person: SignedInPerson,
    @Param() params: SampleIdParams,
    @Res({ passthrough: true }) response: Response,
  ): Promise<string> {
    return this.export(person, params.sampleId, 'blind-spots.jsonl', response);
  }

  /** Passes an export through as a download named after the sample. */
  private async export(
    person: SignedInPerson,
    sampleId: string,
    file: 'checks.csv' | 'blind-spots.jsonl',
    response: Response,
  ): Promise<string> {
    const { contentType, text } = await this.services.download(
      'versionStore',
      person,
      `/spot-check-samples/${sampleId}/${file}`,
    );
    // Set only on success, so an error answer stays JSON; the type after the name, which would guess one.
    response.attachment(`spot-check-${sampleId}-${file}`);
    response.type(contentType);
    return text;
  }
}

import { MQM_CATEGORIES } from '@content-pipeline/contracts';
import { Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { OpenAPIObject } from '@nestjs/swagger';
import { API_KEYS, buildOpenApiDocument } from '@content-pipeline/nest-runtime';
import { DrawSpotCheckSampleUseCase } from './draw-spot-check-sample.use-case';
import { RecordSpotCheckUseCase } from './record-spot-check.use-case';
import { SpotCheckController } from './spot-check.controller';
import { SpotCheckQueries } from './spot-check.queries';

type Operation = {
  responses: Record<string, { content?: Record<string, unknown> }>;
  security?: unknown[];
  parameters?: Array<{ name: string; in: string; schema: Record<string, unknown> }>;
};

@Module({
  controllers: [SpotCheckController],
  providers: [DrawSpotCheckSampleUseCase, RecordSpotCheckUseCase, SpotCheckQueries, API_KEYS].map(
    (provide) => ({
      provide,
      useValue: {},
    }),
  ),
})
class SpotCheckApiDocumentModule {}

/** The spot-check API as its OpenAPI document states it: a client and Schemathesis read this, not the code. */
describe('spot-check API document', () => {
  let document: OpenAPIObject;
  const operation = (path: string, method: 'get' | 'post') =>
    (document.paths[path] as Record<string, Operation>)[method];
  const statuses = (path: string, method: 'get' | 'post') =>
    Object.keys(operation(path, method).responses).sort();
  const schema = (name: string) =>
    (document.components?.schemas?.[name] ?? {}) as {
      properties: Record<string, Record<string, unknown>>;
      required?: string[];
    };

  beforeAll(async () => {
    const app = await NestFactory.create(SpotCheckApiDocumentModule, { logger: false });
    document = buildOpenApiDocument(app, { title: 'Version store', description: '' });
    await app.close();
  });

  it('lists every answer of each operation, 404 and 409 included', () => {
    expect(statuses('/spot-check-samples', 'post')).toEqual([
      '201',
      '400',
      '401',
      '403',
      '404',
      '413',
      '415',
      '429',
    ]);
    expect(statuses('/spot-check-samples', 'get')).toEqual(['200', '400', '401', '403', '429']);
    expect(statuses('/spot-check-samples/{sampleId}/items/{versionId}/check', 'post')).toEqual([
      '201',
      '400',
      '401',
      '403',
      '404',
      '409',
      '413',
      '415',
      '429',
    ]);
    for (const path of ['', '/items', '/report', '/checks.csv', '/blind-spots.jsonl'])
      expect(statuses(`/spot-check-samples/{sampleId}${path}`, 'get')).toEqual([
        '200',
        '400',
        '401',
        '403',
        '404',
        '429',
      ]);
  });

  it('asks for a key on every operation and documents errors as JSON, exports in their own type', () => {
    for (const item of Object.values(document.paths).filter((_, index) =>
      Object.keys(document.paths)[index].startsWith('/spot-check-samples'),
    ))
      for (const op of Object.values(item as Record<string, Operation>))
        expect(op.security?.length).toBeGreaterThan(0);
    expect(
      Object.keys(
        operation('/spot-check-samples/{sampleId}/checks.csv', 'get').responses['200'].content ?? {},
      ),
    ).toEqual(['text/csv']);
    expect(
      Object.keys(
        operation('/spot-check-samples/{sampleId}/blind-spots.jsonl', 'get').responses['200'].content ?? {},
      ),
    ).toEqual(['application/x-ndjson']);
    expect(
      Object.keys(
        operation('/spot-check-samples/{sampleId}/checks.csv', 'get').responses['404'].content ?? {},
      ),
    ).toEqual(['application/json']);
  });

  it('states the draw’s constraints: seed a whole number ≥ 0, rate in (0, 1], count from 1', () => {
    const draw = schema('DrawSampleBody');
    expect(draw.required).toEqual(expect.arrayContaining(['jobId', 'seed']));
    expect(draw.properties.seed).toMatchObject({
      type: 'integer',
      minimum: 0,
      maximum: Number.MAX_SAFE_INTEGER,
    });
    expect(draw.properties.rate).toMatchObject({ minimum: 0, exclusiveMinimum: true, maximum: 1 });
    expect(draw.properties.count).toMatchObject({ type: 'integer', minimum: 1, maximum: 100_000 });
    expect(draw.properties.jobId).toMatchObject({ pattern: expect.any(String) });
  });

  it('states the MQM typology and span bounds of a check', () => {
    const error = schema('MarkedErrorDto');
    expect(error.properties.category.enum).toEqual([...MQM_CATEGORIES]);
    expect(error.properties.severity.enum).toEqual(['minor', 'major', 'critical']);
    expect(error.properties.start).toMatchObject({ type: 'integer', minimum: 0 });
    expect(schema('RecordSpotCheckBody').properties.verdict.enum).toEqual(['publishable', 'not_publishable']);
  });
});

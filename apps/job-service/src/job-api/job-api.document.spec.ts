import { Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { OpenAPIObject } from '@nestjs/swagger';
import { API_KEYS, buildOpenApiDocument } from '@content-pipeline/nest-runtime';
import { CreateJobUseCase } from '../create-job/create-job.use-case';
import { ResumeJobUseCase } from '../resume-job/resume-job.use-case';
import { SetBudgetUseCase } from '../set-budget/set-budget.use-case';
import { JobController } from './job.controller';
import { JobProgressStream } from './job-progress.stream';
import { JobQueries } from './job-queries';

type Operation = {
  parameters?: Array<{ name: string; in: string; schema: Record<string, unknown> }>;
  requestBody?: { content: Record<string, { schema: Record<string, unknown> }> };
  security?: unknown[];
};

@Module({
  controllers: [JobController],
  providers: [
    CreateJobUseCase,
    ResumeJobUseCase,
    SetBudgetUseCase,
    JobQueries,
    JobProgressStream,
    API_KEYS,
  ].map((provide) => ({ provide, useValue: {} })),
})
class JobApiDocumentModule {}

/** The job API's OpenAPI document, as a client (or Schemathesis) reads it: what it says must be what it checks. */
describe('job API document', () => {
  let document: OpenAPIObject;
  const operation = (path: string, method: 'get' | 'post' | 'patch') =>
    (document.paths[path] as Record<string, Operation>)[method];
  const parameter = (path: string, method: 'get' | 'post' | 'patch', name: string) =>
    operation(path, method).parameters?.find((candidate) => candidate.name === name);

  beforeAll(async () => {
    const app = await NestFactory.create(JobApiDocumentModule, { logger: false });
    document = buildOpenApiDocument(app, { title: 'Job service', description: '' });
    await app.close();
  });

  it('gives every job id parameter the pattern the handlers check', () => {
    for (const [path, item] of Object.entries(document.paths).filter(([path]) => path.includes('{jobId}'))) {
      for (const method of Object.keys(item) as Array<'get' | 'post' | 'patch'>) {
        expect(parameter(path, method, 'jobId')?.schema).toMatchObject({ pattern: expect.any(String) });
      }
    }
  });

  it('bounds the list limit and the stream interval as integers', () => {
    expect(parameter('/api/batch', 'get', 'limit')?.schema).toEqual({
      type: 'integer',
      minimum: 1,
      maximum: 500,
      default: 50,
    });
    expect(parameter('/api/batch/{jobId}/progress/stream', 'get', 'interval_ms')?.schema).toMatchObject({
      type: 'integer',
      minimum: 500,
      maximum: 60000,
    });
  });

  it('documents the catalogue file in every format the create call reads, and its query options', () => {
    const body = operation('/api/batch', 'post').requestBody;
    expect(Object.keys(body?.content ?? {}).sort()).toEqual([
      'application/json',
      'application/x-ndjson',
      'text/csv',
      'text/plain',
    ]);
    expect(body?.content['application/json'].schema['oneOf']).toHaveLength(3);
    expect(parameter('/api/batch', 'post', 'lane')?.schema).toMatchObject({ enum: ['bulk', 'priority'] });
  });

  it('says a budget cap is a positive number or null', () => {
    const schema = (document.components?.schemas?.['UpdateJobDto'] as { properties: Record<string, unknown> })
      .properties['budgetUsd'];
    expect(schema).toMatchObject({ nullable: true, minimum: 0, exclusiveMinimum: true, maximum: 1e9 });
  });

  it('requires a key on every operation', () => {
    for (const [path, item] of Object.entries(document.paths)) {
      for (const method of Object.keys(item) as Array<'get' | 'post' | 'patch'>) {
        expect({ path, method, security: operation(path, method).security?.length }).toEqual({
          path,
          method,
          security: 2,
        });
      }
    }
  });
});

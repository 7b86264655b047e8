import { PIPELINE_SERVICE_NAMES, PipelineUnderTest, uniqueRunTag } from '@content-pipeline/testing';

const KEYS = {
  viewer: 'hostile-viewer-0001',
  reviewer: 'hostile-reviewer-0001',
  operator: 'hostile-operator-0001',
};
const WRITE_METHODS = new Set(['post', 'put', 'patch', 'delete']);
const TWELVE_MEGABYTES = JSON.stringify({ note: 'x'.repeat(12 * 1024 * 1024) });
const DEEP_JSON = `${'{"a":'.repeat(5_000)}1${'}'.repeat(5_000)}`;

interface OpenApiDocument {
  paths: Record<string, Record<string, unknown>>;
}

interface HostileRequest {
  name: string;
  method: string;
  path: string;
  key?: string;
  body?: string;
  contentType?: string;
  /** The one status this attack must get, when the shared input checks decide it before any route logic. */
  expected?: number;
}

interface Answer {
  request: HostileRequest;
  service: string;
  status: number;
  body: string;
}

/** A plausible value for a path parameter, so a request reaches the handler rather than stopping at routing. */
function sampleParameter(name: string): string {
  if (/^lang/i.test(name)) return 'en';
  if (/version|experiment|variant|rule|id$/i.test(name) && !/sku|job/i.test(name))
    return '00000000-0000-4000-8000-000000000000';
  if (/^sku/i.test(name)) return 'SKU-0000001';
  return 'hostile-job';
}

function fill(template: string, override?: { value: string }): string {
  return template.replace(/\{([^}]+)\}/g, (_match, name: string) => override?.value ?? sampleParameter(name));
}

/** Every attack on one operation of an OpenAPI document. */
function attacksOn(template: string, method: string, limitsJsonBody: boolean): HostileRequest[] {
  const path = fill(template);
  const hasParameter = template.includes('{');
  const requests: HostileRequest[] = [
    ...[undefined, ...Object.values(KEYS)].map((key) => ({
      name: `plain call as ${key ?? 'nobody'}`,
      method,
      path,
      key,
      body: WRITE_METHODS.has(method) ? '{}' : undefined,
    })),
    {
      name: 'out-of-range and malformed pagination',
      method,
      path: `${path}?limit=-1&offset=abc&page=0&size=99999999999999999999&cursor=%27%3B--`,
      key: KEYS.operator,
    },
    { name: 'NUL in the query', method, path: `${path}?limit=%00`, key: KEYS.operator, expected: 400 },
  ];
  if (hasParameter)
    requests.push(
      {
        name: 'NUL in a path parameter',
        method,
        path: fill(template, { value: 'a%00b' }),
        key: KEYS.operator,
        expected: 400,
      },
      {
        name: 'invalid UTF-8 in a path parameter',
        method,
        path: fill(template, { value: '%FF%FE' }),
        key: KEYS.operator,
        expected: 400,
      },
      {
        name: 'a 300-character path parameter with quotes',
        method,
        path: fill(template, { value: encodeURIComponent(`'"${'x'.repeat(300)}`) }),
        key: KEYS.operator,
      },
    );
  if (WRITE_METHODS.has(method))
    requests.push(
      {
        name: '12 MB JSON body',
        method,
        path,
        key: KEYS.operator,
        body: TWELVE_MEGABYTES,
        expected: limitsJsonBody ? 413 : undefined,
      },
      { name: 'JSON nested 5,000 deep', method, path, key: KEYS.operator, body: DEEP_JSON, expected: 400 },
      { name: 'malformed JSON', method, path, key: KEYS.operator, body: '{"a":', expected: 400 },
      {
        name: 'XML body',
        method,
        path,
        key: KEYS.operator,
        body: '<a/>',
        contentType: 'application/xml',
        expected: 415,
      },
      {
        name: 'unknown fields and control characters in strings',
        method,
        path,
        key: KEYS.operator,
        body: JSON.stringify({ unexpected_field: true, note: 'a\u0000b\u0007', reason: '\ud800' }),
      },
      { name: 'a JSON array body', method, path, key: KEYS.operator, body: '[1,2,3]' },
      { name: 'a JSON string body', method, path, key: KEYS.operator, body: '"text"' },
    );
  return requests;
}

async function send(port: number, request: HostileRequest): Promise<{ status: number; body: string }> {
  const headers: Record<string, string> = {};
  if (request.key) headers['authorization'] = `Bearer ${request.key}`;
  if (request.body !== undefined) headers['content-type'] = request.contentType ?? 'application/json';
  const response = await fetch(`http://127.0.0.1:${port}${request.path}`, {
    method: request.method.toUpperCase(),
    headers,
    body: request.body,
    signal: AbortSignal.timeout(30_000),
  });
  // Streams (job progress) answer 200 and stay open: the status is all this test needs.
  const isStream = response.headers.get('content-type')?.includes('text/event-stream');
  const body = isStream ? '' : await response.text();
  if (isStream) await response.body?.cancel();
  return { status: response.status, body: body.slice(0, 300) };
}

describe('hostile input at every HTTP endpoint of every service', () => {
  const jobId = uniqueRunTag('e2e-hostile');
  const pipeline = new PipelineUnderTest(jobId, 4800, ['--seed', '5'], {
    API_KEYS: `${KEYS.viewer}:viewer,${KEYS.reviewer}:reviewer,${KEYS.operator}:operator`,
  });
  const answers: Answer[] = [];

  beforeAll(async () => {
    await pipeline.start();
    for (const name of PIPELINE_SERVICE_NAMES) {
      const port = pipeline.service(name).port;
      const document = (await (await fetch(`http://127.0.0.1:${port}/docs-json`)).json()) as OpenApiDocument;
      // The job service reads whole catalogue files, so its JSON limit is the file limit, not the default.
      const limitsJsonBody = name !== 'job-service';
      for (const [template, operations] of Object.entries(document.paths))
        for (const method of Object.keys(operations))
          for (const request of attacksOn(template, method, limitsJsonBody))
            answers.push({ request, service: name, ...(await send(port, request)) });
    }
  }, 600_000);

  afterAll(() => pipeline.stop());

  it('reaches every service’s documented endpoints with every kind of attack', () => {
    const services = new Set(answers.map((answer) => answer.service));
    expect([...services].sort()).toEqual([...PIPELINE_SERVICE_NAMES].sort());
    expect(answers.length).toBeGreaterThan(300);
  });

  it('answers no attack with a 5xx', () => {
    const serverErrors = answers
      .filter((answer) => answer.status >= 500)
      .map(
        ({ service, request, status, body }) =>
          `${service} ${request.method} ${request.path.slice(0, 80)} [${request.name}] → ${status} ${body}`,
      );
    expect(serverErrors).toEqual([]);
  });

  it('refuses each attack the shared input checks own with its status and a message that says what is wrong', () => {
    const wrong = answers
      .filter(({ request, status }) => request.expected !== undefined && status !== request.expected)
      .map(
        ({ service, request, status, body }) =>
          `${service} ${request.method} ${request.path.slice(0, 80)} [${request.name}] → ${status} (want ${request.expected}) ${body}`,
      );
    expect(wrong).toEqual([]);
    for (const { request, body } of answers.filter(({ request }) => request.expected !== undefined))
      expect({ attack: request.name, message: (JSON.parse(body) as { message?: string }).message }).toEqual({
        attack: request.name,
        message: expect.stringMatching(/\w+ \w+/),
      });
  });

  it('leaves every service ready', async () => {
    expect(await pipeline.notReady()).toEqual([]);
  });
});

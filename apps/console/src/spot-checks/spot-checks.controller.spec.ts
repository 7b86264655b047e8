import type { Response } from 'express';
import type { SignedInPerson } from '../session/signed-in-person';
import type { ServiceClient } from '../upstream/service-client';
import { SpotChecksController } from './spot-checks.controller';

const PERSON = { email: 'sam@example.com', role: 'reviewer' } as SignedInPerson;
const SAMPLE_ID = '6f1c1f0e-8a4b-4c57-9a59-2f0d9c1e6b11';

function controllerWith(answer: unknown) {
  const calls: { method: string; path: string; body?: unknown }[] = [];
  const services = {
    call: async (_service: string, _person: SignedInPerson, method: string, path: string, body?: unknown) => {
      calls.push({ method, path, body });
      return answer;
    },
    download: async (_service: string, _person: SignedInPerson, path: string) => {
      calls.push({ method: 'GET', path });
      return { contentType: 'text/csv; charset=utf-8', text: 'check_id\r\n' };
    },
  } as unknown as ServiceClient;
  return { controller: new SpotChecksController(services), calls };
}

describe('SpotChecksController', () => {
  it('asks the version store for the filtered queue and shows only the source fields the page uses', async () => {
    const { controller, calls } = controllerWith({
      items: [
        {
          versionId: 'v1',
          source: {
            productName: '蓝牙耳机',
            productDescription: '续航58小时',
            category: 'consumer_electronics',
            brand: 'Orbis',
            attributes: { 颜色: '墨绿色' },
            sourceHash: 'h',
          },
        },
        { versionId: 'v2', source: null },
      ],
      total: 2,
      limit: 50,
      offset: 0,
    });
    const page = await controller.items(
      PERSON,
      { sampleId: SAMPLE_ID },
      { state: 'pending', language: 'ja', category: undefined, limit: 50, offset: 0 },
    );
    expect(calls).toEqual([
      {
        method: 'GET',
        path: `/spot-check-samples/${SAMPLE_ID}/items?state=pending&language=ja&limit=50&offset=0`,
        body: undefined,
      },
    ]);
    expect(page.items.map((item) => item.source)).toEqual([
      {
        productName: '蓝牙耳机',
        productDescription: '续航58小时',
        category: 'consumer_electronics',
        brand: 'Orbis',
      },
      null,
    ]);
  });

  it('passes an export through as a download named after the sample, with the version store’s type', async () => {
    const { controller, calls } = controllerWith(null);
    const headers: Record<string, string> = {};
    const response = {
      type: (value: string) => (headers['type'] = value),
      attachment: (name: string) => (headers['attachment'] = name),
    } as unknown as Response;
    const csv = await controller.checksCsv(PERSON, { sampleId: SAMPLE_ID }, response);
    expect(csv).toBe('check_id\r\n');
    expect(calls).toEqual([{ method: 'GET', path: `/spot-check-samples/${SAMPLE_ID}/checks.csv` }]);
    expect(headers).toEqual({
      type: 'text/csv; charset=utf-8',
      attachment: `spot-check-${SAMPLE_ID}-checks.csv`,
    });
  });
});

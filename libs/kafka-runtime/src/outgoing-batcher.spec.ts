import type { OutgoingMessage, RawProducer } from './broker.port';
import { OutgoingBatcher } from './outgoing-batcher';

function recordingProducer(fail = false) {
  const requests: { topic: string; messages: OutgoingMessage[] }[][] = [];
  const producer: RawProducer = {
    connect: async () => undefined,
    disconnect: async () => undefined,
    send: async () => undefined,
    sendBatch: async (batches) => {
      requests.push(batches);
      if (fail) throw new Error('broker down');
    },
  };
  return { producer, requests };
}

const message = (value: string): OutgoingMessage => ({ key: value, value: Buffer.from(value) });

describe('OutgoingBatcher', () => {
  it('sends messages published together in one request, grouped by topic, in order', async () => {
    const { producer, requests } = recordingProducer();
    const batcher = new OutgoingBatcher(producer, { lingerMs: 5, maxMessages: 100 });
    await Promise.all([
      batcher.send('a', [message('1')]),
      batcher.send('b', [message('2')]),
      batcher.send('a', [message('3')]),
    ]);
    expect(requests).toHaveLength(1);
    expect(requests[0].map(({ topic, messages }) => [topic, messages.map((m) => m.key)])).toEqual([
      ['a', ['1', '3']],
      ['b', ['2']],
    ]);
  });

  it('splits at the size limit', async () => {
    const { producer, requests } = recordingProducer();
    const batcher = new OutgoingBatcher(producer, { lingerMs: 50, maxMessages: 2 });
    await batcher.send('a', ['1', '2', '3', '4', '5'].map(message));
    expect(requests.map((request) => request[0].messages.length)).toEqual([2, 2, 1]);
  });

  it('rejects every caller of a failed request', async () => {
    const { producer } = recordingProducer(true);
    const batcher = new OutgoingBatcher(producer, { lingerMs: 1, maxMessages: 10 });
    const results = await Promise.allSettled([
      batcher.send('a', [message('1')]),
      batcher.send('a', [message('2')]),
    ]);
    expect(results.map((result) => result.status)).toEqual(['rejected', 'rejected']);
  });
});

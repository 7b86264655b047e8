import type { OutgoingMessage } from '../broker.port';
import { messageBytes, splitIntoRequests } from './produce-requests';

const message = (bytes: number, key = 'k'): OutgoingMessage => ({ key, value: Buffer.alloc(bytes) });

describe('splitIntoRequests', () => {
  it('keeps what fits in one request together', () => {
    const requests = splitIntoRequests(
      [
        { topic: 'a', messages: [message(10), message(10)] },
        { topic: 'b', messages: [message(10)] },
      ],
      100,
    );
    expect(requests).toHaveLength(1);
    expect(requests[0].map(({ topic, messages }) => [topic, messages.length])).toEqual([
      ['a', 2],
      ['b', 1],
    ]);
  });

  it('splits in order at the byte limit, a too-large message going alone', () => {
    const values = [40, 40, 40, 500, 10].map((bytes) => message(bytes - 1));
    const requests = splitIntoRequests([{ topic: 'a', messages: values }], 100);
    expect(requests.map((request) => request.flatMap(({ messages }) => messages))).toEqual([
      [values[0], values[1]],
      [values[2]],
      [values[3]],
      [values[4]],
    ]);
  });

  it('counts value, key and headers', () => {
    expect(messageBytes({ key: 'ab', value: Buffer.alloc(5), headers: { 'x-job-id': '名' } })).toBe(
      5 + 2 + 8 + 3,
    );
    expect(messageBytes({ value: null })).toBe(0);
  });
});

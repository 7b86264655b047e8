import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';

/** A recorded response: JSON body, raw SSE events, or no answer at all. */
export interface RecordedResponse {
  status: number;
  headers?: Record<string, string>;
  body?: unknown;
  /**
   * Server-sent events, each serialised as one `data:` line (a string is sent as it is, e.g. OpenAI's `[DONE]`);
   * with `namedEvents`, each is `{event, data}` and gets an `event:` line too, as Anthropic streams them.
   */
  events?: unknown[];
  namedEvents?: boolean;
  /** Never answer (for timeout tests). */
  hang?: boolean;
}

/** A request the fixture server received. */
export interface ReceivedRequest {
  method: string;
  path: string;
  headers: IncomingMessage['headers'];
  body: unknown;
}

const FIXTURES = join(__dirname, '..', 'fixtures');

/** Loads `test/fixtures/<path>` as a recorded response. */
export function loadFixture(path: string): RecordedResponse {
  return JSON.parse(readFileSync(join(FIXTURES, path), 'utf8')) as RecordedResponse;
}

/** Serves queued recorded responses in order (the last one repeats) and keeps what it received. */
export class FixtureServer {
  readonly received: ReceivedRequest[] = [];
  private queue: RecordedResponse[] = [];
  private readonly server: Server = createServer((req, res) => this.handle(req, res));
  private readonly open = new Set<ServerResponse>();
  baseUrl = '';

  async start(): Promise<this> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.baseUrl = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this;
  }

  respondWith(...responses: RecordedResponse[]): void {
    this.queue = responses;
    this.received.length = 0;
  }

  async stop(): Promise<void> {
    for (const res of this.open) res.destroy();
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private handle(req: IncomingMessage, res: ServerResponse): void {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const text = Buffer.concat(chunks).toString('utf8');
      this.received.push({
        method: req.method ?? '',
        path: req.url ?? '',
        headers: req.headers,
        body: text ? JSON.parse(text) : undefined,
      });
      const next = this.queue.length > 1 ? this.queue.shift() : this.queue[0];
      if (!next || next.hang) {
        this.open.add(res);
        return;
      }
      if (next.events) {
        res.writeHead(next.status, { 'content-type': 'text/event-stream', ...next.headers });
        // Split mid-event to exercise the SSE reader's buffering.
        const stream = next.events.map((e) => serialiseEvent(e, next.namedEvents === true)).join('');
        const cut = Math.floor(stream.length / 2);
        res.write(stream.slice(0, cut));
        setTimeout(() => res.end(stream.slice(cut)), 5);
        return;
      }
      res.writeHead(next.status, { 'content-type': 'application/json', ...next.headers });
      res.end(typeof next.body === 'string' ? next.body : JSON.stringify(next.body ?? {}));
    });
  }
}

function serialiseEvent(event: unknown, named: boolean): string {
  if (named) {
    const { event: name, data } = event as { event: string; data: unknown };
    return `event: ${name}\ndata: ${JSON.stringify(data)}\n\n`;
  }
  return `data: ${typeof event === 'string' ? event : JSON.stringify(event)}\n\n`;
}

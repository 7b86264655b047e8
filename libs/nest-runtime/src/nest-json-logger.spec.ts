import { JsonLogger } from '@content-pipeline/observability';
import { NestJsonLogger } from './nest-json-logger';

describe('NestJsonLogger', () => {
  it('writes Nest log calls as JSON lines with their context', () => {
    const lines: string[] = [];
    const nestLogger = new NestJsonLogger(new JsonLogger('ingester', 'debug', (line) => lines.push(line)));
    nestLogger.log('Mapped {/health, GET} route', 'RouterExplorer');
    nestLogger.error('boom', 'stack', 'ExceptionHandler');
    expect(lines.map((line) => JSON.parse(line))).toEqual([
      expect.objectContaining({
        level: 'info',
        message: 'Mapped {/health, GET} route',
        context: 'RouterExplorer',
      }),
      expect.objectContaining({
        level: 'error',
        message: 'boom',
        trace: 'stack',
        context: 'ExceptionHandler',
      }),
    ]);
  });
});

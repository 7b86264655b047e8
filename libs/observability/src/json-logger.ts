import { redact, redactText } from './redaction';

export type LogLevel = 'debug' | 'info' | 'warn' | 'error';
const LEVEL_ORDER: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40 };

/** One JSON object per line on stdout (stderr for errors), secrets redacted, ready for any log shipper. */
export class JsonLogger {
  constructor(
    private readonly service: string,
    private readonly minimumLevel: LogLevel = 'info',
    private readonly write: (line: string, level: LogLevel) => void = defaultWrite,
  ) {}

  log(level: LogLevel, message: string, context: Record<string, unknown> = {}): void {
    if (LEVEL_ORDER[level] < LEVEL_ORDER[this.minimumLevel]) return;
    const entry = {
      time: new Date().toISOString(),
      level,
      service: this.service,
      message: redactText(message),
      ...(redact(context) as Record<string, unknown>),
    };
    this.write(JSON.stringify(entry), level);
  }

  debug(message: string, context?: Record<string, unknown>): void {
    this.log('debug', message, context);
  }

  info(message: string, context?: Record<string, unknown>): void {
    this.log('info', message, context);
  }

  warn(message: string, context?: Record<string, unknown>): void {
    this.log('warn', message, context);
  }

  error(message: string, context?: Record<string, unknown>): void {
    this.log('error', message, context);
  }
}

function defaultWrite(line: string, level: LogLevel): void {
  (level === 'error' ? process.stderr : process.stdout).write(`${line}\n`);
}

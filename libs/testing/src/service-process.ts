import { ChildProcess, spawn } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { WORKSPACE_ROOT } from './workspace-root';

const STARTUP_LOG_TAIL_CHARS = 4_000;

function startupLog(logPath: string, from: number): string {
  const printed = readFileSync(logPath).subarray(from).toString('utf8');
  return printed.length > STARTUP_LOG_TAIL_CHARS ? printed.slice(-STARTUP_LOG_TAIL_CHARS) : printed;
}

/**
 * One real service process, started from its `main.ts` exactly as in production, for end-to-end tests
 * that need to SIGTERM or SIGKILL it. Output goes to `tmp/e2e-logs/<name>-<port>.log`.
 */
export class ServiceProcess {
  private child?: ChildProcess;
  private exited?: Promise<number | null>;

  constructor(
    readonly name: string,
    readonly port: number,
    private readonly env: Record<string, string>,
    private readonly args: string[] = [],
    /** Options for node itself, before the script (e.g. `--cpu-prof --cpu-prof-dir DIR` for a bench's profiles). */
    private readonly nodeArgs: string[] = [],
  ) {}

  get pid(): number | undefined {
    return this.child?.pid;
  }

  async start(readyPath = '/health/ready', timeoutMs = 90_000): Promise<void> {
    const logDir = join(WORKSPACE_ROOT, 'tmp', 'e2e-logs');
    mkdirSync(logDir, { recursive: true });
    const logPath = join(logDir, `${this.name}-${this.port}.log`);
    const log = createWriteStream(logPath, { flags: 'a' });
    const logStart = existsSync(logPath) ? statSync(logPath).size : 0;
    this.child = spawn(
      process.execPath,
      [...this.nodeArgs, '-r', '@swc-node/register', `apps/${this.name}/src/main.ts`, ...this.args],
      {
        cwd: WORKSPACE_ROOT,
        env: { ...process.env, ...this.env, HTTP_PORT: String(this.port) },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    this.child.stdout?.pipe(log);
    this.child.stderr?.pipe(log);
    const child = this.child;
    this.exited = new Promise((resolveExit) => child.once('exit', (code) => resolveExit(code)));
    const deadline = Date.now() + timeoutMs;
    let lastAnswer = '';
    // A failed start says why: the last readiness answer and what the process printed since it was started.
    const startFailed = (what: string) =>
      new Error(
        `${this.name} ${what}; last answer on ${readyPath}: ${lastAnswer}\n` +
          `--- ${logPath} (this start, last ${STARTUP_LOG_TAIL_CHARS} characters) ---\n` +
          startupLog(logPath, logStart),
      );
    for (;;) {
      if (child.exitCode !== null) throw startFailed(`exited with code ${child.exitCode} during start-up`);
      const readiness = await this.readiness(readyPath);
      if (readiness.ok) return;
      lastAnswer = readiness.answer;
      if (Date.now() > deadline) throw startFailed(`not ready on port ${this.port} after ${timeoutMs} ms`);
      await new Promise((resolveWait) => setTimeout(resolveWait, 300));
    }
  }

  /** What the service answers on its readiness endpoint now: ok, and the status and body otherwise. */
  async readiness(readyPath = '/health/ready'): Promise<{ ok: boolean; answer: string }> {
    try {
      const response = await fetch(`http://127.0.0.1:${this.port}${readyPath}`);
      return { ok: response.ok, answer: `${response.status} ${await response.text()}` };
    } catch (error) {
      return { ok: false, answer: `no answer (${(error as Error).message})` };
    }
  }

  /** Graceful stop (SIGTERM); resolves with the exit code. */
  async stop(): Promise<number | null> {
    if (!this.child || this.child.exitCode !== null) return this.child?.exitCode ?? null;
    this.child.kill('SIGTERM');
    return this.exited as Promise<number | null>;
  }

  /** Crash: SIGKILL, no chance to commit or close anything. */
  async kill(): Promise<void> {
    if (!this.child || this.child.exitCode !== null) return;
    this.child.kill('SIGKILL');
    await this.exited;
  }
}

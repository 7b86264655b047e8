import { ChildProcess, spawn } from 'node:child_process';
import { createWriteStream, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { WORKSPACE_ROOT } from './workspace-root';

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
  ) {}

  get pid(): number | undefined {
    return this.child?.pid;
  }

  async start(readyPath = '/health/ready', timeoutMs = 90_000): Promise<void> {
    const logDir = join(WORKSPACE_ROOT, 'tmp', 'e2e-logs');
    mkdirSync(logDir, { recursive: true });
    const log = createWriteStream(join(logDir, `${this.name}-${this.port}.log`), { flags: 'a' });
    this.child = spawn(
      process.execPath,
      ['-r', '@swc-node/register', `apps/${this.name}/src/main.ts`, ...this.args],
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
    for (;;) {
      if (child.exitCode !== null)
        throw new Error(`${this.name} exited with code ${child.exitCode} during start-up`);
      try {
        const response = await fetch(`http://127.0.0.1:${this.port}${readyPath}`);
        if (response.ok) return;
      } catch {
        // not listening yet
      }
      if (Date.now() > deadline)
        throw new Error(`${this.name} not ready on port ${this.port} after ${timeoutMs} ms`);
      await new Promise((resolveWait) => setTimeout(resolveWait, 300));
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

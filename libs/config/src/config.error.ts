/** Raised at start-up when the environment does not describe a runnable service; names every bad variable. */
export class ConfigError extends Error {
  constructor(readonly problems: readonly { variable: string; problem: string }[]) {
    super(
      `Invalid configuration:\n${problems.map(({ variable, problem }) => `  - ${variable}: ${problem}`).join('\n')}`,
    );
    this.name = 'ConfigError';
  }
}

/**
 * A consumer declared wrongly (unknown topic, handler without a group, group without settings or handlers): the
 * service refuses to start, as it does for bad configuration.
 */
export class ConsumerDeclarationError extends Error {
  constructor(problems: readonly string[]) {
    super(`Kafka consumers are declared wrongly:\n- ${problems.join('\n- ')}`);
    this.name = 'ConsumerDeclarationError';
  }
}

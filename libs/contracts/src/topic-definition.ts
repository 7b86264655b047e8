/**
 * Binds a topic name, its registry subject, its Avro schema and its TypeScript value type in one value,
 * so `publish(Topics.x, value)` only compiles when `value` has the type the topic carries.
 */
export interface TopicDefinition<TValue> {
  readonly name: string;
  /** Confluent TopicNameStrategy subject: `<topic>-value`. */
  readonly subject: string;
  readonly schema: object;
  readonly description: string;
  /**
   * Domain invariants beyond the schema; problems make the message invalid (dead-lettered). Declared as a
   * method so a `TopicDefinition<X>` still fits where any topic is accepted.
   */
  validate?(value: TValue): string[];
  /** Phantom member carrying the value type; never set at run time. */
  readonly __valueType?: TValue;
}

export type TopicValue<TTopic> = TTopic extends TopicDefinition<infer TValue> ? TValue : never;

export function defineTopic<TValue>(
  name: string,
  schema: object,
  description: string,
  validate?: (value: TValue) => string[],
): TopicDefinition<TValue> {
  return { name, subject: `${name}-value`, schema, description, validate };
}

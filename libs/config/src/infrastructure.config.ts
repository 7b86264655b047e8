import { z } from 'zod';
import { booleanFlag, csvList, port, positiveInt, url } from './config-fields';
import { Environment, loadConfig } from './load-config';

/** Variables every service needs: its HTTP port, Kafka, the schema registry and PostgreSQL. */
export const infrastructureEnvSchema = z.object({
  LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error']).default('info'),
  KAFKA_BROKERS: csvList('127.0.0.1:19092').refine(
    (brokers) => brokers.every((broker) => /^[^:\s]+:\d+$/.test(broker)),
    {
      message: 'must be a comma-separated list of host:port',
    },
  ),
  KAFKA_CLIENT_ID: z.string().optional(),
  KAFKA_SSL: booleanFlag(false),
  KAFKA_SASL_MECHANISM: z.enum(['plain', 'scram-sha-256', 'scram-sha-512']).optional(),
  KAFKA_SASL_USERNAME: z.string().optional(),
  KAFKA_SASL_PASSWORD: z.string().optional(),
  KAFKA_TOPIC_PARTITIONS: positiveInt(6),
  KAFKA_REPLICATION_FACTOR: positiveInt(1),
  KAFKA_SESSION_TIMEOUT_MS: positiveInt(30_000),
  SCHEMA_REGISTRY_URL: url('Confluent-compatible schema registry base URL').default('http://127.0.0.1:18081'),
  SCHEMA_REGISTRY_USERNAME: z.string().optional(),
  SCHEMA_REGISTRY_PASSWORD: z.string().optional(),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// URL')
    .default('postgres://pipeline:pipeline@127.0.0.1:15432/pipeline'),
  DATABASE_SSL: booleanFlag(false),
  DATABASE_POOL_SIZE: positiveInt(10),
  SHUTDOWN_GRACE_MS: positiveInt(20_000),
});

export type InfrastructureEnv = z.infer<typeof infrastructureEnvSchema>;

/** Kafka connection settings, as the Kafka runtime consumes them. */
export interface KafkaConnectionConfig {
  clientId: string;
  brokers: string[];
  ssl: boolean;
  sasl?: { mechanism: 'plain' | 'scram-sha-256' | 'scram-sha-512'; username: string; password: string };
  topicPartitions: number;
  replicationFactor: number;
  /** How long the group waits for a silent consumer (a SIGKILLed pod) before giving its partitions to others. */
  sessionTimeoutMs: number;
}

export interface RegistryConnectionConfig {
  url: string;
  username?: string;
  password?: string;
}

export interface DatabaseConnectionConfig {
  url: string;
  ssl: boolean;
  poolSize: number;
}

/** Everything a pipeline service needs to reach its infrastructure. */
export interface ServiceConfig {
  serviceName: string;
  httpPort: number;
  logLevel: InfrastructureEnv['LOG_LEVEL'];
  shutdownGraceMs: number;
  kafka: KafkaConnectionConfig;
  registry: RegistryConnectionConfig;
  database: DatabaseConnectionConfig;
}

export function toServiceConfig(
  serviceName: string,
  httpPort: number,
  env: InfrastructureEnv,
): ServiceConfig {
  const sasl =
    env.KAFKA_SASL_MECHANISM && env.KAFKA_SASL_USERNAME && env.KAFKA_SASL_PASSWORD
      ? {
          mechanism: env.KAFKA_SASL_MECHANISM,
          username: env.KAFKA_SASL_USERNAME,
          password: env.KAFKA_SASL_PASSWORD,
        }
      : undefined;
  return {
    serviceName,
    httpPort,
    logLevel: env.LOG_LEVEL,
    shutdownGraceMs: env.SHUTDOWN_GRACE_MS,
    kafka: {
      clientId: env.KAFKA_CLIENT_ID ?? serviceName,
      brokers: env.KAFKA_BROKERS,
      ssl: env.KAFKA_SSL,
      sasl,
      topicPartitions: env.KAFKA_TOPIC_PARTITIONS,
      replicationFactor: env.KAFKA_REPLICATION_FACTOR,
      sessionTimeoutMs: env.KAFKA_SESSION_TIMEOUT_MS,
    },
    registry: {
      url: env.SCHEMA_REGISTRY_URL.replace(/\/+$/, ''),
      username: env.SCHEMA_REGISTRY_USERNAME,
      password: env.SCHEMA_REGISTRY_PASSWORD,
    },
    database: { url: env.DATABASE_URL, ssl: env.DATABASE_SSL, poolSize: env.DATABASE_POOL_SIZE },
  };
}

/**
 * Loads a service's configuration: the shared infrastructure variables, `HTTP_PORT` (defaulting to the
 * service's own port) and the service's extra variables. Throws ConfigError naming each bad variable.
 */
export function loadServiceConfig<TExtra extends z.ZodRawShape>(
  serviceName: string,
  defaultHttpPort: number,
  extra: TExtra,
  env?: Environment,
): { service: ServiceConfig; env: z.infer<z.ZodObject<TExtra>> & InfrastructureEnv } {
  const schema = infrastructureEnvSchema.extend({ HTTP_PORT: port(defaultHttpPort) }).extend(extra);
  const parsed = loadConfig(schema, env) as z.infer<z.ZodObject<TExtra>> &
    InfrastructureEnv & { HTTP_PORT: number };
  return { service: toServiceConfig(serviceName, parsed.HTTP_PORT, parsed), env: parsed };
}

import { Inject, Injectable, OnApplicationShutdown, OnModuleInit } from '@nestjs/common';
import { DataSource, IsNull, Repository } from 'typeorm';
import { SERVICE_DATA_SOURCE } from '@content-pipeline/nest-runtime';
import { JsonLogger } from '@content-pipeline/observability';
import type { OperatorConfiguration } from '@content-pipeline/quality-rules';
import { toOperatorConfiguration } from './operator-configuration.mapping';
import { OperatorRule } from './operator-rule.entity';

const REFRESH_INTERVAL_MS = 10_000;

/**
 * The operator rules the gate applies, reloaded from the table every few seconds so a rule added through
 * any instance's API reaches every instance without a deploy or restart.
 */
@Injectable()
export class OperatorRulesStore implements OnModuleInit, OnApplicationShutdown {
  private readonly rules: Repository<OperatorRule>;
  private current: OperatorConfiguration = { languages: {} };
  private timer?: NodeJS.Timeout;

  constructor(
    @Inject(SERVICE_DATA_SOURCE) dataSource: DataSource,
    private readonly logger: JsonLogger,
  ) {
    this.rules = dataSource.getRepository(OperatorRule);
  }

  get configuration(): OperatorConfiguration {
    return this.current;
  }

  async onModuleInit(): Promise<void> {
    await this.refresh();
    this.timer = setInterval(
      () =>
        void this.refresh().catch((error: Error) =>
          this.logger.warn('Operator rules refresh failed', { error: error.message }),
        ),
      REFRESH_INTERVAL_MS,
    );
  }

  onApplicationShutdown(): void {
    if (this.timer) clearInterval(this.timer);
  }

  async refresh(): Promise<void> {
    this.current = toOperatorConfiguration(await this.rules.findBy({ deletedAt: IsNull() }));
  }

  active(language?: string): Promise<OperatorRule[]> {
    return this.rules.find({
      where: { deletedAt: IsNull(), ...(language ? { language: language as OperatorRule['language'] } : {}) },
      order: { createdAt: 'ASC' },
    });
  }

  async add(rule: Omit<OperatorRule, 'id' | 'createdAt' | 'deletedAt'>): Promise<OperatorRule> {
    // Validates (compiles) the new rule together with the active ones before storing it.
    toOperatorConfiguration([...(await this.active()), { ...rule, id: 'new' }]);
    const saved = await this.rules.save(this.rules.create(rule));
    await this.refresh();
    return saved;
  }

  async remove(id: string): Promise<boolean> {
    const result = await this.rules.update({ id, deletedAt: IsNull() }, { deletedAt: new Date() });
    await this.refresh();
    return (result.affected ?? 0) > 0;
  }
}

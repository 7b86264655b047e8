import { bootstrapService } from '@content-pipeline/nest-runtime';
import { JsonLogger } from '@content-pipeline/observability';
import { CostMeterModule } from './app.module';
import { COST_METER_API } from './cost-meter.api';
import { loadCostMeterConfig } from './cost-meter.config';

export function bootstrap() {
  return bootstrapService(() => {
    const config = loadCostMeterConfig();
    const logger = new JsonLogger(config.service.serviceName, config.service.logLevel);
    return {
      serviceName: config.service.serviceName,
      httpPort: config.service.httpPort,
      logger,
      module: CostMeterModule.forRoot(config, logger),
      openApi: COST_METER_API,
    };
  });
}

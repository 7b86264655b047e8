import { SimulatorServer } from './app/simulator.server';
import { readSimulatorStartup } from './simulator.config';

async function main(): Promise<void> {
  const startup = readSimulatorStartup(process.argv.slice(2));
  const server = new SimulatorServer(startup.settings);
  const port = await server.listen(startup.port, startup.host);
  console.warn(`llm-simulator listening on http://${startup.host}:${port} (seed ${startup.settings.seed})`);
  const stop = () => void server.close().then(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});

import { Registry } from 'prom-client';
import { ProviderError } from '@content-pipeline/llm-providers';
import { GeneratorMetrics } from '../generator.metrics';
import { ProviderCircuitBreaker } from './provider-circuit-breaker';

function breaker(onOpenChange: (open: boolean) => void, resetTimeoutMs = 200) {
  return new ProviderCircuitBreaker(
    'dify',
    {
      rollingWindowMs: 60_000,
      volumeThreshold: 20,
      errorThresholdPercentage: 50,
      resetTimeoutMs,
      consecutiveFaults: 5,
    },
    new GeneratorMetrics(new Registry()),
    onOpenChange,
    () => undefined,
  );
}

const outage = () => Promise.reject(new ProviderError('retriable', 'http_503', 'down', 503));
const limited = () =>
  Promise.reject(new ProviderError('rate_limited', 'too_many_requests', 'slow down', 429));

describe('ProviderCircuitBreaker', () => {
  it('opens after consecutive faults and pauses; closes after a successful half-open trial', async () => {
    const changes: boolean[] = [];
    const circuit = breaker((open) => changes.push(open));
    const signal = new AbortController().signal;
    for (let i = 0; i < 5; i += 1) await expect(circuit.run(outage, signal)).rejects.toThrow('down');
    expect(circuit.isOpen).toBe(true);
    expect(changes).toEqual([true]);
    // A call made while open waits for the trial instead of failing (no retry is spent).
    const started = Date.now();
    await expect(circuit.run(() => Promise.resolve('ok'), signal)).resolves.toBe('ok');
    expect(Date.now() - started).toBeGreaterThanOrEqual(150);
    expect(changes).toEqual([true, false]);
    circuit.shutdown();
  });

  it('does not count 429s', async () => {
    const changes: boolean[] = [];
    const circuit = breaker((open) => changes.push(open));
    const signal = new AbortController().signal;
    for (let i = 0; i < 30; i += 1) await expect(circuit.run(limited, signal)).rejects.toThrow('slow down');
    expect(circuit.isOpen).toBe(false);
    expect(changes).toEqual([]);
    circuit.shutdown();
  });

  it('lets a waiting call go when its task is abandoned', async () => {
    const circuit = breaker(() => undefined, 60_000);
    const controller = new AbortController();
    for (let i = 0; i < 5; i += 1) await expect(circuit.run(outage, controller.signal)).rejects.toThrow();
    const waiting = circuit.run(() => Promise.resolve('never'), controller.signal);
    controller.abort();
    await expect(waiting).rejects.toThrow('abandoned');
    circuit.shutdown();
  });
});

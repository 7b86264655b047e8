/**
 * A text "flame graph" of the CPU profiles a bench run wrote with --cpu-prof: per service, the share of samples
 * that were idle, garbage collection and program time, the top functions by self time, and self time by package
 * (node_modules package, or the project's app/lib), which is where a flame graph's wide towers come from.
 *
 *   node -r @swc-node/register bench/backlog/profile-summary.ts DIR [--top 15]
 *
 * DIR holds the .cpuprofile files and the services.json (pid → service) bench/backlog/run.ts writes beside them.
 * The profiler samples the main thread at intervals of wall time: on a machine with more runnable processes than
 * cores, "not idle" includes time the process waited for a core, so the shares say where its work goes, and
 * /proc's CPU seconds (the bench's table) say how much there was.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

interface CallFrame {
  functionName: string;
  url: string;
  lineNumber: number;
}

interface ProfileNode {
  id: number;
  callFrame: CallFrame;
  hitCount?: number;
  children?: number[];
}

interface CpuProfile {
  nodes: ProfileNode[];
  startTime: number;
  endTime: number;
  samples?: number[];
  timeDeltas?: number[];
}

const SPECIAL = new Set(['(idle)', '(program)', '(garbage collector)', '(root)']);

/** The package a script belongs to: `kafkajs`, `@nestjs/core`, `libs/kafka-runtime`, `apps/generator`, `node:`. */
function packageOf(url: string): string {
  if (!url) return '(native)';
  if (url.startsWith('node:')) return 'node: (core)';
  const modules = url.lastIndexOf('/node_modules/');
  if (modules >= 0) {
    const parts = url.slice(modules + '/node_modules/'.length).split('/');
    return parts[0].startsWith('@') ? `${parts[0]}/${parts[1]}` : parts[0];
  }
  const project = /\/(apps|libs|bench)\/([^/]+)\//.exec(url);
  return project ? `${project[1]}/${project[2]}` : url;
}

function shortUrl(url: string): string {
  const modules = url.lastIndexOf('/node_modules/');
  if (modules >= 0) return url.slice(modules + '/node_modules/'.length);
  const project = /\/((apps|libs|bench)\/.*)$/.exec(url);
  return project ? project[1] : url.replace(/^file:\/\//, '');
}

function summarise(file: string, service: string, top: number): void {
  const profile = JSON.parse(readFileSync(file, 'utf8')) as CpuProfile;
  const durationMs = (profile.endTime - profile.startTime) / 1000;
  // Self time per node: the sampled intervals attributed to it (timeDeltas[i] precedes samples[i]).
  const selfMs = new Map<number, number>();
  if (profile.samples && profile.timeDeltas) {
    profile.samples.forEach((nodeId, index) => {
      const next = profile.timeDeltas?.[index + 1] ?? 0;
      selfMs.set(nodeId, (selfMs.get(nodeId) ?? 0) + next / 1000);
    });
  } else {
    const perHit = durationMs / profile.nodes.reduce((sum, node) => sum + (node.hitCount ?? 0), 0);
    profile.nodes.forEach((node) => selfMs.set(node.id, (node.hitCount ?? 0) * perHit));
  }
  const byFunction = new Map<string, number>();
  const byPackage = new Map<string, number>();
  const special = new Map<string, number>();
  for (const node of profile.nodes) {
    const ms = selfMs.get(node.id) ?? 0;
    if (ms === 0) continue;
    const { functionName, url, lineNumber } = node.callFrame;
    if (SPECIAL.has(functionName)) {
      special.set(functionName, (special.get(functionName) ?? 0) + ms);
      continue;
    }
    const key = `${functionName || '(anonymous)'}  ${shortUrl(url)}${url ? `:${lineNumber + 1}` : ''}`;
    byFunction.set(key, (byFunction.get(key) ?? 0) + ms);
    byPackage.set(packageOf(url), (byPackage.get(packageOf(url)) ?? 0) + ms);
  }
  const idle = special.get('(idle)') ?? 0;
  const busy = [...selfMs.values()].reduce((sum, ms) => sum + ms, 0) - idle;
  const pct = (ms: number) => `${((100 * ms) / busy).toFixed(1).padStart(5)}%`;
  console.log('');
  console.log(
    `== ${service} (${file.split('/').pop()}): ${(durationMs / 1000).toFixed(0)} s profiled, ` +
      `${(busy / 1000).toFixed(1)} s not idle (${((100 * busy) / durationMs).toFixed(0)}%); of that ` +
      `GC ${pct(special.get('(garbage collector)') ?? 0)}, (program) ${pct(special.get('(program)') ?? 0)}`,
  );
  console.log('   self time by package:');
  for (const [name, ms] of [...byPackage.entries()].sort((a, b) => b[1] - a[1]).slice(0, 10))
    console.log(`   ${pct(ms)}  ${name}`);
  console.log(`   top ${top} functions by self time:`);
  for (const [name, ms] of [...byFunction.entries()].sort((a, b) => b[1] - a[1]).slice(0, top))
    console.log(`   ${pct(ms)}  ${name}`);
}

function main(): void {
  const dir = process.argv[2];
  if (!dir) throw new Error('usage: profile-summary.ts DIR [--top N]');
  const topIndex = process.argv.indexOf('--top');
  const top = topIndex >= 0 ? Number(process.argv[topIndex + 1]) : 15;
  const servicesFile = join(dir, 'services.json');
  const services: Record<string, string> = existsSync(servicesFile)
    ? (JSON.parse(readFileSync(servicesFile, 'utf8')) as Record<string, string>)
    : {};
  const files = readdirSync(dir).filter((name) => name.endsWith('.cpuprofile'));
  for (const name of files.sort()) {
    const pid = /\.(\d+)\.\d+\.\d+\.cpuprofile$/.exec(name)?.[1] ?? '';
    summarise(join(dir, name), services[pid] ?? `pid ${pid}`, top);
  }
}

main();

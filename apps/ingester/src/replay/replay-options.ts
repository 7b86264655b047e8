import { isJobId, JOB_ID_FORMAT, type Lane, type Language } from '@content-pipeline/contracts';
import { parseLanguageList } from '../ingest-sku/job-headers';

/** What `npm run replay` was asked to do. */
export interface ReplayOptions {
  jobId: string;
  /** Epoch ms: catalogue events published before it are skipped; undefined = from the beginning. */
  sinceMs?: number;
  lane: Lane;
  derivedLanguages?: Exclude<Language, 'en'>[];
  promptVersion?: string;
  /** Consumer group of the replay: `ingester-replay-<job>`, so a stopped replay continues where it stopped. */
  groupId: string;
}

export const REPLAY_USAGE =
  'Usage: npm run replay -- (--from-beginning | --since ISO_TIMESTAMP) --job JOB_ID [--lane bulk|priority] ' +
  '[--languages en,ja,…] [--prompt-version v1] [--restart]';

/** Parses the replay's arguments; throws an Error whose message says what is wrong and how to call it. */
export function parseReplayOptions(argv: readonly string[], now: number = Date.now()): ReplayOptions {
  const value = (flag: string): string | undefined => {
    const index = argv.indexOf(flag);
    if (index < 0) return undefined;
    const next = argv[index + 1];
    if (next === undefined || next.startsWith('--'))
      throw new Error(`${flag} needs a value. ${REPLAY_USAGE}`);
    return next;
  };
  const known = new Set([
    '--from-beginning',
    '--since',
    '--job',
    '--lane',
    '--languages',
    '--prompt-version',
    '--restart',
  ]);
  const unknown = argv.filter((arg) => arg.startsWith('--') && !known.has(arg));
  if (unknown.length > 0) throw new Error(`Unknown option ${unknown.join(', ')}. ${REPLAY_USAGE}`);

  const jobId = value('--job');
  if (!jobId || !isJobId(jobId)) throw new Error(`--job is required (${JOB_ID_FORMAT}). ${REPLAY_USAGE}`);
  const fromBeginning = argv.includes('--from-beginning');
  const since = value('--since');
  if (fromBeginning === (since !== undefined))
    throw new Error(`Give exactly one of --from-beginning and --since. ${REPLAY_USAGE}`);
  let sinceMs: number | undefined;
  if (since !== undefined) {
    sinceMs = Date.parse(since);
    if (Number.isNaN(sinceMs)) throw new Error(`--since must be an ISO 8601 timestamp, got "${since}"`);
    if (sinceMs > now) throw new Error(`--since ${since} is in the future: nothing to replay`);
  }
  const lane = value('--lane') ?? 'bulk';
  if (lane !== 'bulk' && lane !== 'priority')
    throw new Error(`--lane must be bulk or priority, got "${lane}"`);
  const languagesText = value('--languages');
  let derivedLanguages: Exclude<Language, 'en'>[] | undefined;
  if (languagesText !== undefined) {
    const parsed = parseLanguageList(languagesText);
    if (!parsed.ok) throw new Error(`--languages: ${parsed.problem}`);
    derivedLanguages = parsed.languages.filter(
      (language): language is Exclude<Language, 'en'> => language !== 'en',
    );
  }
  const promptVersion = value('--prompt-version');
  if (promptVersion !== undefined && !/^v\d+$/.test(promptVersion))
    throw new Error(`--prompt-version must look like v1, v2, …, got "${promptVersion}"`);
  const base = `ingester-replay-${jobId}`;
  return {
    jobId,
    sinceMs,
    lane,
    derivedLanguages,
    promptVersion,
    groupId: argv.includes('--restart') ? `${base}-${now.toString(36)}` : base,
  };
}

/** Caught up: nothing left to read and nothing in flight, for `quietMs` in a row. */
export class CatchUpDetector {
  private quietSince?: number;

  constructor(private readonly quietMs: number) {}

  observe(lag: number, inFlight: number, now: number): boolean {
    if (lag > 0 || inFlight > 0) {
      this.quietSince = undefined;
      return false;
    }
    this.quietSince ??= now;
    return now - this.quietSince >= this.quietMs;
  }
}

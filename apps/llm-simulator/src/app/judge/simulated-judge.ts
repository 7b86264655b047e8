import {
  CHECKABLE_FIELDS,
  MQM_CATEGORIES,
  MQM_SEVERITIES,
  type CheckableField,
} from '@content-pipeline/contracts';
import { readJudgeBlocks } from '@content-pipeline/llm-providers';
import { hash32, mulberry32 } from '../content/deterministic-random';

/** `category:severity`, e.g. `accuracy/numbers:critical`. */
export type JudgeErrorKind = `${(typeof MQM_CATEGORIES)[number]}:${(typeof MQM_SEVERITIES)[number]}`;

/** How the simulated judge behaves; set through `POST /_sim/config` as `judge`. */
export interface JudgeSimulation {
  /** Share of judged versions the judge annotates with one injected error (of a kind drawn from `kinds`). */
  errorRate: number;
  /** The kinds injected errors are drawn from, uniformly. */
  kinds: JudgeErrorKind[];
  /** Share of judge answers that are not the JSON asked for (the pipeline must record a judge failure). */
  malformedRate: number;
}

export const DEFAULT_JUDGE_SIMULATION: JudgeSimulation = {
  errorRate: 0.05,
  kinds: [
    'accuracy/mistranslation:major',
    'accuracy/numbers:critical',
    'fluency:minor',
    'style:minor',
    'terminology:minor',
  ],
  malformedRate: 0,
};

const HAN = /[\u4e00-\u9fff]{2,}/;

interface Annotation {
  field: CheckableField;
  span: string;
  category: string;
  severity: string;
  note: string;
}

/**
 * The simulator's LLM judge: deterministic for a given seed, target text and settings. It finds one real kind of
 * error (Chinese left untranslated in a non-Japanese version, which the simulator's `untranslated_chinese` fault
 * produces) and injects others at `errorRate`, so tests and the demo get judgements whose truth is known.
 * Returns undefined when the prompt is not a judge prompt.
 */
export function answerJudgePrompt(
  userText: string,
  seed: number,
  judge: JudgeSimulation,
): string | undefined {
  const blocks = readJudgeBlocks(userText);
  if (!blocks.judge_target) return undefined;
  let target: Record<string, unknown>;
  try {
    target = JSON.parse(blocks.judge_target) as Record<string, unknown>;
  } catch {
    return JSON.stringify({ errors: [] });
  }
  const language = (blocks.judge_language ?? '').trim().slice(0, 2);
  const random = mulberry32(hash32(`${seed}\u001fjudge\u001f${blocks.judge_target}`));
  if (random() < judge.malformedRate)
    return 'I reviewed the copy and it mostly looks fine, with a few issues.';
  const text = (field: CheckableField) =>
    typeof target[field] === 'string' ? (target[field] as string) : '';
  const errors: Annotation[] = [];
  if (language !== 'ja') {
    for (const field of CHECKABLE_FIELDS) {
      const han = HAN.exec(text(field));
      if (han)
        errors.push({
          field,
          span: han[0],
          category: 'accuracy/mistranslation',
          severity: 'major',
          note: 'source text left untranslated',
        });
    }
  }
  if (judge.kinds.length > 0 && random() < judge.errorRate) {
    const kind = judge.kinds[Math.floor(random() * judge.kinds.length)];
    const [category, severity] = kind.split(':');
    const fields = CHECKABLE_FIELDS.filter((field) => text(field).trim().length > 0);
    const field = fields[Math.floor(random() * fields.length)];
    if (field) {
      const words = text(field).trim().split(/\s+/);
      errors.push({
        field,
        span: words.length > 1 ? words.slice(0, 3).join(' ') : text(field).trim().slice(0, 12),
        category,
        severity,
        note: 'injected by the simulator',
      });
    }
  }
  return JSON.stringify({ errors });
}

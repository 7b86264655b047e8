import { Headers, isJobId, JOB_ID_FORMAT, Lane, Language, LanguageValues } from '@content-pipeline/contracts';

/** What a job asks of the ingester through the headers of its catalogue events. */
export interface JobOverrides {
  jobId?: string;
  lane?: Lane;
  /** Languages derived from the English master (English itself is always generated: it is the pivot). */
  derivedLanguages?: Exclude<Language, 'en'>[];
  promptVersion?: string;
}

export type JobOverridesResult = { ok: true; overrides: JobOverrides } | { ok: false; problem: string };

const PROMPT_VERSION = /^v\d+$/;

/**
 * Reads `x-job-id`, `x-lane`, `x-languages` and `x-prompt-version`. Absent headers leave the service's
 * defaults in force; a present but malformed one is a bad event (dead-lettered with the reason), because
 * silently generating the wrong languages or prompt would cost money and still be wrong.
 */
export function readJobOverrides(headers: Readonly<Record<string, string | undefined>>): JobOverridesResult {
  const overrides: JobOverrides = {};
  const jobId = headers[Headers.jobId]?.trim();
  if (jobId) {
    if (!isJobId(jobId)) return { ok: false, problem: `${Headers.jobId} must be ${JOB_ID_FORMAT}` };
    overrides.jobId = jobId;
  }
  const lane = headers[Headers.lane]?.trim();
  if (lane) {
    if (lane !== 'priority' && lane !== 'bulk')
      return { ok: false, problem: `${Headers.lane} must be priority or bulk, got "${lane.slice(0, 40)}"` };
    overrides.lane = lane;
  }
  const languages = headers[Headers.languages];
  if (languages !== undefined && languages.trim() !== '') {
    const parsed = parseLanguageList(languages);
    if (!parsed.ok) return { ok: false, problem: `${Headers.languages}: ${parsed.problem}` };
    overrides.derivedLanguages = parsed.languages.filter(
      (language): language is Exclude<Language, 'en'> => language !== 'en',
    );
  }
  const promptVersion = headers[Headers.promptVersion]?.trim();
  if (promptVersion) {
    if (!PROMPT_VERSION.test(promptVersion))
      return {
        ok: false,
        problem: `${Headers.promptVersion} must look like v1, v2, …, got "${promptVersion.slice(0, 40)}"`,
      };
    overrides.promptVersion = promptVersion;
  }
  return { ok: true, overrides };
}

/** `en,ja,de` → the languages in catalogue order, English first; unknown or repeated codes are refused. */
export function parseLanguageList(
  text: string,
): { ok: true; languages: Language[] } | { ok: false; problem: string } {
  const codes = text
    .split(',')
    .map((code) => code.trim().toLowerCase())
    .filter(Boolean);
  const unknown = codes.filter((code) => !(LanguageValues as readonly string[]).includes(code));
  if (unknown.length > 0)
    return {
      ok: false,
      problem: `unknown language ${unknown.map((code) => `"${code.slice(0, 10)}"`).join(', ')} (known: ${LanguageValues.join(', ')})`,
    };
  if (new Set(codes).size !== codes.length) return { ok: false, problem: 'a language is listed twice' };
  const wanted = new Set<string>(['en', ...codes]);
  return { ok: true, languages: LanguageValues.filter((language) => wanted.has(language)) };
}

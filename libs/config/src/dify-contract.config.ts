import { z } from 'zod';
import { ConfigError } from './config.error';

const VARIABLE_NAME = /^[A-Za-z_][A-Za-z0-9_]{0,63}$/;

/** What the pipeline can send to a Dify workflow and read from it; given by the provider library. */
export interface DifyContractVocabulary {
  /** Start-node inputs the pipeline can fill. */
  knownInputs: readonly string[];
  /** Fields an output variable can feed. */
  outputFields: readonly string[];
}

/** The Dify workflow's interface as configured, in the shape the Dify adapter takes it. */
export interface DifyContractSettings {
  inputs: 'auto' | string[];
  feedbackInput: string | null;
  outputMap: Record<string, string>;
}

/**
 * Variables describing the Dify workflow's interface, so a workflow built differently from the project's DSL
 * (the product design's, for one) works without code changes:
 * - `DIFY_WORKFLOW_INPUTS`: `auto` (ask the app, `GET /v1/parameters`) or the comma-separated inputs to send;
 * - `DIFY_FEEDBACK_INPUT`: the input that carries the gate's feedback on a regeneration, or `none`;
 * - `DIFY_OUTPUT_MAP`: `variable:field` pairs, comma-separated, read before the default names.
 */
export function difyContractEnv(vocabulary: DifyContractVocabulary) {
  const inputList = `auto, or a comma-separated list of ${vocabulary.knownInputs.join(', ')}`;
  return {
    DIFY_WORKFLOW_INPUTS: z
      .string()
      .default('auto')
      .transform((value, ctx) => {
        if (value.trim() === 'auto') return 'auto' as const;
        const names = value
          .split(',')
          .map((name) => name.trim())
          .filter(Boolean);
        const bad = names.filter((name) => !VARIABLE_NAME.test(name));
        if (names.length === 0 || bad.length > 0) {
          ctx.addIssue({
            code: 'custom',
            message: `must be ${inputList}${bad.length ? `; bad: ${bad.join(', ')}` : ''}`,
          });
        }
        return names;
      }),
    DIFY_FEEDBACK_INPUT: z
      .string()
      .default('feedback')
      .refine((value) => value === 'none' || VARIABLE_NAME.test(value), {
        message: 'must be an input variable name, or none when the workflow takes no feedback',
      })
      .transform((value) => (value === 'none' ? null : value)),
    DIFY_OUTPUT_MAP: z
      .string()
      .default('')
      .transform((value, ctx) => {
        const map: Record<string, string> = {};
        for (const entry of value
          .split(',')
          .map((e) => e.trim())
          .filter(Boolean)) {
          const [variable, field, ...rest] = entry.split(':').map((part) => part.trim());
          if (rest.length > 0 || !variable || !field || !VARIABLE_NAME.test(variable)) {
            ctx.addIssue({ code: 'custom', message: `"${entry}" is not variable:field (e.g. h1_tag:h1)` });
          } else if (!vocabulary.outputFields.includes(field)) {
            ctx.addIssue({
              code: 'custom',
              message: `"${entry}" maps to an unknown field "${field}" (fields: ${vocabulary.outputFields.join(', ')})`,
            });
          } else {
            map[variable] = field;
          }
        }
        return map;
      }),
  };
}

/** The validated variables as the adapter's contract; a listed input the pipeline cannot fill is a ConfigError. */
export function toDifyContract(
  vars: {
    DIFY_WORKFLOW_INPUTS: 'auto' | string[];
    DIFY_FEEDBACK_INPUT: string | null;
    DIFY_OUTPUT_MAP: Record<string, string>;
  },
  vocabulary: DifyContractVocabulary,
): DifyContractSettings {
  const inputs = vars.DIFY_WORKFLOW_INPUTS;
  if (inputs !== 'auto') {
    const fillable = new Set([
      ...vocabulary.knownInputs,
      ...(vars.DIFY_FEEDBACK_INPUT ? [vars.DIFY_FEEDBACK_INPUT] : []),
    ]);
    const unknown = inputs.filter((name) => !fillable.has(name));
    if (unknown.length > 0) {
      throw new ConfigError([
        {
          variable: 'DIFY_WORKFLOW_INPUTS',
          problem: `the pipeline cannot fill ${unknown.join(', ')} (it fills ${[...fillable].join(', ')})`,
        },
      ]);
    }
  }
  return { inputs, feedbackInput: vars.DIFY_FEEDBACK_INPUT, outputMap: vars.DIFY_OUTPUT_MAP };
}

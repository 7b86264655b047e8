import { z } from 'zod';
import { ConfigError } from './config.error';
import { difyContractEnv, toDifyContract } from './dify-contract.config';
import { loadConfig } from './load-config';

const vocabulary = {
  knownInputs: ['product_id', 'product_description', 'target_language', 'feedback'],
  outputFields: ['h1', 'seo_title', 'quality_issues'],
};
const load = (env: Record<string, string>) =>
  toDifyContract(loadConfig(z.object(difyContractEnv(vocabulary)), env), vocabulary);

describe('the Dify contract settings', () => {
  it('default to asking the app for its inputs, feedback in `feedback`, no extra output names', () => {
    expect(load({})).toEqual({ inputs: 'auto', feedbackInput: 'feedback', outputMap: {} });
  });

  it('read an input list, no feedback input and an output map', () => {
    expect(
      load({
        DIFY_WORKFLOW_INPUTS: 'product_id, target_language',
        DIFY_FEEDBACK_INPUT: 'none',
        DIFY_OUTPUT_MAP: 'h1_tag:h1, issues:quality_issues',
      }),
    ).toEqual({
      inputs: ['product_id', 'target_language'],
      feedbackInput: null,
      outputMap: { h1_tag: 'h1', issues: 'quality_issues' },
    });
  });

  it.each([
    [{ DIFY_OUTPUT_MAP: 'h1_tag' }, 'DIFY_OUTPUT_MAP', 'is not variable:field'],
    [{ DIFY_OUTPUT_MAP: 'h1_tag:heading' }, 'DIFY_OUTPUT_MAP', 'unknown field "heading"'],
    [{ DIFY_FEEDBACK_INPUT: 'feed back' }, 'DIFY_FEEDBACK_INPUT', 'must be an input variable name'],
    [{ DIFY_WORKFLOW_INPUTS: 'product_id,brand_voice' }, 'DIFY_WORKFLOW_INPUTS', 'cannot fill brand_voice'],
  ])('refuse %j naming the variable', (env, variable, problem) => {
    let error: unknown;
    try {
      load(env);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).problems).toEqual([
      expect.objectContaining({ variable, problem: expect.stringContaining(problem) }),
    ]);
  });
});

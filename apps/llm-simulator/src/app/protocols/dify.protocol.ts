import {
  buildExtractionMessages,
  buildWorkflowStepMessages,
  countChatPromptTokens,
  countTokens,
  isContentFieldName,
  PROMPT_VERSIONS,
  requestedFieldsOf,
  workflowExtracts,
  workflowStepsOf,
  EMPTY_PRODUCT_CONTENT,
  type ChatMessage,
  type GenerationInput,
  type ProductContent,
} from '@content-pipeline/llm-providers';
import { isLanguage, LANGUAGES } from '@content-pipeline/languages';
import {
  jsonReply,
  retryAfterSeconds,
  type ApiProtocol,
  type ProtocolContext,
  type SimReply,
} from './api-protocol';

/** One start-node variable: its control type in the app's input form, and whether it is required. */
interface FormInput {
  variable: string;
  control: 'text-input' | 'paragraph' | 'select' | 'number';
  required: boolean;
}

/**
 * The project's DSL: deploy/dify/content-generation-v2.yml (the default), whose form is v1's
 * (content-generation.yml) plus `regenerate_fields` and `kept_fields`.
 */
const PROJECT_FORM: FormInput[] = [
  { variable: 'product_id', control: 'text-input', required: true },
  { variable: 'product_name', control: 'text-input', required: true },
  { variable: 'product_description', control: 'paragraph', required: true },
  { variable: 'product_category', control: 'text-input', required: true },
  { variable: 'brand', control: 'text-input', required: false },
  { variable: 'attributes', control: 'paragraph', required: false },
  { variable: 'target_language', control: 'select', required: true },
  { variable: 'source_content', control: 'paragraph', required: false },
  { variable: 'feedback', control: 'paragraph', required: false },
  { variable: 'prompt_version', control: 'text-input', required: false },
  { variable: 'attempt', control: 'number', required: false },
  { variable: 'regenerate_fields', control: 'text-input', required: false },
  { variable: 'kept_fields', control: 'paragraph', required: false },
];

/** The workflow of the product design: five inputs, no feedback. */
const DESIGN_FORM: FormInput[] = [
  { variable: 'product_id', control: 'text-input', required: true },
  { variable: 'product_name', control: 'text-input', required: true },
  { variable: 'product_description', control: 'paragraph', required: true },
  { variable: 'target_language', control: 'select', required: true },
  { variable: 'product_category', control: 'text-input', required: true },
];

/** One node of the simulated workflow run, as Dify reports it. */
interface NodeRun {
  id: string;
  type: 'start' | 'code' | 'llm' | 'end';
  title: string;
  outputs: Record<string, unknown>;
  promptTokens: number;
  completionTokens: number;
}

// Price per 1K tokens the simulated nodes report, in USD (Dify reports node prices as decimal strings).
const PROMPT_PRICE_PER_1K = 0.00015;
const COMPLETION_PRICE_PER_1K = 0.0006;

function envelope(
  status: number,
  code: string,
  message: string,
): { code: string; message: string; status: number } {
  return { code, message, status };
}

function llmNode(
  id: string,
  title: string,
  messages: ChatMessage[],
  output: unknown,
  rawText?: string,
): NodeRun {
  const text = rawText ?? JSON.stringify(output);
  const promptTokens = countChatPromptTokens(messages);
  const completionTokens = countTokens(text);
  return {
    id,
    type: 'llm',
    title,
    promptTokens,
    completionTokens,
    outputs: {
      text,
      usage: {
        prompt_tokens: promptTokens,
        completion_tokens: completionTokens,
        total_tokens: promptTokens + completionTokens,
        total_price: price(promptTokens, completionTokens),
        currency: 'USD',
      },
      finish_reason: 'stop',
    },
  };
}

function price(promptTokens: number, completionTokens: number): string {
  return ((promptTokens * PROMPT_PRICE_PER_1K + completionTokens * COMPLETION_PRICE_PER_1K) / 1000).toFixed(
    7,
  );
}

/**
 * Dify Workflow API (`POST /v1/workflows/run`) for deploy/dify/content-generation.yml: blocking and streaming.
 * Each LLM node bills the tokens of the v1 prompt the DSL renders for it (system + user, chat framing included)
 * and of its JSON answer; the run's total_tokens is their sum, and the end node exposes the split as `usage`.
 */
export class DifyProtocol implements ApiProtocol {
  readonly api = 'dify' as const;

  // The design workflow takes no attempt number; each run of the same SKU and language draws anew, as a model
  // sampling at a temperature would.
  private readonly designRuns = new Map<string, number>();

  /** `GET /v1/parameters`: the app's input form, as the workflow declares it. */
  parameters(context: Pick<ProtocolContext, 'settings'>): SimReply {
    const form = context.settings.difyWorkflow === 'design' ? DESIGN_FORM : PROJECT_FORM;
    return jsonReply(200, {
      opening_statement: '',
      suggested_questions: [],
      user_input_form: form.map(({ variable, control, required }) => ({
        [control]: {
          label: variable,
          variable,
          required,
          default: '',
          ...(control === 'select' ? { options: [...LANGUAGES] } : {}),
        },
      })),
      file_upload: { image: { enabled: false } },
      system_parameters: { file_size_limit: 15, image_file_size_limit: 10 },
    });
  }

  answer(body: unknown, context: ProtocolContext): SimReply {
    const request = (typeof body === 'object' && body !== null ? body : {}) as {
      inputs?: unknown;
      response_mode?: unknown;
      user?: unknown;
    };
    const design = context.settings.difyWorkflow === 'design';
    const refused = undeclaredInput(request.inputs, design ? DESIGN_FORM : PROJECT_FORM);
    if (refused) return this.badRequest(refused);
    const input = readInputs(request.inputs);
    if (typeof input === 'string') return this.badRequest(input);
    // The listing, for chat prompts of the same SKU that carry only its id (one simulated model behind every API).
    const { skuId, productName, productDescription, category, brand, attributes } = input;
    context.model.listings.remember({ skuId, productName, productDescription, category, brand, attributes });
    if (design) {
      const key = `${input.skuId}|${input.targetLanguage}`;
      input.attempt = (this.designRuns.get(key) ?? 0) + 1;
      this.designRuns.set(key, input.attempt);
    }
    if (typeof request.user !== 'string' || request.user.length === 0)
      return this.badRequest('user is required');
    const nodes = this.runNodes(input, context);
    const runId = `${context.requestId.slice(0, 8)}-${context.requestId.slice(8, 12)}-4${context.requestId.slice(13, 16)}-a${context.requestId.slice(17, 20)}-${context.requestId.slice(20, 32)}`;
    const promptTokens = nodes.reduce((sum, n) => sum + n.promptTokens, 0);
    const completionTokens = nodes.reduce((sum, n) => sum + n.completionTokens, 0);
    const checks = nodes.find((n) => n.id === 'checks');
    const failed = typeof checks?.outputs['error'] === 'string' ? String(checks.outputs['error']) : null;
    const end = nodes.find((n) => n.id === 'end');
    const created = Math.floor(context.now / 1000);
    const finishedData = {
      id: runId,
      workflow_id: 'content-generation-v1',
      status: failed ? 'failed' : 'succeeded',
      outputs: failed ? null : (end?.outputs ?? {}),
      error: failed,
      elapsed_time: 0.5,
      total_tokens: promptTokens + completionTokens,
      total_steps: nodes.length,
      created_at: created,
      finished_at: created,
    };
    const mode = request.response_mode === 'blocking' ? 'blocking' : 'streaming';
    if (mode === 'blocking') {
      const payload = {
        workflow_run_id: runId,
        task_id: `task-${context.requestId.slice(0, 12)}`,
        data: finishedData,
      };
      return { status: 200, headers: {}, body: JSON.stringify(payload), promptTokens, completionTokens };
    }
    return {
      status: 200,
      headers: {},
      events: this.streamEvents(runId, context, nodes, finishedData),
      promptTokens,
      completionTokens,
    };
  }

  unauthorized(): SimReply {
    return jsonReply(401, envelope(401, 'unauthorized', 'Access token is invalid'));
  }

  badRequest(message: string): SimReply {
    return jsonReply(400, envelope(400, 'invalid_param', message));
  }

  rateLimited(_reason: 'requests' | 'tokens', retryAfterMs: number): SimReply {
    return jsonReply(429, envelope(429, 'too_many_requests', 'Too many requests. Please try again later.'), {
      'retry-after': retryAfterSeconds(retryAfterMs),
    });
  }

  serverError(status: number): SimReply {
    return jsonReply(
      status,
      envelope(status, 'internal_server_error', 'The server encountered an internal error.'),
    );
  }

  limitHeaders(): Record<string, string> {
    return {};
  }

  private runNodes(input: GenerationInput, context: ProtocolContext): NodeRun[] {
    const extraction = context.model.extract(input);
    const answer = context.model.localize(input, context.settings);
    // A field-only regeneration (v2 with regenerate_fields): one node writing the asked fields, no extraction.
    const content: Partial<ProductContent> = answer.content;
    const whole: ProductContent = { ...EMPTY_PRODUCT_CONTENT, ...content };
    const brokenJson = answer.faults.includes('broken_json');
    const translationOut = { translated_description: content.translated_description };
    // The design's SEO node names the H1 `h1_tag` and writes no keywords.
    const seoOut =
      context.settings.difyWorkflow === 'design'
        ? { seo_title: content.seo_title, meta_description: content.meta_description, h1_tag: content.h1 }
        : {
            seo_title: content.seo_title,
            meta_description: content.meta_description,
            h1: content.h1,
            suggested_keywords: content.suggested_keywords,
          };
    const marketingOut = {
      marketing_copy_a: content.marketing_copy_a,
      marketing_copy_b: content.marketing_copy_b,
      marketing_copy_c: content.marketing_copy_c,
    };
    // v1 runs extraction, translation, SEO and marketing nodes for every language; v2 (the token diet) one content
    // node, after an extraction only where no English master exists. Each node bills its own prompt.
    const stepOutputs = {
      translation: translationOut,
      seo: seoOut,
      marketing: marketingOut,
      localization: content,
    };
    const titles = {
      translation: 'Translation',
      seo: 'SEO',
      marketing: 'Marketing',
      localization: 'Localization',
    };
    const llm = [
      ...(workflowExtracts(input)
        ? [llmNode('core_extraction', 'Core extraction', buildExtractionMessages(input), extraction)]
        : []),
      ...workflowStepsOf(input.promptVersion).map((step) => {
        const output = stepOutputs[step];
        const lastNode = step === 'marketing' || step === 'localization';
        const text = JSON.stringify(output);
        return llmNode(
          step,
          titles[step],
          buildWorkflowStepMessages(
            step,
            input,
            extraction,
            step === 'translation' ? '' : (content.translated_description ?? ''),
          ),
          output,
          brokenJson && lastNode ? text.slice(0, Math.floor(text.length * 0.6)) : undefined,
        );
      }),
    ];
    const promptTokens = llm.reduce((s, n) => s + n.promptTokens, 0);
    const completionTokens = llm.reduce((s, n) => s + n.completionTokens, 0);
    const usage = {
      prompt_tokens: promptTokens,
      completion_tokens: completionTokens,
      total_tokens: promptTokens + completionTokens,
    };
    const fields =
      context.settings.difyOutputs === 'content_json' ? { content: JSON.stringify(content) } : { ...content };
    const outputs =
      context.settings.difyWorkflow === 'design'
        ? designOutputs(whole, answer.faults)
        : {
            ...fields,
            core_extraction: JSON.stringify(extraction),
            usage,
            target_language: input.targetLanguage,
            prompt_version: input.promptVersion,
          };
    const zero = { promptTokens: 0, completionTokens: 0 };
    return [
      { id: 'start', type: 'start', title: 'Start', outputs: {}, ...zero },
      {
        id: 'language_config',
        type: 'code',
        title: 'Language config',
        outputs: { target_language: input.targetLanguage },
        ...zero,
      },
      ...llm,
      {
        id: 'checks',
        type: 'code',
        title: 'Checks',
        outputs: brokenJson
          ? { error: `checks: the ${llm[llm.length - 1].id} node did not return valid JSON` }
          : { ok: true, usage },
        ...zero,
      },
      { id: 'end', type: 'end', title: 'End', outputs, ...zero },
    ];
  }

  private streamEvents(
    runId: string,
    context: ProtocolContext,
    nodes: NodeRun[],
    finished: Record<string, unknown>,
  ): string[] {
    const taskId = `task-${context.requestId.slice(0, 12)}`;
    const created = Math.floor(context.now / 1000);
    const frame = (event: string, data: Record<string, unknown>) =>
      JSON.stringify({ event, workflow_run_id: runId, task_id: taskId, data });
    const events = [
      frame('workflow_started', {
        id: runId,
        workflow_id: 'content-generation-v1',
        sequence_number: 1,
        inputs: {},
        created_at: created,
      }),
    ];
    nodes.forEach((node, index) => {
      if (node.id === 'end' && finished['status'] === 'failed') return;
      const base = {
        id: `${runId}-${node.id}`,
        node_id: node.id,
        node_type: node.type,
        title: node.title,
        index: index + 1,
      };
      events.push(
        frame('node_started', {
          ...base,
          predecessor_node_id: index > 0 ? nodes[index - 1].id : null,
          created_at: created,
        }),
      );
      if (node.id === 'translation') {
        events.push(
          frame('text_chunk', {
            text: String(node.outputs['text']).slice(0, 40),
            from_variable_selector: [node.id, 'text'],
          }),
        );
      }
      const isLlm = node.type === 'llm';
      events.push(
        frame('node_finished', {
          ...base,
          inputs: {},
          process_data: null,
          outputs: node.outputs,
          status: node.id === 'checks' && finished['status'] === 'failed' ? 'failed' : 'succeeded',
          error: node.id === 'checks' ? (finished['error'] ?? null) : null,
          elapsed_time: 0.1,
          execution_metadata: isLlm
            ? {
                total_tokens: node.promptTokens + node.completionTokens,
                total_price: price(node.promptTokens, node.completionTokens),
                currency: 'USD',
              }
            : null,
          created_at: created,
          finished_at: created,
        }),
      );
    });
    events.push(frame('workflow_finished', finished));
    return events;
  }
}

/** The start-node inputs as a generation input, or what is wrong with them. */
function readInputs(value: unknown): GenerationInput | string {
  if (typeof value !== 'object' || value === null) return 'inputs is required';
  const inputs = value as Record<string, unknown>;
  for (const name of [
    'product_id',
    'product_name',
    'product_description',
    'target_language',
    'product_category',
  ]) {
    if (typeof inputs[name] !== 'string' || inputs[name] === '') return `${name} is required in input form`;
  }
  const language = inputs['target_language'];
  if (!isLanguage(language)) return `target_language must be one of ${LANGUAGES.join(', ')}`;
  const promptVersion =
    typeof inputs['prompt_version'] === 'string' && inputs['prompt_version']
      ? inputs['prompt_version']
      : 'v1';
  if (!PROMPT_VERSIONS.includes(promptVersion)) return `prompt_version ${promptVersion} is not deployed`;
  const parse = (text: unknown): unknown => {
    if (typeof text !== 'string' || text === '') return undefined;
    try {
      return JSON.parse(text);
    } catch {
      return undefined;
    }
  };
  const read: GenerationInput = {
    skuId: String(inputs['product_id']),
    productName: String(inputs['product_name']),
    productDescription: String(inputs['product_description']),
    category: String(inputs['product_category']),
    brand: typeof inputs['brand'] === 'string' && inputs['brand'] ? inputs['brand'] : undefined,
    attributes: (parse(inputs['attributes']) as Record<string, string> | undefined) ?? {},
    targetLanguage: language,
    sourceContent: parse(inputs['source_content']) as ProductContent | undefined,
    feedback: typeof inputs['feedback'] === 'string' && inputs['feedback'] ? inputs['feedback'] : undefined,
    attempt: Number(inputs['attempt'] ?? 1) || 1,
    promptVersion,
  };
  // The v2 workflow's `regenerate_fields` (comma-separated); v1's prompts write the whole set whatever it says.
  const asked = typeof inputs['regenerate_fields'] === 'string' ? inputs['regenerate_fields'] : '';
  const regenerateFields = asked
    .split(',')
    .map((field) => field.trim())
    .filter(isContentFieldName);
  if (!requestedFieldsOf({ ...read, regenerateFields })) return read;
  // The kept description an English field-only regeneration writes from (the rest of the previous content is the
  // pipeline's to merge; the workflow never sees it).
  const kept = parse(inputs['kept_fields']) as { translated_description?: unknown } | undefined;
  const previousContent =
    typeof kept?.translated_description === 'string'
      ? { ...EMPTY_PRODUCT_CONTENT, translated_description: kept.translated_description }
      : undefined;
  return { ...read, regenerateFields, ...(previousContent ? { previousContent } : {}) };
}

/** The design workflow refuses inputs its start node does not declare; the reason, or undefined. */
function undeclaredInput(value: unknown, form: readonly FormInput[]): string | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const declared = new Set(form.map((f) => f.variable));
  const extra = Object.keys(value).filter((name) => !declared.has(name));
  return extra.length > 0 ? `${extra[0]} is not an input variable of this workflow` : undefined;
}

const FAULT_NOTES: Record<string, string> = {
  dropped_number: 'a figure of the source is missing from the description',
  changed_number: 'a figure differs from the source',
  forbidden_word: 'marketing copy uses a forbidden claim',
  long_title: 'the SEO title is too long',
  missing_cta: 'a marketing copy has no call to action',
  untranslated_chinese: 'the description contains untranslated Chinese',
  chatter: 'the description starts with assistant chatter',
};

/**
 * The design's end node: the content fields without `h1` and keywords, and its own review — a score and the
 * issues its checking node noticed (the content faults drawn), the issues as a JSON string as a code node
 * returns them.
 */
function designOutputs(content: ProductContent, faults: readonly string[]): Record<string, unknown> {
  const issues = faults.filter((fault) => fault in FAULT_NOTES).map((fault) => FAULT_NOTES[fault]);
  return {
    translated_description: content.translated_description,
    seo_title: content.seo_title,
    meta_description: content.meta_description,
    marketing_copy_a: content.marketing_copy_a,
    marketing_copy_b: content.marketing_copy_b,
    marketing_copy_c: content.marketing_copy_c,
    quality_score: Math.max(0, 92 - 15 * issues.length),
    quality_issues: JSON.stringify(issues),
  };
}

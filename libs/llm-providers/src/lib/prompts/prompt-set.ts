/** The Dify workflow's LLM steps after the extraction: v1's three nodes, or one combined node. */
export type DifyWorkflowPrompts =
  | {
      steps: 'translation_seo_marketing';
      translationSystem: string;
      seoSystem: string;
      marketingSystem: string;
    }
  | { steps: 'localization' };

/** One version of every prompt template, selected by `GenerationInput.promptVersion`. */
export interface PromptSet {
  version: string;
  coreExtractionSystem: string;
  localizationSystem: string;
  repairUser: string;
  difyWorkflow: DifyWorkflowPrompts;
  /** The rule blocks the system prompts embed, kept apart so a token breakdown can attribute them. */
  rules: { data: string; numbers: string; language: string };
  /**
   * What a content call that has the English master carries of the Chinese listing: all of it, or only the SKU id
   * and brand (the master already holds every fact and number, in a language the model reads more cheaply).
   */
  sourceWithMaster: 'listing' | 'identity';
  /** Whether a Dify run with an English master extracts the facts again (v1 did, once per language). */
  extractWithMaster: boolean;
  /**
   * Whether a regeneration asks only for the fields the gate failed (v2) or rewrites the whole set (v1, kept as it
   * was so "today's" figures stay today's).
   */
  fieldRegeneration: boolean;
  /** The system prompt of a field-only regeneration (sets with {@link fieldRegeneration}). */
  fieldRegenerationSystem?: string;
}

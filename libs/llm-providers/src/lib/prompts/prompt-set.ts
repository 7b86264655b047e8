/** One version of every prompt template, selected by `GenerationInput.promptVersion`. */
export interface PromptSet {
  version: string;
  coreExtractionSystem: string;
  localizationSystem: string;
  translationSystem: string;
  seoSystem: string;
  marketingSystem: string;
  repairUser: string;
}

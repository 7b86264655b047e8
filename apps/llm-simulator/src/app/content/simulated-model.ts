import type {
  ContentFieldName,
  CoreExtraction,
  GenerationInput,
  ProductContent,
} from '@content-pipeline/llm-providers';
import { ContentFaultInjector } from '../faults/content-fault.injector';
import { SHAPE_FAULTS, type ContentFault } from '../faults/content-fault';
import type { SimulatorSettings } from '../simulator-settings';
import { ListingMemory } from '../protocols/prompt-input.reader';
import { ContentComposer } from './content-composer';

/** One localisation answer: the text the "model" returns and what is in it. */
export interface LocalizationAnswer {
  /** Every field, or only the asked ones for a field-only regeneration. */
  content: Partial<ProductContent>;
  /** The serialised JSON answer (broken when the broken_json fault fired). */
  text: string;
  faults: ContentFault[];
}

/** The simulator's stand-in for a model: templated content plus injected faults, deterministic per request key. */
export class SimulatedModel {
  /** Listings read from full prompts, for v2 prompts that carry only the SKU id next to the English master. */
  readonly listings = new ListingMemory();
  private readonly composer = new ContentComposer();
  private readonly injector = new ContentFaultInjector();

  /** Key that fixes every choice for one generation attempt. */
  static variantKey(
    input: Pick<GenerationInput, 'skuId' | 'targetLanguage' | 'attempt'>,
    seed: number,
  ): string {
    return `${input.skuId}|${input.targetLanguage}|${input.attempt}|${seed}`;
  }

  extract(input: GenerationInput): CoreExtraction {
    return this.composer.extract(toSource(input));
  }

  /**
   * Content for `input`. On a repair turn the JSON is never broken again (the model did fix its syntax); when the
   * provider enforces the schema (`shapeEnforced`), no shape fault can occur at all.
   */
  localize(
    input: GenerationInput,
    settings: SimulatorSettings,
    repairTurn = false,
    shapeEnforced = false,
  ): LocalizationAnswer {
    const key = SimulatedModel.variantKey(input, settings.seed);
    const faults = this.injector
      .draw(key, settings.faults)
      .filter((f) => !(repairTurn && f === 'broken_json'))
      .filter((f) => !(shapeEnforced && SHAPE_FAULTS.includes(f)));
    const clean = this.composer.compose(toSource(input), input.targetLanguage, key);
    const whole = this.injector.apply(clean, faults, input.targetLanguage, input.productDescription);
    // A field-only regeneration: the model writes the asked fields alone, so only faults that land in them show
    // (the prompt reader takes the list from the prompt, whatever its prompt version).
    const fields = input.regenerateFields?.length ? input.regenerateFields : undefined;
    const content = fields
      ? (Object.fromEntries(fields.map((field) => [field, whole[field]])) as Partial<ProductContent>)
      : whole;
    const shown = fields
      ? faults.filter(
          (fault) =>
            SHAPE_FAULTS.includes(fault) ||
            changesAny(
              clean,
              this.injector.apply(clean, [fault], input.targetLanguage, input.productDescription),
              fields,
            ),
        )
      : faults;
    const json = JSON.stringify(content);
    const text = shown.includes('broken_json')
      ? this.injector.breakJson(json)
      : shown.includes('foreign_shape')
        ? this.injector.foreignShape(whole)
        : json;
    return { content, faults: shown, text };
  }
}

/** Whether a fault changed any of `fields` (so an answer holding only those fields shows it). */
function changesAny(
  clean: ProductContent,
  faulty: ProductContent,
  fields: readonly ContentFieldName[],
): boolean {
  return fields.some((field) => JSON.stringify(clean[field]) !== JSON.stringify(faulty[field]));
}

function toSource(input: GenerationInput) {
  return {
    skuId: input.skuId,
    productName: input.productName,
    productDescription: input.productDescription,
    category: input.category,
    brand: input.brand,
  };
}

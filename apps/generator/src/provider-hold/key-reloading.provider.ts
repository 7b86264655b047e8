import { readFileSync } from 'node:fs';
import type {
  ContentGenerationProvider,
  ContractNote,
  GenerateOptions,
  GenerationInput,
  GenerationResult,
} from '@content-pipeline/llm-providers';

/**
 * The provider, rebuilt with a new API key when its mounted secret (`<NAME>_API_KEY_FILE`) changes. The hold reads
 * the file again before each probe: a person who rotates the secret (a Kubernetes Secret is updated in the pod's
 * volume within a minute or so) lifts a `provider_auth` hold without restarting the generator. Every call also looks
 * at the file (at most once per `recheckMs`): only one instance probes, and an instance still on the old key would
 * hold the group again with a 401 right after the probe released it. Calls already on their way finish with the
 * client they started with.
 */
export class KeyReloadingProvider implements ContentGenerationProvider {
  private current: ContentGenerationProvider;
  private key: string;
  private checkedAt: number;

  constructor(
    private readonly keyFile: string,
    initialKey: string,
    private readonly build: (apiKey: string) => ContentGenerationProvider,
    private readonly recheckMs = 1_000,
    private readonly now: () => number = Date.now,
  ) {
    this.key = initialKey;
    this.current = build(initialKey);
    this.checkedAt = now();
  }

  get name(): string {
    return this.current.name;
  }

  generate(input: GenerationInput, options: GenerateOptions): Promise<GenerationResult> {
    if (this.now() - this.checkedAt >= this.recheckMs) this.reloadKey();
    return this.current.generate(input, options);
  }

  describeContract(): Promise<ContractNote[]> {
    return this.current.describeContract?.() ?? Promise.resolve([]);
  }

  /**
   * Reads the secret again; a different, non-empty key replaces the client. True when it did. An unreadable file
   * keeps the key in use (a secret being rewritten may be missing for a moment); the probe then tells.
   */
  reloadKey(): boolean {
    this.checkedAt = this.now();
    let key: string;
    try {
      key = readFileSync(this.keyFile, 'utf8').trim();
    } catch {
      return false;
    }
    if (!key || key === this.key) return false;
    this.current = this.build(key);
    this.key = key;
    return true;
  }
}

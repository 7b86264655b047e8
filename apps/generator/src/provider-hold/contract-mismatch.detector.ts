import { ProviderError } from '@content-pipeline/llm-providers';

/**
 * Tells a workflow contract mismatch from bad luck: the same unusable-output failure, word for word, on
 * `threshold` different tasks in a row with no success between is the workflow, not the model's mood. A content
 * fault of the model varies from call to call; a missing output variable reads the same every time.
 */
export class ContractMismatchDetector {
  private signature = '';
  private readonly tasks = new Set<string>();

  constructor(private readonly threshold: number) {}

  /** Notes a failed call of `task`; true when the failures now say the contract does not match. */
  failed(error: unknown, task: string): boolean {
    if (!(error instanceof ProviderError) || error.kind !== 'content_failure') return false;
    const signature = `${error.code}\u0000${error.message}`;
    if (signature !== this.signature) {
      this.signature = signature;
      this.tasks.clear();
    }
    this.tasks.add(task);
    return this.tasks.size >= this.threshold;
  }

  /** A usable answer: whatever repeated before was not the contract. */
  succeeded(): void {
    this.signature = '';
    this.tasks.clear();
  }
}

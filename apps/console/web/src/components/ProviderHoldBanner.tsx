import type { Schemas } from '../api/client';

/** How each hold reads to a person, in a few words (the provider's own message follows). */
const HEADLINES: Record<string, string> = {
  provider_auth: 'The provider refused the API key',
  provider_quota: 'The provider account is out of quota or credit',
  provider_model: 'The provider does not know the model, or the key may not use it',
  provider_contract: 'The workflow answers without the fields the pipeline reads',
  provider_unreachable: 'The provider has not answered for too long',
};

/**
 * The generator group holds its provider endpoint: nothing is sent, nothing is dead-lettered, and the job waits
 * until a person fixes the cause. Says what happened in the provider's words, what to do, and since when.
 */
export function ProviderHoldBanner({ hold }: { hold: Schemas['ProviderHoldView'] }) {
  return (
    <div className="provider-hold" role="alert" aria-labelledby="provider-hold-title">
      <h2 id="provider-hold-title">
        Paused: provider held ({hold.reason}) — {HEADLINES[hold.reason] ?? 'the provider needs a person'}
      </h2>
      <dl>
        <dt>Provider</dt>
        <dd>
          {hold.provider} ({hold.hold_key})
        </dd>
        <dt>It answered</dt>
        <dd>
          <code>{hold.error_code}</code> {hold.message}
        </dd>
        <dt>What to do</dt>
        <dd>{hold.action}</dd>
        <dt>Since</dt>
        <dd>
          <time dateTime={hold.since}>{new Date(hold.since).toLocaleString()}</time>
        </dd>
      </dl>
      <p>Nothing is sent or dead-lettered meanwhile; the job continues by itself once the hold is lifted.</p>
    </div>
  );
}

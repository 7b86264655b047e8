import { useEffect, useState } from 'react';
import { api, messageOf, Schemas } from '../api/client';

type Language = 'en' | 'ja' | 'es' | 'de' | 'fr';

function percent(rate: number | null): string {
  return rate === null ? '—' : `${(rate * 100).toFixed(1)} %`;
}

/** The SKU-language's A/B experiment: per variant impressions, conversions, rate and confidence; the winner. */
export function ExperimentPanel({
  sku,
  lang,
  versionNumbers,
}: {
  sku: string;
  lang: string;
  versionNumbers: Map<string, number>;
}) {
  const [experiment, setExperiment] = useState<Schemas['ExperimentView'] | null | undefined>(undefined);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    void api
      .GET('/api/skus/{sku}/languages/{lang}/experiment', {
        params: { path: { sku, lang: lang as Language } },
      })
      .then(({ data, error: failure }) =>
        data ? setExperiment(data.experiment) : setError(messageOf(failure)),
      );
  }, [sku, lang]);

  return (
    <section aria-labelledby="experiment-title">
      <h2 id="experiment-title">A/B experiment</h2>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      {experiment === null && <p>No experiment for this SKU and language.</p>}
      {experiment && (
        <>
          <p>
            {experiment.status} · <strong>{experiment.summary}</strong>
          </p>
          <table aria-label="Variants">
            <thead>
              <tr>
                <th scope="col">Variant</th>
                <th scope="col">Version</th>
                <th scope="col">Weight</th>
                <th scope="col">Impressions</th>
                <th scope="col">Conversions</th>
                <th scope="col">Rate</th>
                <th scope="col">Confidence vs control</th>
              </tr>
            </thead>
            <tbody>
              {experiment.variants.map((variant) => (
                <tr key={variant.variantId}>
                  <th scope="row">
                    {variant.label}
                    {variant.isControl ? ' (control)' : ''}
                    {variant.variantId === experiment.winnerVariantId ? ' — winner' : ''}
                  </th>
                  <td>#{versionNumbers.get(variant.versionId) ?? '?'}</td>
                  <td>{variant.weight}</td>
                  <td>{variant.impressions}</td>
                  <td>{variant.conversions}</td>
                  <td>{percent(variant.conversionRate)}</td>
                  <td>
                    {variant.confidencePercent === null
                      ? '—'
                      : `${variant.confidencePercent} %${variant.significant ? ' (significant)' : ''}`}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}

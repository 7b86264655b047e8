import type { Schemas } from '../api/client';

/** A job's dead letters: what failed, why, and the original message (its text and its exact bytes). */
export function DeadLetterTable({ deadLetters }: { deadLetters: Schemas['DeadLetterView'][] }) {
  return (
    <table aria-label="Dead letters">
      <thead>
        <tr>
          <th scope="col">SKU · language</th>
          <th scope="col">State</th>
          <th scope="col">Reason</th>
          <th scope="col">Topic</th>
          <th scope="col">Re-drives</th>
          <th scope="col">Original message</th>
        </tr>
      </thead>
      <tbody>
        {deadLetters.map((letter) => (
          <tr key={letter.task_id}>
            <td>
              {letter.sku_id} · {letter.language}
            </td>
            <td>{letter.state.replace(/_/g, ' ')}</td>
            <td>
              {letter.error_code && <code>{letter.error_code}</code>} {letter.reason}
            </td>
            <td>
              <code>{letter.topic}</code>
            </td>
            <td>{letter.resume_count}</td>
            <td>
              <details>
                <summary>
                  {letter.value_bytes} bytes of {letter.sku_id} · {letter.language}
                </summary>
                {/* Focusable regions: a long value scrolls, and a keyboard user must be able to scroll it. */}
                <pre className="bytes" tabIndex={0} role="region" aria-label={`Text of ${letter.task_id}`}>
                  {letter.value_preview}
                </pre>
                <p>Base64, as sent again by a re-drive:</p>
                <pre className="bytes" tabIndex={0} role="region" aria-label={`Bytes of ${letter.task_id}`}>
                  {letter.value_base64}
                </pre>
              </details>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

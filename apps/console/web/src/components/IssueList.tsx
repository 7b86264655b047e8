import type { IssueView } from '../api/client';

/** A field's issues: severity, rule, what is wrong and how to fix it. */
export function IssueList({ issues }: { issues: IssueView[] }) {
  if (issues.length === 0) return null;
  return (
    <ul className="issues">
      {issues.map((issue, index) => (
        <li key={index} className={issue.severity}>
          <span className={`badge ${issue.severity}`}>{issue.severity}</span> <strong>{issue.rule}</strong>:{' '}
          {issue.message}
          {issue.suggestion && <span className="fix"> Fix: {issue.suggestion}</span>}
        </li>
      ))}
    </ul>
  );
}

import type { ReactNode } from 'react';
import type { IssueView } from '../api/client';

/** The text with each issue's offending span marked where it occurs (the issue's message as its title). */
export function HighlightedText({ text, issues }: { text: string; issues: IssueView[] }) {
  const marks: { start: number; end: number; issue: IssueView }[] = [];
  for (const issue of issues) {
    if (!issue.span) continue;
    let from = 0;
    for (;;) {
      const start = text.indexOf(issue.span, from);
      if (start < 0) break;
      const end = start + issue.span.length;
      if (!marks.some((mark) => start < mark.end && end > mark.start)) marks.push({ start, end, issue });
      from = end;
    }
  }
  marks.sort((a, b) => a.start - b.start);
  const parts: ReactNode[] = [];
  let at = 0;
  marks.forEach((mark, index) => {
    if (mark.start > at) parts.push(text.slice(at, mark.start));
    parts.push(
      <mark key={index} className={mark.issue.severity} title={`${mark.issue.rule}: ${mark.issue.message}`}>
        {text.slice(mark.start, mark.end)}
      </mark>,
    );
    at = mark.end;
  });
  if (at < text.length) parts.push(text.slice(at));
  return <>{parts}</>;
}

import type { PolicyIssue } from '../lib/policy/types';

export interface IssueListProps {
  issues: readonly PolicyIssue[];
  tone: 'error' | 'warning';
  /** Called with an issue's path when the user picks it (to jump to the field). */
  onSelect?(path: string): void;
  /** How the whole document is named when an issue's path is `""`. */
  documentLabel: string;
}

/** Every issue with its POLICY.md path (`tiers[2].targets.resolution.minutes`), as import and the summary list them. */
export function IssueList({ issues, tone, onSelect, documentLabel }: IssueListProps) {
  return (
    <ul className={`issue-list issue-list-${tone}`}>
      {issues.map((issue, index) => (
        <li key={index}>
          {onSelect && issue.path ? (
            <button type="button" className="link-button issue-path" onClick={() => onSelect(issue.path)}>
              {issue.path}
            </button>
          ) : (
            <code className="issue-path">{issue.path || documentLabel}</code>
          )}{' '}
          <span>{issue.message}</span>
        </li>
      ))}
    </ul>
  );
}

import type { PolicyIssue } from '../lib/policy/types';

export interface FieldIssuesProps {
  id: string;
  errors: readonly PolicyIssue[];
  warnings?: readonly PolicyIssue[];
}

/** The errors and warnings of one field, placed right under it and referenced by its aria-describedby. */
export function FieldIssues({ id, errors, warnings = [] }: FieldIssuesProps) {
  if (errors.length === 0 && warnings.length === 0) return null;
  return (
    <ul className="field-issues" id={id}>
      {errors.map((issue, index) => (
        <li key={`e${index}`} className="issue issue-error">
          <span aria-hidden="true">✕ </span>
          {issue.message}
        </li>
      ))}
      {warnings.map((issue, index) => (
        <li key={`w${index}`} className="issue issue-warning">
          <span aria-hidden="true">⚠ </span>
          {issue.message}
        </li>
      ))}
    </ul>
  );
}

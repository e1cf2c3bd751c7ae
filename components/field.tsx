import { useId, type ReactNode } from 'react';
import type { PolicyIssue } from '../lib/policy/types';
import { FieldIssues } from './field-issues';

export interface FieldControlProps {
  id: string;
  'aria-describedby'?: string;
  'aria-invalid'?: boolean;
}

export interface FieldProps {
  label: ReactNode;
  /** A short explanation under the label. */
  hint?: ReactNode;
  errors?: readonly PolicyIssue[];
  warnings?: readonly PolicyIssue[];
  /** Hide the label visually (tables), keeping it for screen readers. */
  labelHidden?: boolean;
  className?: string;
  /** The control, given the ids that tie it to its label and issues. */
  children: (control: FieldControlProps) => ReactNode;
}

/** A labelled control with its hint and inline issues. */
export function Field({ label, hint, errors = [], warnings = [], labelHidden, className, children }: FieldProps) {
  const id = useId();
  const hintId = hint ? `${id}-hint` : undefined;
  const issuesId = errors.length || warnings.length ? `${id}-issues` : undefined;
  const describedBy = [hintId, issuesId].filter(Boolean).join(' ') || undefined;
  return (
    <div className={['field', errors.length ? 'field-invalid' : '', className ?? ''].join(' ').trim()}>
      <label htmlFor={id} className={labelHidden ? 'visually-hidden' : 'field-label'}>
        {label}
      </label>
      {children({ id, 'aria-describedby': describedBy, 'aria-invalid': errors.length > 0 || undefined })}
      {hint && (
        <p className="field-hint" id={hintId}>
          {hint}
        </p>
      )}
      {issuesId && <FieldIssues id={issuesId} errors={errors} warnings={warnings} />}
    </div>
  );
}

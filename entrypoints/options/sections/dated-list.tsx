import type { ReactNode } from 'react';
import { FieldIssues } from '../../../components/field-issues';
import { useErrorsFor, useReadOnly } from '../../../lib/store';

export interface DatedListProps<T> {
  title: string;
  /** Shown under the title at all times. */
  hint?: string;
  /** Shown under the title while the list is empty. */
  emptyHint?: string;
  entries: readonly T[];
  /** The list's policy path (`calendars[0].holidays`). */
  path: string;
  /** The entry's fields whose errors are listed under its row, besides those of the entry itself. */
  fields: readonly string[];
  removeLabel(n: number): string;
  addLabel: string;
  onAdd(): void;
  onRemove(index: number): void;
  /** The entry's own controls; `n` numbers the row in labels, `at` is the entry's policy path. */
  children(entry: T, row: { index: number; n: number; at: string }): ReactNode;
}

/**
 * The frame of a calendar's dated lists (holidays, make-up workdays): a row per entry, flagged and followed by its
 * errors, with its remove button, and an add button below. Both lists share it so that they look, validate and read
 * out alike; each brings only its entries' own controls.
 */
export function DatedList<T>({
  title,
  hint,
  emptyHint,
  entries,
  path,
  fields,
  removeLabel,
  addLabel,
  onAdd,
  onRemove,
  children,
}: DatedListProps<T>) {
  const readOnly = useReadOnly();
  const errorsFor = useErrorsFor();
  return (
    <div className="date-list">
      <h4>{title}</h4>
      {hint && <p className="field-hint">{hint}</p>}
      {emptyHint && entries.length === 0 && <p className="field-hint">{emptyHint}</p>}
      <ul>
        {entries.map((entry, index) => {
          const at = `${path}[${index}]`;
          const errors = [at, ...fields.map((field) => `${at}.${field}`)].flatMap(errorsFor);
          const n = index + 1;
          return (
            <li key={index} className={errors.length ? 'field-invalid' : undefined}>
              {children(entry, { index, n, at })}
              <button type="button" className="icon-button" aria-label={removeLabel(n)} disabled={readOnly} onClick={() => onRemove(index)}>
                ×
              </button>
              <FieldIssues id={`${at}-issues`} errors={errors} />
            </li>
          );
        })}
      </ul>
      <button type="button" disabled={readOnly} onClick={onAdd}>
        + {addLabel}
      </button>
    </div>
  );
}

export interface DatedEntryNameProps<T extends { name?: string }> {
  entry: T;
  label: string;
  placeholder: string;
  onChange(next: T): void;
}

/** A dated entry's optional name. Emptying the field drops the name, so the policy never holds `name: ''`. */
export function DatedEntryName<T extends { name?: string }>({ entry, label, placeholder, onChange }: DatedEntryNameProps<T>) {
  const readOnly = useReadOnly();
  return (
    <input
      type="text"
      aria-label={label}
      placeholder={placeholder}
      value={entry.name ?? ''}
      disabled={readOnly}
      onChange={(event) => {
        const { name: _drop, ...rest } = entry;
        onChange((event.target.value ? { ...rest, name: event.target.value } : rest) as T);
      }}
    />
  );
}

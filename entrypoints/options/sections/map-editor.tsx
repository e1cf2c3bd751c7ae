import { FieldIssues } from '../../../components/field-issues';
import { t } from '../../../lib/i18n';
import type { PolicyIssue } from '../../../lib/policy/types';

export interface MapEditorProps {
  /** Accessible name of the table, e.g. "Zendesk priorities". */
  caption: string;
  keyLabel: string;
  valueLabel: string;
  entries: [string, string][];
  onChange(entries: [string, string][]): void;
  /** Values offered in a select; omit for free text. */
  valueChoices?: { value: string; label: string }[];
  /** The errors at a row's key path (`priorityMap.jira.high` or `…["waiting for customer"]`). */
  errorsForKey(key: string): PolicyIssue[];
  disabled?: boolean;
}

/** A raw-value → policy-value table (priority and status mapping), edited as ordered rows. */
export function MapEditor({ caption, keyLabel, valueLabel, entries, onChange, valueChoices, errorsForKey, disabled }: MapEditorProps) {
  const set = (index: number, entry: [string, string]) => onChange(entries.map((e, i) => (i === index ? entry : e)));
  return (
    <table className="map-table">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{keyLabel}</th>
          <th scope="col">{valueLabel}</th>
          <th scope="col">
            <span className="visually-hidden">{t('options.tiers.actions')}</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {entries.map(([key, value], index) => {
          const errors = errorsForKey(key);
          return (
            <tr key={index} className={errors.length ? 'field-invalid' : undefined}>
              <td>
                <input
                  type="text"
                  aria-label={`${caption}: ${keyLabel} ${index + 1}`}
                  value={key}
                  disabled={disabled}
                  onChange={(event) => set(index, [event.target.value, value])}
                />
                <FieldIssues id={`${caption}-${index}-issues`} errors={errors} />
              </td>
              <td>
                {valueChoices ? (
                  <select
                    aria-label={`${caption}: ${valueLabel} ${index + 1}`}
                    value={value}
                    disabled={disabled}
                    onChange={(event) => set(index, [key, event.target.value])}
                  >
                    {valueChoices.map((choice) => (
                      <option key={choice.value} value={choice.value}>
                        {choice.label}
                      </option>
                    ))}
                  </select>
                ) : (
                  <input
                    type="text"
                    aria-label={`${caption}: ${valueLabel} ${index + 1}`}
                    value={value}
                    disabled={disabled}
                    onChange={(event) => set(index, [key, event.target.value])}
                  />
                )}
              </td>
              <td>
                <button
                  type="button"
                  className="icon-button"
                  aria-label={t('options.mapping.remove', { key: key || String(index + 1) })}
                  disabled={disabled}
                  onClick={() => onChange(entries.filter((_, i) => i !== index))}
                >
                  ×
                </button>
              </td>
            </tr>
          );
        })}
      </tbody>
      <tfoot>
        <tr>
          <td colSpan={3}>
            <button type="button" className="link-button" disabled={disabled} onClick={() => onChange([...entries, ['', valueChoices?.[0]?.value ?? '']])}>
              + {t('options.mapping.add')}
            </button>
          </td>
        </tr>
      </tfoot>
    </table>
  );
}

import type { PolicyIssue, TimeWindow } from '../lib/policy/types';
import { t } from '../lib/i18n';
import { FieldIssues } from './field-issues';

export interface TimeWindowsEditorProps {
  windows: TimeWindow[];
  onChange(windows: TimeWindow[]): void;
  /** Names the day in the controls' labels ("Monday, window 1 start"). */
  dayLabel: string;
  /** Path of this list in the policy (`calendars[0].weekly.mon`). */
  path: string;
  issuesFor(path: string): PolicyIssue[];
  disabled?: boolean;
}

/** The business windows of one day (`09:00–12:00`, `13:00–18:00`); none means closed. */
export function TimeWindowsEditor({ windows, onChange, dayLabel, path, issuesFor, disabled }: TimeWindowsEditorProps) {
  const update = (index: number, edge: 0 | 1, value: string) =>
    onChange(windows.map((window, i) => (i === index ? (edge === 0 ? [value, window[1]] : [window[0], value]) : window)));
  const next = (): TimeWindow => {
    const last = windows.at(-1)?.[1];
    return last && last < '23:00' ? [last, last < '18:00' ? '18:00' : '24:00'] : ['09:00', '18:00'];
  };
  const dayIssues = issuesFor(path);
  const issuesId = `${path}-issues`;
  return (
    <div className="time-windows">
      {windows.length === 0 && <span className="closed">{t('options.calendar.closed')}</span>}
      {windows.map((window, index) => {
        const windowIssues = [...issuesFor(`${path}[${index}]`), ...issuesFor(`${path}[${index}][0]`), ...issuesFor(`${path}[${index}][1]`)];
        const label = (edge: 'start' | 'end') =>
          t(edge === 'start' ? 'options.calendar.windowStart' : 'options.calendar.windowEnd', {
            day: dayLabel,
            n: index + 1,
          });
        return (
          <span className={`time-window${windowIssues.length ? ' field-invalid' : ''}`} key={index}>
            <input
              type="text"
              inputMode="numeric"
              className="time-input"
              aria-label={label('start')}
              aria-invalid={windowIssues.length > 0 || undefined}
              aria-describedby={windowIssues.length ? `${path}[${index}]-issues` : undefined}
              value={window[0]}
              placeholder="09:00"
              disabled={disabled}
              onChange={(event) => update(index, 0, event.target.value)}
            />
            <span aria-hidden="true">–</span>
            <input
              type="text"
              inputMode="numeric"
              className="time-input"
              aria-label={label('end')}
              aria-invalid={windowIssues.length > 0 || undefined}
              aria-describedby={windowIssues.length ? `${path}[${index}]-issues` : undefined}
              value={window[1]}
              placeholder="18:00"
              disabled={disabled}
              onChange={(event) => update(index, 1, event.target.value)}
            />
            <button
              type="button"
              className="icon-button"
              aria-label={t('options.calendar.removeWindow', { day: dayLabel, n: index + 1 })}
              disabled={disabled}
              onClick={() => onChange(windows.filter((_, i) => i !== index))}
            >
              ×
            </button>
            <FieldIssues id={`${path}[${index}]-issues`} errors={windowIssues} />
          </span>
        );
      })}
      <button
        type="button"
        className="link-button"
        disabled={disabled}
        aria-label={t('options.calendar.addWindowFor', { day: dayLabel })}
        onClick={() => onChange([...windows, next()])}
      >
        + {t('options.calendar.addWindow')}
      </button>
      <FieldIssues id={issuesId} errors={dayIssues} />
    </div>
  );
}

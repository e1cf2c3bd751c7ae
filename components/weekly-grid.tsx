import type { TimeWindow, Weekday } from '../lib/policy/types';
import { WEEKDAYS } from '../lib/policy/types';
import type { PolicyIssue } from '../lib/policy/types';
import { t } from '../lib/i18n';
import { TimeWindowsEditor } from './time-windows-editor';

export interface WeeklyGridProps {
  weekly: Record<Weekday, TimeWindow[]>;
  onChange(weekly: Record<Weekday, TimeWindow[]>): void;
  /** Issues under `…weekly`, by full path; each day finds its own. */
  issuesFor(path: string): PolicyIssue[];
  /** The path of `weekly` in the policy, e.g. `calendars[0].weekly`. */
  path: string;
  disabled?: boolean;
}

/** The week as seven rows of business windows; several windows a day make lunch breaks. */
export function WeeklyGrid({ weekly, onChange, issuesFor, path, disabled }: WeeklyGridProps) {
  const set = (day: Weekday, windows: TimeWindow[]) => onChange({ ...weekly, [day]: windows });
  return (
    <div className="weekly-grid" role="group" aria-label={t('options.calendar.weekly')}>
      {WEEKDAYS.map((day) => (
        <div className="weekly-row" key={day}>
          <span className="weekly-day" id={`${path}-${day}`}>
            {t(`common.weekday.${day}`)}
          </span>
          <TimeWindowsEditor
            windows={weekly[day]}
            onChange={(windows) => set(day, windows)}
            dayLabel={t(`common.weekday.${day}`)}
            path={`${path}.${day}`}
            issuesFor={issuesFor}
            disabled={disabled}
          />
        </div>
      ))}
      <div className="weekly-tools">
        <button
          type="button"
          disabled={disabled}
          onClick={() =>
            onChange({
              ...weekly,
              tue: structuredClone(weekly.mon),
              wed: structuredClone(weekly.mon),
              thu: structuredClone(weekly.mon),
              fri: structuredClone(weekly.mon),
            })
          }
        >
          {t('options.calendar.copyMonday')}
        </button>
      </div>
    </div>
  );
}

import { FieldIssues } from '../../../components/field-issues';
import { TimeWindowsEditor } from '../../../components/time-windows-editor';
import { t } from '../../../lib/i18n';
import type { Workday } from '../../../lib/policy/types';
import { useErrorsFor, useEditor, useReadOnly } from '../../../lib/store';

export interface WorkdaysEditorProps {
  calendarIndex: number;
  workdays: Workday[];
}

/** Make-up and special working days (调休): their hours replace the weekly ones on that date. */
export function WorkdaysEditor({ calendarIndex, workdays }: WorkdaysEditorProps) {
  const readOnly = useReadOnly();
  const updateDraft = useEditor((state) => state.updateDraft);
  const errorsFor = useErrorsFor();
  const path = `calendars[${calendarIndex}].workdays`;
  const edit = (index: number, next: Workday) =>
    updateDraft((draft) => void (draft.calendars[calendarIndex]!.workdays[index] = next));

  return (
    <div className="date-list">
      <h4>{t('options.workdays.title')}</h4>
      <p className="field-hint">{t('options.workdays.hint')}</p>
      <ul>
        {workdays.map((workday, index) => {
          const at = `${path}[${index}]`;
          const errors = [at, `${at}.date`, `${at}.name`].flatMap(errorsFor);
          const n = index + 1;
          return (
            <li key={index} className={errors.length ? 'field-invalid' : undefined}>
              <input
                type="date"
                aria-label={t('options.workdays.date', { n })}
                value={workday.date}
                disabled={readOnly}
                onChange={(event) => edit(index, { ...workday, date: event.target.value })}
              />
              <input
                type="text"
                aria-label={t('options.workdays.name', { n })}
                placeholder={t('options.workdays.namePlaceholder')}
                value={workday.name ?? ''}
                disabled={readOnly}
                onChange={(event) => {
                  const { name: _drop, ...rest } = workday;
                  edit(index, event.target.value ? { ...rest, name: event.target.value } : rest);
                }}
              />
              <TimeWindowsEditor
                windows={workday.hours}
                onChange={(hours) => edit(index, { ...workday, hours })}
                dayLabel={workday.date || t('options.workdays.date', { n })}
                path={`${at}.hours`}
                issuesFor={errorsFor}
                disabled={readOnly}
              />
              <button
                type="button"
                className="icon-button"
                aria-label={t('options.workdays.remove', { n })}
                disabled={readOnly}
                onClick={() => updateDraft((draft) => void draft.calendars[calendarIndex]!.workdays.splice(index, 1))}
              >
                ×
              </button>
              <FieldIssues id={`${at}-issues`} errors={errors} />
            </li>
          );
        })}
      </ul>
      <button
        type="button"
        disabled={readOnly}
        onClick={() =>
          updateDraft((draft) => {
            const calendar = draft.calendars[calendarIndex]!;
            calendar.workdays.push({ date: '', hours: structuredClone(calendar.weekly.mon.length ? calendar.weekly.mon : [['09:00', '18:00']]) });
          })
        }
      >
        + {t('options.workdays.add')}
      </button>
    </div>
  );
}

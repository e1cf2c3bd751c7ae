import { FieldIssues } from '../../../components/field-issues';
import { t } from '../../../lib/i18n';
import type { Holiday } from '../../../lib/policy/types';
import { useErrorsFor, useEditor, useReadOnly } from '../../../lib/store';

export interface HolidaysEditorProps {
  calendarIndex: number;
  holidays: Holiday[];
}

/** Whole days without business time: single dates or inclusive ranges. */
export function HolidaysEditor({ calendarIndex, holidays }: HolidaysEditorProps) {
  const readOnly = useReadOnly();
  const updateDraft = useEditor((state) => state.updateDraft);
  const errorsFor = useErrorsFor();
  const path = `calendars[${calendarIndex}].holidays`;
  const edit = (index: number, next: Holiday) =>
    updateDraft((draft) => void (draft.calendars[calendarIndex]!.holidays[index] = next));

  return (
    <div className="date-list">
      <h4>{t('options.holidays.title')}</h4>
      {holidays.length === 0 && <p className="field-hint">{t('options.holidays.none')}</p>}
      <ul>
        {holidays.map((holiday, index) => {
          const isRange = 'from' in holiday;
          const at = `${path}[${index}]`;
          const errors = [at, `${at}.date`, `${at}.from`, `${at}.to`, `${at}.name`].flatMap(errorsFor);
          const n = index + 1;
          return (
            <li key={index} className={errors.length ? 'field-invalid' : undefined}>
              <select
                aria-label={t('options.holidays.kind', { n })}
                value={isRange ? 'range' : 'day'}
                disabled={readOnly}
                onChange={(event) => {
                  const first = isRange ? holiday.from : holiday.date;
                  edit(
                    index,
                    event.target.value === 'range'
                      ? { from: first, to: first, ...(holiday.name && { name: holiday.name }) }
                      : { date: first, ...(holiday.name && { name: holiday.name }) },
                  );
                }}
              >
                <option value="day">{t('options.holidays.day')}</option>
                <option value="range">{t('options.holidays.range')}</option>
              </select>
              {isRange ? (
                <>
                  <input
                    type="date"
                    aria-label={t('options.holidays.from', { n })}
                    value={holiday.from}
                    disabled={readOnly}
                    onChange={(event) => edit(index, { ...holiday, from: event.target.value })}
                  />
                  <span aria-hidden="true">–</span>
                  <input
                    type="date"
                    aria-label={t('options.holidays.to', { n })}
                    value={holiday.to}
                    disabled={readOnly}
                    onChange={(event) => edit(index, { ...holiday, to: event.target.value })}
                  />
                </>
              ) : (
                <input
                  type="date"
                  aria-label={t('options.holidays.date', { n })}
                  value={holiday.date}
                  disabled={readOnly}
                  onChange={(event) => edit(index, { ...holiday, date: event.target.value })}
                />
              )}
              <input
                type="text"
                aria-label={t('options.holidays.name', { n })}
                placeholder={t('options.holidays.namePlaceholder')}
                value={holiday.name ?? ''}
                disabled={readOnly}
                onChange={(event) => {
                  const { name: _drop, ...rest } = holiday;
                  edit(index, event.target.value ? { ...rest, name: event.target.value } : (rest as Holiday));
                }}
              />
              <button
                type="button"
                className="icon-button"
                aria-label={t('options.holidays.remove', { n })}
                disabled={readOnly}
                onClick={() => updateDraft((draft) => void draft.calendars[calendarIndex]!.holidays.splice(index, 1))}
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
          updateDraft((draft) => void draft.calendars[calendarIndex]!.holidays.push({ date: '' }))
        }
      >
        + {t('options.holidays.add')}
      </button>
    </div>
  );
}

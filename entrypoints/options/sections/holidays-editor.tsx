import { t } from '../../../lib/i18n';
import type { Holiday } from '../../../lib/policy/types';
import { useEditor, useReadOnly } from '../../../lib/store';
import { DatedEntryName, DatedList } from './dated-list';

export interface HolidaysEditorProps {
  calendarIndex: number;
  holidays: Holiday[];
}

/** Whole days without business time: single dates or inclusive ranges. */
export function HolidaysEditor({ calendarIndex, holidays }: HolidaysEditorProps) {
  const readOnly = useReadOnly();
  const updateDraft = useEditor((state) => state.updateDraft);
  const edit = (index: number, next: Holiday) =>
    updateDraft((draft) => void (draft.calendars[calendarIndex]!.holidays[index] = next));

  return (
    <DatedList
      title={t('options.holidays.title')}
      emptyHint={t('options.holidays.none')}
      entries={holidays}
      path={`calendars[${calendarIndex}].holidays`}
      fields={['date', 'from', 'to', 'name']}
      removeLabel={(n) => t('options.holidays.remove', { n })}
      addLabel={t('options.holidays.add')}
      onAdd={() => updateDraft((draft) => void draft.calendars[calendarIndex]!.holidays.push({ date: '' }))}
      onRemove={(index) => updateDraft((draft) => void draft.calendars[calendarIndex]!.holidays.splice(index, 1))}
    >
      {(holiday, { index, n }) => {
        const isRange = 'from' in holiday;
        return (
          <>
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
            <DatedEntryName
              entry={holiday}
              label={t('options.holidays.name', { n })}
              placeholder={t('options.holidays.namePlaceholder')}
              onChange={(next) => edit(index, next)}
            />
          </>
        );
      }}
    </DatedList>
  );
}

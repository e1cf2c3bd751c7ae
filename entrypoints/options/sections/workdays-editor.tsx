import { TimeWindowsEditor } from '../../../components/time-windows-editor';
import { t } from '../../../lib/i18n';
import type { Workday } from '../../../lib/policy/types';
import { useErrorsFor, useEditor, useReadOnly } from '../../../lib/store';
import { DatedEntryName, DatedList } from './dated-list';

export interface WorkdaysEditorProps {
  calendarIndex: number;
  workdays: Workday[];
}

/** Make-up and special working days (调休): their hours replace the weekly ones on that date. */
export function WorkdaysEditor({ calendarIndex, workdays }: WorkdaysEditorProps) {
  const readOnly = useReadOnly();
  const updateDraft = useEditor((state) => state.updateDraft);
  const errorsFor = useErrorsFor();
  const edit = (index: number, next: Workday) =>
    updateDraft((draft) => void (draft.calendars[calendarIndex]!.workdays[index] = next));

  return (
    <DatedList
      title={t('options.workdays.title')}
      hint={t('options.workdays.hint')}
      entries={workdays}
      path={`calendars[${calendarIndex}].workdays`}
      fields={['date', 'name']}
      removeLabel={(n) => t('options.workdays.remove', { n })}
      addLabel={t('options.workdays.add')}
      onAdd={() =>
        updateDraft((draft) => {
          const calendar = draft.calendars[calendarIndex]!;
          calendar.workdays.push({ date: '', hours: structuredClone(calendar.weekly.mon.length ? calendar.weekly.mon : [['09:00', '18:00']]) });
        })
      }
      onRemove={(index) => updateDraft((draft) => void draft.calendars[calendarIndex]!.workdays.splice(index, 1))}
    >
      {(workday, { index, n, at }) => (
        <>
          <input
            type="date"
            aria-label={t('options.workdays.date', { n })}
            value={workday.date}
            disabled={readOnly}
            onChange={(event) => edit(index, { ...workday, date: event.target.value })}
          />
          <DatedEntryName
            entry={workday}
            label={t('options.workdays.name', { n })}
            placeholder={t('options.workdays.namePlaceholder')}
            onChange={(next) => edit(index, next)}
          />
          <TimeWindowsEditor
            windows={workday.hours}
            onChange={(hours) => edit(index, { ...workday, hours })}
            dayLabel={workday.date || t('options.workdays.date', { n })}
            path={`${at}.hours`}
            issuesFor={errorsFor}
            disabled={readOnly}
          />
        </>
      )}
    </DatedList>
  );
}

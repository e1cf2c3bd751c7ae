import { Section } from '../../../components/section';
import { t } from '../../../lib/i18n';
import { browserZone } from '../../../lib/policy/time-zone';
import { uniqueId, useEditor, useReadOnly, useShownPolicy } from '../../../lib/store';
import { CalendarEditor } from './calendar-editor';

/** Business calendars the targets count in. `24x7` is built in and needs no calendar. */
export function CalendarsSection() {
  const policy = useShownPolicy();
  const readOnly = useReadOnly();
  const updateDraft = useEditor((state) => state.updateDraft);
  const add = () =>
    updateDraft((draft) => {
      // A fresh array per day: structuredClone keeps shared references, so shared days would edit together.
      const office = (): [string, string][] => [['09:00', '12:00'], ['13:00', '18:00']];
      draft.calendars.push({
        id: uniqueId('calendar', draft.calendars.map((calendar) => calendar.id)),
        name: t('options.calendar.newName'),
        timeZone: draft.calendars[0]?.timeZone ?? browserZone(),
        weekly: { mon: office(), tue: office(), wed: office(), thu: office(), fri: office(), sat: [], sun: [] },
        holidays: [],
        workdays: [],
      });
    });
  return (
    <Section
      id="calendars"
      title={t('options.calendars.title')}
      description={t('options.calendars.description')}
      actions={
        <button type="button" onClick={add} disabled={readOnly}>
          + {t('options.calendars.add')}
        </button>
      }
    >
      {policy.calendars.length === 0 && <p className="field-hint">{t('options.calendars.none')}</p>}
      {policy.calendars.map((calendar, index) => (
        <CalendarEditor key={index} index={index} />
      ))}
    </Section>
  );
}

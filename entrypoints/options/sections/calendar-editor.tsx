import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns';
import { FieldIssues } from '../../../components/field-issues';
import { IdentityFields } from '../../../components/identity-fields';
import { TimeZonePicker } from '../../../components/time-zone-picker';
import { useNow } from '../../../components/use-now';
import { WeekStrip } from '../../../components/week-strip';
import { WeeklyGrid } from '../../../components/weekly-grid';
import { t } from '../../../lib/i18n';
import { businessDayMinutes, useErrorsFor, useEditor, useIssuesAt, useReadOnly, useShownPolicy, useValidation } from '../../../lib/store';
import { formatMinutes } from '../../../lib/i18n';
import { HolidaySources } from './holiday-sources';
import { HolidaysEditor } from './holidays-editor';
import { WorkdaysEditor } from './workdays-editor';

function todayIn(timeZone: string, now: number): string {
  try {
    return format(new TZDate(now, timeZone), 'yyyy-MM-dd');
  } catch {
    return format(now, 'yyyy-MM-dd');
  }
}

/** One business calendar: name, zone, weekly hours, holidays, make-up days, and its next seven days. */
export function CalendarEditor({ index }: { index: number }) {
  const policy = useShownPolicy();
  const readOnly = useReadOnly();
  const updateDraft = useEditor((state) => state.updateDraft);
  const errorsFor = useErrorsFor();
  const validation = useValidation();
  const now = useNow(60_000);
  const calendar = policy.calendars[index]!;
  const path = `calendars[${index}]`;
  const name = useIssuesAt(`${path}.name`);
  const id = useIssuesAt(`${path}.id`);
  const zone = useIssuesAt(`${path}.timeZone`);
  const whole = useIssuesAt(path);
  const used = policy.tiers.some((tier) => Object.values(tier.targets).some((target) => target?.calendar === calendar.id));
  const day = businessDayMinutes(calendar);
  // The strip asks the engine, which needs a valid calendar: the normalised one when the draft is valid.
  const stripCalendar = validation.policy?.calendars[index];

  return (
    <article className="calendar-card" aria-labelledby={`${path}-heading`}>
      <header className="card-header">
        <h3 id={`${path}-heading`}>{calendar.name || calendar.id}</h3>
        <button
          type="button"
          className="danger"
          disabled={readOnly || used}
          title={used ? t('options.calendar.inUse') : undefined}
          onClick={() => updateDraft((draft) => void draft.calendars.splice(index, 1))}
        >
          {t('options.calendar.remove')}
        </button>
      </header>
      <div className="inline-fields">
        <IdentityFields
          nameLabel={t('options.calendar.name')}
          idLabel={t('options.calendar.id')}
          name={calendar.name}
          id={calendar.id}
          nameErrors={name.errors}
          idErrors={id.errors}
          disabled={readOnly}
          onName={(value) => updateDraft((draft) => void (draft.calendars[index]!.name = value))}
          onId={(value) =>
            updateDraft((draft) => {
              // Targets follow a renamed calendar, so renaming never leaves dangling references.
              const old = draft.calendars[index]!.id;
              draft.calendars[index]!.id = value;
              for (const tier of draft.tiers) {
                for (const target of Object.values(tier.targets)) if (target?.calendar === old) target.calendar = value;
              }
            })
          }
        />
      </div>
      <FieldIssues id={`${path}-issues`} errors={whole.errors} warnings={whole.warnings} />
      <TimeZonePicker
        label={t('options.calendar.timeZone')}
        value={calendar.timeZone}
        now={now}
        disabled={readOnly}
        onChange={(timeZone) => updateDraft((draft) => void (draft.calendars[index]!.timeZone = timeZone))}
      />
      <FieldIssues id={`${path}.timeZone-issues`} errors={zone.errors} />
      <h4>{t('options.calendar.weekly')}</h4>
      <p className="field-hint">
        {day ? t('options.calendar.businessDay', { day: formatMinutes(day) }) : t('options.calendar.noHours')}
      </p>
      <WeeklyGrid
        weekly={calendar.weekly}
        path={`${path}.weekly`}
        issuesFor={errorsFor}
        disabled={readOnly}
        onChange={(weekly) => updateDraft((draft) => void (draft.calendars[index]!.weekly = weekly))}
      />
      <div className="two-columns">
        <HolidaysEditor calendarIndex={index} holidays={calendar.holidays} />
        <WorkdaysEditor calendarIndex={index} workdays={calendar.workdays} />
      </div>
      <HolidaySources calendarIndex={index} today={todayIn(calendar.timeZone, now)} />
      {stripCalendar ? (
        <WeekStrip calendar={stripCalendar} timeZone={stripCalendar.timeZone} now={now} name={stripCalendar.name} />
      ) : (
        <p className="field-hint">{t('options.strip.unavailable')}</p>
      )}
    </article>
  );
}

import { DurationInput } from '../../../components/duration-input';
import { Field } from '../../../components/field';
import { t } from '../../../lib/i18n';
import type { MetricName, Target } from '../../../lib/policy/types';
import { businessDayMinutes, findCalendar, useEditor, useIssuesAt, useReadOnly, useShownPolicy } from '../../../lib/store';
import { calendarChoices } from './policy-choices';

export interface TierTargetProps {
  tierIndex: number;
  metric: MetricName;
  target: Target | undefined;
}

/** One metric's target in a tier: tracked or not, the time typed naturally, and the calendar it counts in. */
export function TierTarget({ tierIndex, metric, target }: TierTargetProps) {
  const policy = useShownPolicy();
  const readOnly = useReadOnly();
  const updateDraft = useEditor((state) => state.updateDraft);
  const setRawInput = useEditor((state) => state.setRawInput);
  const path = `tiers[${tierIndex}].targets.${metric}`;
  const pending = useEditor((state) => state.rawInputs[`${path}.minutes`]);
  const minutesIssues = useIssuesAt(`${path}.minutes`);
  const calendarIssues = useIssuesAt(`${path}.calendar`);
  const metricName = t(`common.metric.${metric}`);
  const tierName = policy.tiers[tierIndex]?.name ?? '';

  const setTarget = (next: Target | undefined) =>
    updateDraft((draft) => {
      const targets = draft.tiers[tierIndex]!.targets;
      if (next) targets[metric] = next;
      else delete targets[metric];
    });

  const calendar = target ? findCalendar(policy, target.calendar) : undefined;
  const calendarName =
    calendar === '24x7' ? t('common.calendar.24x7') : (calendar?.name ?? target?.calendar ?? '');

  return (
    <div className="tier-target">
      <label className="checkbox metric-toggle">
        <input
          type="checkbox"
          checked={target !== undefined}
          disabled={readOnly}
          aria-label={t('options.tiers.trackMetric', { metric: metricName, tier: tierName })}
          onChange={(event) => {
            setRawInput(`${path}.minutes`, undefined);
            const fallback = policy.calendars[0]?.id ?? '24x7';
            setTarget(event.target.checked ? { minutes: 60, calendar: fallback } : undefined);
          }}
        />
        <span className="metric-name">{metricName}</span>
      </label>
      {target ? (
        <div className="target-fields">
          <Field
            label={t('options.tiers.targetLabel', { metric: metricName, tier: tierName })}
            labelHidden
            errors={minutesIssues.errors}
          >
            {(control) => (
              <DurationInput
                {...control}
                minutes={target.minutes}
                businessDayMinutes={businessDayMinutes(calendar)}
                showBusinessDays={calendar !== '24x7'}
                calendarName={calendarName}
                disabled={readOnly}
                pendingText={pending?.text}
                onMinutes={(minutes) => setTarget({ ...target, minutes })}
                onInvalid={(issue) => setRawInput(`${path}.minutes`, issue)}
              />
            )}
          </Field>
          <Field
            label={t('options.tiers.calendarLabel', { metric: metricName, tier: tierName })}
            labelHidden
            errors={calendarIssues.errors}
          >
            {(control) => (
              <select
                {...control}
                value={target.calendar}
                disabled={readOnly}
                onChange={(event) => setTarget({ ...target, calendar: event.target.value })}
              >
                {calendarChoices(policy).map((choice) => (
                  <option key={choice.value} value={choice.value}>
                    {choice.value === '24x7' ? t('common.calendar.24x7') : choice.name || choice.value}
                  </option>
                ))}
                {findCalendar(policy, target.calendar) === undefined && (
                  <option value={target.calendar}>{t('options.tiers.missingCalendar', { id: target.calendar })}</option>
                )}
              </select>
            )}
          </Field>
        </div>
      ) : (
        <span className="metric-off">{t('options.tiers.notTracked')}</span>
      )}
    </div>
  );
}

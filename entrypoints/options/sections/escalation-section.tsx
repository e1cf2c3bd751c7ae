import { Field } from '../../../components/field';
import { Section } from '../../../components/section';
import { t } from '../../../lib/i18n';
import { useEditor, useIssuesAt, useReadOnly, useShownPolicy } from '../../../lib/store';
import { PercentField } from './percent-field';
import { priorityChoices } from './policy-choices';

/** The policy's name, escalation thresholds, default priority and native-SLA preference. */
export function EscalationSection() {
  const policy = useShownPolicy();
  const readOnly = useReadOnly();
  const updateDraft = useEditor((state) => state.updateDraft);
  const name = useIssuesAt('name');
  const warning = useIssuesAt('escalation.warningAt');
  const critical = useIssuesAt('escalation.criticalAt');
  const whole = useIssuesAt('escalation');
  const defaultPriority = useIssuesAt('defaultPriority');

  return (
    <Section id="escalation" title={t('options.escalation.title')} description={t('options.escalation.description')}>
      <div className="inline-fields">
        <Field label={t('options.general.name')} errors={name.errors}>
          {(control) => (
            <input {...control} type="text" value={policy.name} disabled={readOnly} onChange={(e) => updateDraft((d) => void (d.name = e.target.value))} />
          )}
        </Field>
      </div>
      <div className="inline-fields">
        <PercentField
          label={t('options.escalation.warningAt')}
          hint={t('options.escalation.warningHint')}
          errors={warning.errors}
          value={policy.escalation.warningAt}
          disabled={readOnly}
          onValue={(value) => updateDraft((d) => void (d.escalation.warningAt = value))}
        />
        <PercentField
          label={t('options.escalation.criticalAt')}
          hint={t('options.escalation.criticalHint')}
          errors={[...critical.errors, ...whole.errors]}
          value={policy.escalation.criticalAt}
          disabled={readOnly}
          onValue={(value) => updateDraft((d) => void (d.escalation.criticalAt = value))}
        />
      </div>
      <div className="inline-fields">
        <Field label={t('options.general.defaultPriority')} hint={t('options.general.defaultPriorityHint')} errors={defaultPriority.errors}>
          {(control) => (
            <select
              {...control}
              value={policy.defaultPriority ?? ''}
              disabled={readOnly}
              onChange={(e) => updateDraft((d) => void (d.defaultPriority = e.target.value || null))}
            >
              <option value="">{t('options.general.noDefaultPriority')}</option>
              {priorityChoices(policy).map((priority) => (
                <option key={priority} value={priority}>
                  {priority}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      <label className="checkbox">
        <input
          type="checkbox"
          checked={policy.preferNativeSla}
          disabled={readOnly}
          onChange={(e) => updateDraft((d) => void (d.preferNativeSla = e.target.checked))}
        />
        {t('options.general.preferNative')}
      </label>
      <p className="field-hint">{t('options.general.preferNativeHint')}</p>
    </Section>
  );
}

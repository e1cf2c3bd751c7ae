import { Field } from '../../../components/field';
import { Section } from '../../../components/section';
import { t } from '../../../lib/i18n';
import { useEditor, useIssuesAt, useReadOnly, useShownPolicy } from '../../../lib/store';
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
  const number = (value: number) => (Number.isFinite(value) ? value : '');
  const read = (text: string) => (text === '' ? Number.NaN : Number(text));

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
        <Field label={t('options.escalation.warningAt')} hint={t('options.escalation.warningHint')} errors={warning.errors}>
          {(control) => (
            <span className="number-with-unit">
              <input
                {...control}
                type="number"
                min={1}
                max={99}
                value={number(policy.escalation.warningAt)}
                disabled={readOnly}
                onChange={(e) => updateDraft((d) => void (d.escalation.warningAt = read(e.target.value)))}
              />
              <span aria-hidden="true">%</span>
            </span>
          )}
        </Field>
        <Field
          label={t('options.escalation.criticalAt')}
          hint={t('options.escalation.criticalHint')}
          errors={[...critical.errors, ...whole.errors]}
        >
          {(control) => (
            <span className="number-with-unit">
              <input
                {...control}
                type="number"
                min={1}
                max={99}
                value={number(policy.escalation.criticalAt)}
                disabled={readOnly}
                onChange={(e) => updateDraft((d) => void (d.escalation.criticalAt = read(e.target.value)))}
              />
              <span aria-hidden="true">%</span>
            </span>
          )}
        </Field>
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

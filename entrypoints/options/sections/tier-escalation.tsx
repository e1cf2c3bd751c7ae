import { t } from '../../../lib/i18n';
import { useEditor, useIssuesAt, useReadOnly, useShownPolicy } from '../../../lib/store';
import { PercentField } from './percent-field';

/** A tier's own warning / critical thresholds, overriding the policy's when set. */
export function TierEscalation({ tierIndex }: { tierIndex: number }) {
  const policy = useShownPolicy();
  const readOnly = useReadOnly();
  const updateDraft = useEditor((state) => state.updateDraft);
  const tier = policy.tiers[tierIndex]!;
  const path = `tiers[${tierIndex}].escalation`;
  const warning = useIssuesAt(`${path}.warningAt`);
  const critical = useIssuesAt(`${path}.criticalAt`);
  const whole = useIssuesAt(path);
  const escalation = tier.escalation;

  return (
    <div className="tier-escalation">
      <label className="checkbox">
        <input
          type="checkbox"
          checked={escalation !== undefined}
          disabled={readOnly}
          onChange={(event) =>
            updateDraft((draft) => {
              const target = draft.tiers[tierIndex]!;
              if (event.target.checked) target.escalation = { ...draft.escalation };
              else delete target.escalation;
            })
          }
        />
        {t('options.tiers.ownEscalation')}
      </label>
      {escalation ? (
        <div className="inline-fields">
          {(['warningAt', 'criticalAt'] as const).map((key) => (
            <PercentField
              key={key}
              label={t(key === 'warningAt' ? 'options.escalation.warningAt' : 'options.escalation.criticalAt')}
              errors={[...(key === 'warningAt' ? warning : critical).errors, ...(key === 'criticalAt' ? whole.errors : [])]}
              value={escalation[key]}
              disabled={readOnly}
              onValue={(value) => updateDraft((draft) => void (draft.tiers[tierIndex]!.escalation![key] = value))}
            />
          ))}
        </div>
      ) : (
        <span className="field-hint">
          {t('options.tiers.inheritsEscalation', {
            warning: policy.escalation.warningAt,
            critical: policy.escalation.criticalAt,
          })}
        </span>
      )}
    </div>
  );
}

import { Field } from '../../../components/field';
import type { PolicyIssue } from '../../../lib/policy/types';

export interface PercentFieldProps {
  label: string;
  hint?: string;
  errors: readonly PolicyIssue[];
  /** The stored percentage; NaN while the field is empty. */
  value: number;
  disabled: boolean;
  onValue(value: number): void;
}

/**
 * An escalation threshold in percent of the target. The policy's thresholds and a tier's own are one control, kept
 * here so that they share the bounds (1–99), the unit and the empty-field rule: an empty field stores NaN, which
 * validation reports inline, instead of a silent 0.
 */
export function PercentField({ label, hint, errors, value, disabled, onValue }: PercentFieldProps) {
  return (
    <Field label={label} hint={hint} errors={errors}>
      {(control) => (
        <span className="number-with-unit">
          <input
            {...control}
            type="number"
            min={1}
            max={99}
            value={Number.isFinite(value) ? value : ''}
            disabled={disabled}
            onChange={(event) => onValue(event.target.value === '' ? Number.NaN : Number(event.target.value))}
          />
          <span aria-hidden="true">%</span>
        </span>
      )}
    </Field>
  );
}

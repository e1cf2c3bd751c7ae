import type { PolicyIssue } from '../lib/policy/types';
import { Field } from './field';

export interface IdentityFieldsProps {
  nameLabel: string;
  idLabel: string;
  name: string;
  id: string;
  nameErrors: readonly PolicyIssue[];
  idErrors: readonly PolicyIssue[];
  disabled?: boolean;
  onName(name: string): void;
  /** Where other parts of the policy refer to the id, the caller renames those references too. */
  onId(id: string): void;
}

/**
 * The name and id of a policy object that others refer to (calendar, tier, customer tier). They are edited the same
 * way everywhere: a free display name, and beside it the short, monospace id that references use.
 */
export function IdentityFields({ nameLabel, idLabel, name, id, nameErrors, idErrors, disabled, onName, onId }: IdentityFieldsProps) {
  return (
    <>
      <Field label={nameLabel} errors={nameErrors}>
        {(control) => (
          <input {...control} type="text" value={name} disabled={disabled} onChange={(event) => onName(event.target.value)} />
        )}
      </Field>
      <Field label={idLabel} errors={idErrors} className="field-compact">
        {(control) => (
          <input {...control} type="text" className="mono" value={id} disabled={disabled} onChange={(event) => onId(event.target.value)} />
        )}
      </Field>
    </>
  );
}

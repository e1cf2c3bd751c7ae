import { useState, type DragEvent, type KeyboardEvent, type Ref } from 'react';
import { CheckboxGroup } from '../../../components/checkbox-group';
import { FieldIssues } from '../../../components/field-issues';
import { IdentityFields } from '../../../components/identity-fields';
import { t } from '../../../lib/i18n';
import { METRIC_NAMES } from '../../../lib/policy/types';
import { useEditor, useIssuesAt, useReadOnly, useShownPolicy } from '../../../lib/store';
import { priorityChoices } from './policy-choices';
import { TierEscalation } from './tier-escalation';
import { TierTarget } from './tier-target';

export interface TierRowProps {
  index: number;
  count: number;
  handleRef: Ref<HTMLButtonElement>;
  onMove(from: number, to: number): void;
  dragging: boolean;
  dropTarget: boolean;
  onDragStart(index: number): void;
  onDragOverRow(index: number): void;
  onDrop(index: number): void;
  onDragEnd(): void;
}

/** One tier: its place in the order, what it matches, its targets and escalation. */
export function TierRow(props: TierRowProps) {
  const { index, count, handleRef, onMove } = props;
  const policy = useShownPolicy();
  const readOnly = useReadOnly();
  const updateDraft = useEditor((state) => state.updateDraft);
  const tier = policy.tiers[index]!;
  const path = `tiers[${index}]`;
  const name = useIssuesAt(`${path}.name`);
  const id = useIssuesAt(`${path}.id`);
  const whole = useIssuesAt(path);
  const targets = useIssuesAt(`${path}.targets`);
  const priorities = useIssuesAt(`${path}.priorities`);
  const customerTiers = useIssuesAt(`${path}.customerTiers`);

  // The row is the drag source (buttons are not draggable in every browser), armed only while the pointer is down
  // on the handle, so selecting text in the row's inputs still works.
  const [armed, setArmed] = useState(false);
  const onHandleKey = (event: KeyboardEvent<HTMLButtonElement>) => {
    const to = { ArrowUp: index - 1, ArrowDown: index + 1, Home: 0, End: count - 1 }[event.key];
    if (to === undefined || readOnly) return;
    event.preventDefault();
    onMove(index, Math.max(0, Math.min(count - 1, to)));
  };
  const knownCustomerTiers = policy.customerTiers.map((c) => ({ value: c.id, label: c.name || c.id }));
  const danglingCustomerTiers = tier.customerTiers
    .filter((ref) => !policy.customerTiers.some((c) => c.id === ref))
    .map((ref) => ({ value: ref, label: t('options.tiers.missingCustomerTier', { id: ref }) }));

  return (
    <tr
      className={['tier-row', props.dragging ? 'dragging' : '', props.dropTarget ? 'drop-target' : ''].join(' ').trim()}
      draggable={armed && !readOnly}
      onDragStart={(event) => {
        event.dataTransfer.effectAllowed = 'move';
        event.dataTransfer.setData('text/plain', String(index));
        props.onDragStart(index);
      }}
      onDragEnd={() => {
        setArmed(false);
        props.onDragEnd();
      }}
      onDragOver={(event: DragEvent) => {
        event.preventDefault();
        props.onDragOverRow(index);
      }}
      onDrop={(event) => {
        event.preventDefault();
        props.onDrop(index);
      }}
      data-tier-id={tier.id}
    >
      <td className="tier-order">
        <button
          ref={handleRef}
          type="button"
          className="drag-handle"
          disabled={readOnly}
          aria-label={t('options.tiers.handle', { name: tier.name || tier.id, position: index + 1, count })}
          aria-describedby="tiers-reorder-help"
          onKeyDown={onHandleKey}
          onPointerDown={() => {
            setArmed(true);
            // Released anywhere (not only on the handle) without a drag: disarm, or text selection would drag the row.
            document.addEventListener('pointerup', () => setArmed(false), { once: true });
          }}
        >
          <span aria-hidden="true">⠿</span> {index + 1}
        </button>
        <div className="move-buttons">
          <button
            type="button"
            className="icon-button"
            disabled={readOnly || index === 0}
            aria-label={t('options.tiers.moveUp', { name: tier.name || tier.id })}
            onClick={() => onMove(index, index - 1)}
          >
            ↑
          </button>
          <button
            type="button"
            className="icon-button"
            disabled={readOnly || index === count - 1}
            aria-label={t('options.tiers.moveDown', { name: tier.name || tier.id })}
            onClick={() => onMove(index, index + 1)}
          >
            ↓
          </button>
        </div>
      </td>
      <td className="tier-identity">
        <IdentityFields
          nameLabel={t('options.tiers.name')}
          idLabel={t('options.tiers.id')}
          name={tier.name}
          id={tier.id}
          nameErrors={name.errors}
          idErrors={id.errors}
          disabled={readOnly}
          onName={(value) => updateDraft((draft) => void (draft.tiers[index]!.name = value))}
          onId={(value) => updateDraft((draft) => void (draft.tiers[index]!.id = value))}
        />
        <FieldIssues id={`${path}-issues`} errors={whole.errors} warnings={whole.warnings} />
      </td>
      <td className="tier-match">
        <CheckboxGroup
          legend={t('options.tiers.priorities')}
          options={priorityChoices(policy).map((p) => ({ value: p, label: p }))}
          selected={tier.priorities}
          disabled={readOnly}
          emptyMeaning={t('options.tiers.anyPriority')}
          onChange={(selected) => updateDraft((draft) => void (draft.tiers[index]!.priorities = selected))}
        />
        <FieldIssues id={`${path}.priorities-issues`} errors={priorities.errors} />
        <CheckboxGroup
          legend={t('options.tiers.customerTiers')}
          options={[...knownCustomerTiers, ...danglingCustomerTiers]}
          selected={tier.customerTiers}
          disabled={readOnly}
          emptyMeaning={t('options.tiers.anyCustomer')}
          onChange={(selected) => updateDraft((draft) => void (draft.tiers[index]!.customerTiers = selected))}
        />
        <FieldIssues id={`${path}.customerTiers-issues`} errors={customerTiers.errors} />
      </td>
      <td className="tier-targets">
        {METRIC_NAMES.map((metric) => (
          <TierTarget key={metric} tierIndex={index} metric={metric} target={tier.targets[metric]} />
        ))}
        <FieldIssues id={`${path}.targets-issues`} errors={targets.errors} />
      </td>
      <td className="tier-escalation-cell">
        <TierEscalation tierIndex={index} />
      </td>
      <td className="tier-actions">
        <button
          type="button"
          className="icon-button danger"
          disabled={readOnly || count === 1}
          aria-label={t('options.tiers.remove', { name: tier.name || tier.id })}
          onClick={() => updateDraft((draft) => void draft.tiers.splice(index, 1))}
        >
          ✕
        </button>
      </td>
    </tr>
  );
}

import { useEffect, useRef, useState } from 'react';
import { Section } from '../../../components/section';
import { t } from '../../../lib/i18n';
import { uniqueId, useEditor, useReadOnly, useShownPolicy } from '../../../lib/store';
import { TierRow } from './tier-row';

/**
 * The ordered tier table. Reordering works three ways: drag the handle, focus the handle and press ↑/↓ (Home/End),
 * or the ↑/↓ buttons. Every move is announced, and focus follows the moved tier.
 */
export function TiersSection() {
  const policy = useShownPolicy();
  const readOnly = useReadOnly();
  const moveTier = useEditor((state) => state.moveTier);
  const updateDraft = useEditor((state) => state.updateDraft);
  const handles = useRef(new Map<string, HTMLButtonElement>());
  const [focusTier, setFocusTier] = useState<string>();
  const [announcement, setAnnouncement] = useState('');
  const [drag, setDrag] = useState<{ from: number; over: number }>();

  const move = (from: number, to: number) => {
    const count = policy.tiers.length;
    if (to < 0 || to >= count || from === to) return;
    const tier = policy.tiers[from]!;
    moveTier(from, to);
    setFocusTier(`${to}`);
    setAnnouncement(t('options.tiers.moved', { name: tier.name || tier.id, position: to + 1, count }));
  };

  useEffect(() => {
    if (focusTier === undefined) return;
    handles.current.get(focusTier)?.focus();
    setFocusTier(undefined);
  }, [focusTier, policy.tiers]);

  const addTier = () =>
    updateDraft((draft) => {
      const id = uniqueId('tier', draft.tiers.map((tier) => tier.id));
      draft.tiers.push({
        id,
        name: t('options.tiers.newName'),
        priorities: [],
        customerTiers: [],
        targets: { firstResponse: { minutes: 60, calendar: draft.calendars[0]?.id ?? '24x7' } },
      });
    });

  return (
    <Section
      id="tiers"
      title={t('options.tiers.title')}
      description={t('options.tiers.description')}
      actions={
        <button type="button" onClick={addTier} disabled={readOnly}>
          + {t('options.tiers.add')}
        </button>
      }
    >
      <p id="tiers-reorder-help" className="field-hint">
        {t('options.tiers.reorderHelp')}
      </p>
      <div className="table-scroll">
        <table className="tiers-table">
          <thead>
            <tr>
              <th scope="col">{t('options.tiers.order')}</th>
              <th scope="col">{t('options.tiers.tier')}</th>
              <th scope="col">{t('options.tiers.matches')}</th>
              <th scope="col">{t('options.tiers.targets')}</th>
              <th scope="col">{t('options.tiers.escalation')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('options.tiers.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {policy.tiers.map((tier, index) => (
              <TierRow
                // Index keys: ids are editable (and may clash while typing); focus is restored by position.
                key={index}
                index={index}
                count={policy.tiers.length}
                handleRef={(element) => {
                  if (element) handles.current.set(`${index}`, element);
                  else handles.current.delete(`${index}`);
                }}
                onMove={move}
                dragging={drag?.from === index}
                dropTarget={drag !== undefined && drag.over === index && drag.from !== index}
                onDragStart={(from) => setDrag({ from, over: from })}
                onDragOverRow={(over) => setDrag((current) => (current && current.over !== over ? { ...current, over } : current))}
                onDrop={(to) => {
                  if (drag) move(drag.from, to);
                  setDrag(undefined);
                }}
                onDragEnd={() => setDrag(undefined)}
              />
            ))}
          </tbody>
        </table>
      </div>
      <p className="visually-hidden" role="status" aria-live="polite">
        {announcement}
      </p>
    </Section>
  );
}

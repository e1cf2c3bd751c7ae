import { useEffect, useState } from 'react';
import { Section } from '../../../components/section';
import { t } from '../../../lib/i18n';
import type { Helpdesk, MappedStatus } from '../../../lib/policy/types';
import { useErrorsFor, useEditor, useReadOnly, useShownPolicy } from '../../../lib/store';
import { MapEditor } from './map-editor';
import { priorityChoices } from './policy-choices';

const HELPDESKS: Helpdesk[] = ['zendesk', 'jira'];
const STATUSES: MappedStatus[] = ['active', 'paused', 'done'];

/** POLICY.md's path of a map key: `.high`, or `["waiting for customer"]` for keys that are not identifiers. */
const keyPath = (base: string, key: string) => (/^[A-Za-z_$][\w$]*$/.test(key) ? `${base}.${key}` : `${base}[${JSON.stringify(key)}]`);

/**
 * Rows are kept locally while typing, so a half-typed key that collides with another (or is still empty) does not
 * make a row vanish; the policy gets the object form, and the validator reports the collision.
 */
function useRows(map: Record<string, string>) {
  const [rows, setRows] = useState<[string, string][]>(() => Object.entries(map));
  useEffect(() => {
    setRows((current) => {
      const same = JSON.stringify(Object.fromEntries(current.filter(([key]) => key))) === JSON.stringify(map);
      return same ? current : Object.entries(map);
    });
  }, [map]);
  return [rows, setRows] as const;
}

function HelpdeskMaps({ helpdesk }: { helpdesk: Helpdesk }) {
  const policy = useShownPolicy();
  const readOnly = useReadOnly();
  const updateDraft = useEditor((state) => state.updateDraft);
  const errorsFor = useErrorsFor();
  const [priorityRows, setPriorityRows] = useRows(policy.priorityMap[helpdesk]);
  const [statusRows, setStatusRows] = useRows(policy.statusMap[helpdesk]);
  const name = t(`common.helpdesk.${helpdesk}`);
  const priorities = priorityChoices(policy);

  return (
    <div className="helpdesk-maps">
      <h3>{name}</h3>
      <div className="two-columns">
        <MapEditor
          caption={t('options.mapping.priorityCaption', { helpdesk: name })}
          keyLabel={t('options.mapping.rawPriority')}
          valueLabel={t('options.mapping.policyPriority')}
          entries={priorityRows}
          disabled={readOnly}
          errorsForKey={(key) => errorsFor(keyPath(`priorityMap.${helpdesk}`, key))}
          onChange={(rows) => {
            setPriorityRows(rows);
            updateDraft((draft) => void (draft.priorityMap[helpdesk] = Object.fromEntries(rows.filter(([key]) => key))));
          }}
          valueChoices={[...new Set([...priorities, ...priorityRows.map(([, v]) => v)])].filter(Boolean).map((p) => ({ value: p, label: p }))}
        />
        <MapEditor
          caption={t('options.mapping.statusCaption', { helpdesk: name })}
          keyLabel={t('options.mapping.rawStatus')}
          valueLabel={t('options.mapping.policyStatus')}
          entries={statusRows}
          disabled={readOnly}
          errorsForKey={(key) => errorsFor(keyPath(`statusMap.${helpdesk}`, key))}
          onChange={(rows) => {
            setStatusRows(rows);
            updateDraft(
              (draft) =>
                void (draft.statusMap[helpdesk] = Object.fromEntries(rows.filter(([key]) => key)) as Record<string, MappedStatus>),
            );
          }}
          valueChoices={STATUSES.map((status) => ({ value: status, label: t(`common.status.${status}`) }))}
        />
      </div>
    </div>
  );
}

/** How each helpdesk's raw priorities and statuses map onto the policy's. */
export function MappingSection() {
  return (
    <Section id="mapping" title={t('options.mapping.title')} description={t('options.mapping.description')}>
      {HELPDESKS.map((helpdesk) => (
        <HelpdeskMaps key={helpdesk} helpdesk={helpdesk} />
      ))}
    </Section>
  );
}

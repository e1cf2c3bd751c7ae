import { Field } from '../../../components/field';
import { ListInput } from '../../../components/list-input';
import { t } from '../../../lib/i18n';
import type { Policy } from '../../../lib/policy/types';
import { DateTimeInput } from './datetime-input';
import type { SampleTicket } from './sample-ticket';
import { SampleTimeline } from './sample-timeline';

export interface SampleTicketEditorProps {
  sample: SampleTicket;
  onChange(sample: SampleTicket): void;
  policy: Policy;
}

/** The preview's ticket: helpdesk, priority, tags, organisation, created time, status timeline and replies. */
export function SampleTicketEditor({ sample, onChange, policy }: SampleTicketEditorProps) {
  const set = (patch: Partial<SampleTicket>) => onChange({ ...sample, ...patch });
  const rawPriorities = Object.keys(policy.priorityMap[sample.helpdesk]);
  const rawStatuses = [...new Set(['new', 'open', ...Object.keys(policy.statusMap[sample.helpdesk])])];
  return (
    <form className="sample-ticket" onSubmit={(event) => event.preventDefault()} aria-label={t('options.preview.ticket')}>
      <div className="inline-fields">
        <Field label={t('options.preview.helpdesk')}>
          {(control) => (
            <select {...control} value={sample.helpdesk} onChange={(e) => set({ helpdesk: e.target.value as SampleTicket['helpdesk'] })}>
              <option value="zendesk">{t('common.helpdesk.zendesk')}</option>
              <option value="jira">{t('common.helpdesk.jira')}</option>
            </select>
          )}
        </Field>
        <Field label={t('options.preview.priority')} hint={t('options.preview.priorityHint')}>
          {(control) => (
            <>
              <input {...control} type="text" list="sample-priorities" value={sample.priority} onChange={(e) => set({ priority: e.target.value })} />
              <datalist id="sample-priorities">
                {rawPriorities.map((priority) => (
                  <option key={priority} value={priority} />
                ))}
              </datalist>
            </>
          )}
        </Field>
        <Field label={t('options.preview.tags')}>
          {(control) => <ListInput {...control} values={sample.tags} placeholder="vip" onValues={(tags) => set({ tags })} />}
        </Field>
        <Field label={t('options.preview.organization')}>
          {(control) => <input {...control} type="text" value={sample.organization} onChange={(e) => set({ organization: e.target.value })} />}
        </Field>
        <Field label={t('options.preview.created')}>
          {(control) => <DateTimeInput {...control} value={sample.createdAt} onValue={(createdAt) => set({ createdAt })} />}
        </Field>
      </div>

      <SampleTimeline
        legend={t('options.preview.statuses')}
        pinnedFirst={t('options.preview.atCreation')}
        entries={sample.statuses}
        onEntries={(statuses) => set({ statuses })}
        idPrefix="status-at"
        atLabel={(n) => t('options.preview.statusAt', { n })}
        removeLabel={(n) => t('options.preview.removeStatus', { n })}
        addLabel={t('options.preview.addStatus')}
        newEntry={(after) => ({ at: after + 30 * 60_000, status: 'pending' })}
        createdAt={sample.createdAt}
      >
        {(entry, edit, n) => (
          <select aria-label={t('options.preview.status', { n })} value={entry.status} onChange={(e) => edit({ status: e.target.value })}>
            {rawStatuses.map((status) => (
              <option key={status} value={status}>
                {status}
              </option>
            ))}
          </select>
        )}
      </SampleTimeline>

      <SampleTimeline
        legend={t('options.preview.replies')}
        emptyHint={t('options.preview.noReplies')}
        entries={sample.replies}
        onEntries={(replies) => set({ replies })}
        idPrefix="reply-at"
        atLabel={(n) => t('options.preview.replyAt', { n })}
        removeLabel={(n) => t('options.preview.removeReply', { n })}
        addLabel={t('options.preview.addReply')}
        newEntry={(after) => ({ at: after + 20 * 60_000, author: 'agent' as const, public: true })}
        createdAt={sample.createdAt}
      >
        {(reply, edit, n) => (
          <>
            <select
              aria-label={t('options.preview.replyAuthor', { n })}
              value={reply.author}
              onChange={(e) => edit({ author: e.target.value as 'agent' | 'customer' })}
            >
              <option value="agent">{t('options.preview.agent')}</option>
              <option value="customer">{t('options.preview.customer')}</option>
            </select>
            <label className="checkbox">
              <input type="checkbox" checked={reply.public} onChange={(e) => edit({ public: e.target.checked })} />
              {t('options.preview.public')}
            </label>
          </>
        )}
      </SampleTimeline>
    </form>
  );
}

import { Field } from '../../../components/field';
import { ListInput } from '../../../components/list-input';
import { t } from '../../../lib/i18n';
import type { Policy } from '../../../lib/policy/types';
import { DateTimeInput } from './datetime-input';
import type { SampleTicket } from './sample-ticket';

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

      <fieldset className="timeline">
        <legend>{t('options.preview.statuses')}</legend>
        <ol>
          {sample.statuses.map((entry, index) => (
            <li key={index} className="inline-fields">
              {index === 0 ? (
                <span className="field-hint">{t('options.preview.atCreation')}</span>
              ) : (
                <DateTimeInput
                  id={`status-at-${index}`}
                  aria-label={t('options.preview.statusAt', { n: index + 1 })}
                  value={entry.at}
                  onValue={(at) => set({ statuses: sample.statuses.map((s, i) => (i === index ? { ...s, at } : s)) })}
                />
              )}
              <select
                aria-label={t('options.preview.status', { n: index + 1 })}
                value={entry.status}
                onChange={(e) => set({ statuses: sample.statuses.map((s, i) => (i === index ? { ...s, status: e.target.value } : s)) })}
              >
                {rawStatuses.map((status) => (
                  <option key={status} value={status}>
                    {status}
                  </option>
                ))}
              </select>
              {index > 0 && (
                <button
                  type="button"
                  className="icon-button"
                  aria-label={t('options.preview.removeStatus', { n: index + 1 })}
                  onClick={() => set({ statuses: sample.statuses.filter((_, i) => i !== index) })}
                >
                  ×
                </button>
              )}
            </li>
          ))}
        </ol>
        <button
          type="button"
          className="link-button"
          onClick={() => {
            const last = sample.statuses.at(-1)?.at ?? sample.createdAt;
            set({ statuses: [...sample.statuses, { at: last + 30 * 60_000, status: 'pending' }] });
          }}
        >
          + {t('options.preview.addStatus')}
        </button>
      </fieldset>

      <fieldset className="timeline">
        <legend>{t('options.preview.replies')}</legend>
        {sample.replies.length === 0 && <p className="field-hint">{t('options.preview.noReplies')}</p>}
        <ol>
          {sample.replies.map((reply, index) => (
            <li key={index} className="inline-fields">
              <DateTimeInput
                id={`reply-at-${index}`}
                aria-label={t('options.preview.replyAt', { n: index + 1 })}
                value={reply.at}
                onValue={(at) => set({ replies: sample.replies.map((r, i) => (i === index ? { ...r, at } : r)) })}
              />
              <select
                aria-label={t('options.preview.replyAuthor', { n: index + 1 })}
                value={reply.author}
                onChange={(e) =>
                  set({ replies: sample.replies.map((r, i) => (i === index ? { ...r, author: e.target.value as 'agent' | 'customer' } : r)) })
                }
              >
                <option value="agent">{t('options.preview.agent')}</option>
                <option value="customer">{t('options.preview.customer')}</option>
              </select>
              <label className="checkbox">
                <input
                  type="checkbox"
                  checked={reply.public}
                  onChange={(e) => set({ replies: sample.replies.map((r, i) => (i === index ? { ...r, public: e.target.checked } : r)) })}
                />
                {t('options.preview.public')}
              </label>
              <button
                type="button"
                className="icon-button"
                aria-label={t('options.preview.removeReply', { n: index + 1 })}
                onClick={() => set({ replies: sample.replies.filter((_, i) => i !== index) })}
              >
                ×
              </button>
            </li>
          ))}
        </ol>
        <button
          type="button"
          className="link-button"
          onClick={() => {
            const last = sample.replies.at(-1)?.at ?? sample.createdAt;
            set({ replies: [...sample.replies, { at: last + 20 * 60_000, author: 'agent', public: true }] });
          }}
        >
          + {t('options.preview.addReply')}
        </button>
      </fieldset>
    </form>
  );
}

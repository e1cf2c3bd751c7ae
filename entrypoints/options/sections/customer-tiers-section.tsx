import { Field } from '../../../components/field';
import { FieldIssues } from '../../../components/field-issues';
import { IdentityFields } from '../../../components/identity-fields';
import { ListInput } from '../../../components/list-input';
import { Section } from '../../../components/section';
import { t } from '../../../lib/i18n';
import { uniqueId, useErrorsFor, useEditor, useReadOnly, useShownPolicy } from '../../../lib/store';

/** Customer tiers (VIP and the like), matched by ticket tags or organisation; the first match wins. */
export function CustomerTiersSection() {
  const policy = useShownPolicy();
  const readOnly = useReadOnly();
  const updateDraft = useEditor((state) => state.updateDraft);
  const errorsFor = useErrorsFor();
  return (
    <Section
      id="customers"
      title={t('options.customers.title')}
      description={t('options.customers.description')}
      actions={
        <button
          type="button"
          disabled={readOnly}
          onClick={() =>
            updateDraft((draft) =>
              void draft.customerTiers.push({
                id: uniqueId('customer', draft.customerTiers.map((c) => c.id)),
                name: t('options.customers.newName'),
                tags: [],
                organizations: [],
              }),
            )
          }
        >
          + {t('options.customers.add')}
        </button>
      }
    >
      {policy.customerTiers.length === 0 && <p className="field-hint">{t('options.customers.none')}</p>}
      <ol className="card-list">
        {policy.customerTiers.map((customer, index) => {
          const path = `customerTiers[${index}]`;
          const edit = (recipe: (c: (typeof policy.customerTiers)[number]) => void) =>
            updateDraft((draft) => recipe(draft.customerTiers[index]!));
          return (
            <li key={index} className="card inline-fields">
              <IdentityFields
                nameLabel={t('options.customers.name')}
                idLabel={t('options.customers.id')}
                name={customer.name}
                id={customer.id}
                nameErrors={errorsFor(`${path}.name`)}
                idErrors={errorsFor(`${path}.id`)}
                disabled={readOnly}
                onName={(value) => edit((c) => void (c.name = value))}
                onId={(value) =>
                  updateDraft((draft) => {
                    // Tiers follow a renamed customer tier.
                    const old = draft.customerTiers[index]!.id;
                    draft.customerTiers[index]!.id = value;
                    for (const tier of draft.tiers) tier.customerTiers = tier.customerTiers.map((ref) => (ref === old ? value : ref));
                  })
                }
              />
              <Field label={t('options.customers.tags')} hint={t('options.customers.listHint')} errors={errorsFor(`${path}.tags`)}>
                {(control) => (
                  <ListInput {...control} values={customer.tags} disabled={readOnly} placeholder="vip, enterprise" onValues={(tags) => edit((c) => void (c.tags = tags))} />
                )}
              </Field>
              <Field label={t('options.customers.organizations')} hint={t('options.customers.listHint')} errors={errorsFor(`${path}.organizations`)}>
                {(control) => (
                  <ListInput
                    {...control}
                    values={customer.organizations}
                    disabled={readOnly}
                    placeholder="Acme Corp"
                    onValues={(organizations) => edit((c) => void (c.organizations = organizations))}
                  />
                )}
              </Field>
              <button
                type="button"
                className="icon-button danger align-end"
                aria-label={t('options.customers.remove', { name: customer.name || customer.id })}
                disabled={readOnly}
                onClick={() =>
                  updateDraft((draft) => {
                    const [removed] = draft.customerTiers.splice(index, 1);
                    for (const tier of draft.tiers) tier.customerTiers = tier.customerTiers.filter((ref) => ref !== removed?.id);
                  })
                }
              >
                ✕
              </button>
              <FieldIssues id={`${path}-issues`} errors={errorsFor(path)} />
            </li>
          );
        })}
      </ol>
    </Section>
  );
}

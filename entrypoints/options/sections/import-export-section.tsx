import { useState } from 'react';
import { Field } from '../../../components/field';
import { IssueList } from '../../../components/issue-list';
import { Notice } from '../../../components/notice';
import { Section } from '../../../components/section';
import { t } from '../../../lib/i18n';
import type { PolicyIssue } from '../../../lib/policy/types';
import { useEditor, useReadOnly, useShownPolicy, useValidation } from '../../../lib/store';

function download(name: string, text: string) {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const link = Object.assign(document.createElement('a'), { href: url, download: name });
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** Export the policy as POLICY.md JSON; import a file or pasted text, which changes nothing unless it is valid. */
export function ImportExportSection() {
  const readOnly = useReadOnly();
  const shown = useShownPolicy();
  const validation = useValidation();
  const importPolicyText = useEditor((state) => state.importPolicyText);
  const [text, setText] = useState('');
  const [outcome, setOutcome] = useState<{ ok: true; warnings: number } | { ok: false; errors: PolicyIssue[] }>();
  const exportable = readOnly ? shown : validation.policy;

  const runImport = (source: string) => {
    const result = importPolicyText(source);
    setOutcome(result.ok ? { ok: true, warnings: result.warnings.length } : { ok: false, errors: result.errors });
  };

  return (
    <Section id="import-export" title={t('options.io.title')} description={t('options.io.description')}>
      <div className="inline-fields">
        <button
          type="button"
          disabled={!exportable}
          onClick={() => exportable && download('sla-policy.json', `${JSON.stringify(exportable, null, 2)}\n`)}
        >
          {t('options.io.export')}
        </button>
        {!exportable && <span className="field-hint">{t('options.io.exportBlocked')}</span>}
      </div>
      <Field label={t('options.io.importFile')}>
        {(control) => (
          <input
            {...control}
            type="file"
            accept="application/json,.json"
            disabled={readOnly}
            onChange={async (event) => {
              const file = event.target.files?.[0];
              if (file) runImport(await file.text());
              event.target.value = '';
            }}
          />
        )}
      </Field>
      <Field label={t('options.io.paste')}>
        {(control) => (
          <textarea
            {...control}
            rows={5}
            className="mono"
            value={text}
            disabled={readOnly}
            placeholder='{ "version": 1, … }'
            onChange={(event) => setText(event.target.value)}
          />
        )}
      </Field>
      <button type="button" disabled={readOnly || !text.trim()} onClick={() => runImport(text)}>
        {t('options.io.import')}
      </button>
      {outcome?.ok && (
        <Notice tone="success" title={t('options.io.imported')}>
          {t('options.io.importedHint', { warnings: outcome.warnings })}
        </Notice>
      )}
      {outcome && !outcome.ok && (
        <Notice tone="error" title={t('options.io.invalid', { count: outcome.errors.length })}>
          <IssueList issues={outcome.errors} tone="error" documentLabel={t('options.issues.document')} />
        </Notice>
      )}
    </Section>
  );
}

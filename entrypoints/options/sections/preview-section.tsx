import { useMemo, useState } from 'react';
import { Notice } from '../../../components/notice';
import { Section } from '../../../components/section';
import { useNow } from '../../../components/use-now';
import { getLanguage, t } from '../../../lib/i18n';
import { useReadOnly, useShownPolicy, useValidation } from '../../../lib/store';
import { evaluateTicket } from '../../../lib/sla';
import { PreviewResult } from './preview-result';
import { initialSample, sampleToFacts } from './sample-ticket';
import { SampleTicketEditor } from './sample-ticket-editor';

/** A sample ticket evaluated live against the policy being edited. */
export function PreviewSection() {
  const now = useNow(15_000);
  const [sample, setSample] = useState(() => initialSample(Date.now()));
  const shown = useShownPolicy();
  const readOnly = useReadOnly();
  const validation = useValidation();
  // The editor's draft is previewed once it is valid; in managed mode, the managed policy.
  const policy = readOnly ? shown : validation.policy;
  const sla = useMemo(() => {
    if (!policy) return undefined;
    try {
      return evaluateTicket(policy, sampleToFacts(sample), now, { language: getLanguage() });
    } catch (error) {
      console.warn('[sla:options] preview failed', error);
      return undefined;
    }
  }, [policy, sample, now]);

  return (
    <Section id="preview" title={t('options.preview.title')} description={t('options.preview.description')}>
      <div className="two-columns preview">
        <SampleTicketEditor sample={sample} onChange={setSample} policy={shown} />
        {sla ? <PreviewResult sla={sla} now={now} /> : <Notice tone="warning">{t('options.preview.fixErrors')}</Notice>}
      </div>
    </Section>
  );
}

import { IssueList } from '../../../components/issue-list';
import { t } from '../../../lib/i18n';
import { useReadOnly, useValidation } from '../../../lib/store';
import { sectionOf } from './section-of';

/** Focuses the control of an issue's path, or the nearest section, so the summary is a way to the field. */
function focusPath(path: string) {
  const section = sectionOf(path);
  const target = document.querySelector<HTMLElement>(`#${section} [aria-invalid="true"]`) ?? document.getElementById(`${section}-title`);
  target?.scrollIntoView({ block: 'center' });
  target?.focus();
}

/** Every error and warning of the draft in one list, each linking to its section. */
export function IssuesSummary() {
  const { errors, warnings } = useValidation();
  const readOnly = useReadOnly();
  if (readOnly || (errors.length === 0 && warnings.length === 0)) return null;
  return (
    <details className="issues-summary" open={errors.length > 0}>
      <summary>
        {t('options.issues.summary', { errors: errors.length, warnings: warnings.length })}
      </summary>
      {errors.length > 0 && <IssueList issues={errors} tone="error" onSelect={focusPath} documentLabel={t('options.issues.document')} />}
      {warnings.length > 0 && <IssueList issues={warnings} tone="warning" onSelect={focusPath} documentLabel={t('options.issues.document')} />}
    </details>
  );
}

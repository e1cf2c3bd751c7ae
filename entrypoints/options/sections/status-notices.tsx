import { IssueList } from '../../../components/issue-list';
import { Notice } from '../../../components/notice';
import { t } from '../../../lib/i18n';
import { useEditor } from '../../../lib/store';

/** Managed mode, an invalid managed policy, and a save that raced another tab. */
export function StatusNotices() {
  const managed = useEditor((state) => state.managed);
  const externalChange = useEditor((state) => state.externalChange);
  const saveStatus = useEditor((state) => state.saveStatus);
  const savedInvalid = useEditor((state) => state.saved.invalid);
  const discardChanges = useEditor((state) => state.discardChanges);
  const savePolicy = useEditor((state) => state.savePolicy);

  return (
    <>
      {managed.kind === 'valid' && (
        <Notice tone="info" title={t('options.managed.title')}>
          <p data-testid="managed-notice">{t('options.managed.body')}</p>
        </Notice>
      )}
      {managed.kind === 'invalid' && (
        <Notice tone="error" title={t('options.managed.invalidTitle')}>
          <p data-testid="managed-invalid">
            {managed.verdict.lastGood ? t('options.managed.invalidLastGood') : t('options.managed.invalidFallback')}
          </p>
          <IssueList issues={managed.verdict.errors ?? []} tone="error" documentLabel={t('options.issues.document')} />
        </Notice>
      )}
      {managed.kind === 'none' && (externalChange || saveStatus.kind === 'conflict') && (
        <Notice
          tone="warning"
          title={t('options.conflict.title')}
          actions={
            <>
              <button type="button" onClick={discardChanges}>
                {t('options.conflict.reload')}
              </button>
              <button type="button" className="danger" onClick={() => void savePolicy({ overwrite: true })}>
                {t('options.conflict.overwrite')}
              </button>
            </>
          }
        >
          <p data-testid="conflict-notice">{t('options.conflict.body')}</p>
        </Notice>
      )}
      {savedInvalid && <Notice tone="warning">{t('options.saved.invalid')}</Notice>}
    </>
  );
}

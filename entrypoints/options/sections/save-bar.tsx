import { useState } from 'react';
import { ConfirmDialog } from '../../../components/confirm-dialog';
import { formatTime, t } from '../../../lib/i18n';
import { useEditor, useReadOnly, useValidation } from '../../../lib/store';

/** Save, discard and reset, with what the save did; sticky at the top of the editor. */
export function SaveBar() {
  const readOnly = useReadOnly();
  const { errors } = useValidation();
  const dirty = useEditor((state) => state.dirty);
  const status = useEditor((state) => state.saveStatus);
  const savePolicy = useEditor((state) => state.savePolicy);
  const discardChanges = useEditor((state) => state.discardChanges);
  const resetToPreset = useEditor((state) => state.resetToPreset);
  const [confirmReset, setConfirmReset] = useState(false);

  const message = readOnly
    ? t('options.save.readOnly')
    : errors.length > 0
      ? t('options.save.blocked', { count: errors.length })
      : status.kind === 'saving'
        ? t('options.save.saving')
        : status.kind === 'saved' && !dirty
          ? t('options.save.saved', { time: formatTime(status.at) })
          : status.kind === 'error'
            ? t('options.save.failed', { reason: status.message })
            : dirty
              ? t('options.save.unsaved')
              : t('options.save.upToDate');

  return (
    <div className="save-bar" role="region" aria-label={t('options.save.region')}>
      <p className={`save-status${errors.length ? ' save-status-error' : ''}`} role="status" data-testid="save-status">
        {message}
      </p>
      <div className="save-actions">
        <button type="button" onClick={() => setConfirmReset(true)} disabled={readOnly}>
          {t('options.save.reset')}
        </button>
        <button type="button" onClick={discardChanges} disabled={readOnly || !dirty}>
          {t('options.save.discard')}
        </button>
        <button
          type="button"
          className="primary"
          disabled={readOnly || errors.length > 0 || !dirty || status.kind === 'saving'}
          onClick={() => void savePolicy()}
        >
          {t('options.save.save')}
        </button>
      </div>
      <ConfirmDialog
        open={confirmReset}
        title={t('options.save.resetTitle')}
        confirmLabel={t('options.save.resetConfirm')}
        onCancel={() => setConfirmReset(false)}
        onConfirm={() => {
          resetToPreset();
          setConfirmReset(false);
        }}
      >
        <p>{t('options.save.resetBody')}</p>
      </ConfirmDialog>
    </div>
  );
}

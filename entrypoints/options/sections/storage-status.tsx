import { t } from '../../../lib/i18n';
import { useEditor } from '../../../lib/store';

const kb = (bytes: number) => (bytes / 1024).toFixed(1);

/** Where the saved policy lives: browser sync (one item or chunked), this device only, or nowhere yet. */
export function StorageStatus() {
  const saved = useEditor((state) => state.saved);
  const managed = useEditor((state) => state.managed.kind);
  let text: string;
  if (managed !== 'none') text = t('options.storage.managed');
  else if (!saved.area) text = t('options.storage.preset');
  else if (saved.area === 'sync' && saved.chunks === 1) text = t('options.storage.sync', { size: kb(saved.bytes) });
  else if (saved.area === 'sync') text = t('options.storage.syncChunked', { size: kb(saved.bytes), chunks: saved.chunks });
  else if (saved.reason === 'sync-failed') text = t('options.storage.localFailed', { size: kb(saved.bytes) });
  else text = t('options.storage.localTooLarge', { size: kb(saved.bytes) });
  return (
    <p className="storage-status" data-testid="storage-status" data-area={managed !== 'none' ? 'managed' : (saved.area ?? 'none')}>
      {text}
    </p>
  );
}

import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { getLanguage, normalizeLanguage, setLanguage, t } from '../../lib/i18n';
import { createEditorStore, EditorStoreContext, startEditorStore } from '../../lib/store';
import { App } from './App';
import '../../components/page-base.css';
import './style.css';

// `?lang=zh-CN` overrides the browser's language (screenshots, support); otherwise the language follows the browser.
const requested = new URLSearchParams(location.search).get('lang');
if (requested) setLanguage(normalizeLanguage(requested));
document.documentElement.lang = getLanguage();
document.title = `${t('options.title')} · ${t('common.appName')}`;

const store = createEditorStore();
void startEditorStore(store);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <EditorStoreContext.Provider value={store}>
      <App />
    </EditorStoreContext.Provider>
  </StrictMode>,
);

import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '../../components/page-base.css';
import '../../components/report/report.css';
import { getLanguage, normalizeLanguage, setLanguage, t } from '../../lib/i18n';
import { App } from './App';

// `?lang=zh-CN` and `?theme=dark|light` pin the language and theme (screenshots, tests); otherwise the browser's.
const params = new URLSearchParams(location.search);
const lang = params.get('lang');
if (lang) setLanguage(normalizeLanguage(lang));
const theme = params.get('theme');
if (theme === 'dark' || theme === 'light') document.documentElement.dataset.theme = theme;
document.documentElement.lang = getLanguage();
document.title = `${t('common.appName')} – ${t('report.title')}`;

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App params={params} />
  </StrictMode>,
);

import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { getLanguage, normalizeLanguage, setLanguage } from '../../lib/i18n';
import { App } from './App';

// `?lang=zh-CN` pins the language (screenshots, tests); otherwise the browser's.
const lang = new URLSearchParams(location.search).get('lang');
if (lang) setLanguage(normalizeLanguage(lang));
document.documentElement.lang = getLanguage();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);

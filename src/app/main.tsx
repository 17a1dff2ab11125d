import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { setupI18n } from '../i18n/setupI18n.ts';
import { App } from './App.tsx';
import './styles.css';

const lang = new URLSearchParams(window.location.search).get('lang') === 'en' ? 'en' : 'zh';
await setupI18n(lang);

const root = document.getElementById('root');
if (root) createRoot(root).render(<StrictMode><App /></StrictMode>);

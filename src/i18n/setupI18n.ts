// i18next with both languages bundled: they are small, and switching must not wait on the network.
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { zh } from './zh.ts';
import { en } from './en.ts';
import type { Lang } from './lang.ts';

export const setupI18n = (lang: Lang) =>
  i18next.use(initReactI18next).init({
    lng: lang,
    fallbackLng: 'zh',
    resources: { zh: { translation: zh }, en: { translation: en } },
    // React escapes; ECharts builders escape what they pass to HTML themselves.
    interpolation: { escapeValue: false },
    returnNull: false,
  });

export { i18next };

import { useTranslation } from 'react-i18next';
import { type Filters } from '../view-state/filters.ts';
import { LANGS, type Lang } from '../i18n/lang.ts';
import type { ColorScheme } from './useColorScheme.ts';

interface Props {
  lang: Lang;
  scheme: ColorScheme;
  setScheme: (s: ColorScheme) => void;
  update: (patch: Partial<Filters>) => void;
  about?: boolean;
  onAddReport?: () => void;
}

export function Header({ lang, scheme, setScheme, update, about, onAddReport }: Props) {
  const { t } = useTranslation();
  return (
    <header className="site-header">
      <div className="site-header__title">
        <h1>{t('app.title')}</h1>
        <p className="tagline">{t('app.tagline')}</p>
      </div>
      <nav className="site-header__tools" aria-label={t('lang.label')}>
        <div className="segmented" role="group" aria-label={t('lang.label')}>
          {LANGS.map((l) => (
            <button key={l} type="button" lang={l === 'zh' ? 'zh-CN' : 'en'} aria-pressed={lang === l} onClick={() => update({ lang: l })}>
              {t(`lang.${l}`)}
            </button>
          ))}
        </div>
        {onAddReport && (
          <button type="button" onClick={onAddReport}>
            ＋ {t('addReport.open')}
          </button>
        )}
        <button type="button" onClick={() => setScheme(scheme === 'dark' ? 'light' : 'dark')} aria-label={`${t('colorScheme.label')}: ${t(`colorScheme.${scheme === 'dark' ? 'light' : 'dark'}`)}`}>
          {scheme === 'dark' ? '☀' : '☾'} {t(`colorScheme.${scheme === 'dark' ? 'light' : 'dark'}`)}
        </button>
        {about ? <a href="#">{t('app.back')}</a> : <a href="#about">{t('app.about')}</a>}
      </nav>
    </header>
  );
}

import { useTranslation } from 'react-i18next';
import type { DatasetModel } from '../dataset/datasetModel.ts';
import type { Filters } from '../view-state/filters.ts';
import type { Lang } from '../i18n/lang.ts';
import { QualifierLegend } from '../views/QualifierLegend.tsx';
import { Header } from './Header.tsx';
import type { ColorScheme } from './useColorScheme.ts';

interface Props {
  model: DatasetModel;
  lang: Lang;
  scheme: ColorScheme;
  setScheme: (s: ColorScheme) => void;
  update: (patch: Partial<Filters>) => void;
}

export function AboutPage({ model, lang, scheme, setScheme, update }: Props) {
  const { t } = useTranslation();
  return (
    <div className="layout">
      <Header lang={lang} scheme={scheme} setScheme={setScheme} update={update} about />
      <main id="main" className="about card">
        <h2>{t('about.title')}</h2>
        <h3>{t('about.reportsHeading')}</h3>
        <p>{t('about.reports')}</p>
        <h3>{t('about.qualifiersHeading')}</h3>
        <QualifierLegend />
        <h3>{t('about.compareHeading')}</h3>
        <p>{t('about.compare')}</p>
        <h3>{t('about.sourcesHeading')}</h3>
        <ul>
          {model.dataset.sources.map((s) => (
            <li key={s.id}>
              {s.title[lang]} — {s.issuer[lang]}, {s.date ?? t('source.noDate')}
            </li>
          ))}
        </ul>
      </main>
    </div>
  );
}

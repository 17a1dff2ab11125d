// The page: header, filters, the chosen view, the qualifier legend and the source panel, all driven by the URL.
import { lazy, Suspense, useCallback, useEffect, useMemo, useRef, useState, type ComponentType } from 'react';
import { useTranslation } from 'react-i18next';
import type { DatasetModel } from '../dataset/datasetModel.ts';
import { filterRegions, mixesLevels } from '../dataset/select/filterRegions.ts';
import { useUrlFilters } from '../view-state/useUrlFilters.ts';
import { FilterPanel } from '../filters/FilterPanel.tsx';
import { SourceDialog } from '../provenance/SourceDialog.tsx';
import { QualifierLegend } from '../views/QualifierLegend.tsx';
import { ViewErrorBoundary } from '../views/ViewErrorBoundary.tsx';
import type { EChartHandle } from '../charts/EChart.tsx';
import { afterFirstChart } from '../charts/chartFrames.ts';
import type { ExportBarProps } from '../export/ExportBar.tsx';
import { Header } from './Header.tsx';
import { Notices } from './Notices.tsx';
import { ViewTabs } from './ViewTabs.tsx';
import { AboutPage } from './AboutPage.tsx';
import { CurrentView } from './CurrentView.tsx';
import { useColorScheme } from './useColorScheme.ts';
import { useHash } from './useHash.ts';
import type { useUserData } from '../user-data/useUserData.ts';
import { listSeparator } from '../i18n/listSeparator.ts';

const AddReportDialog = lazy(() => import('../user-data/AddReportDialog.tsx'));
// The export code (CSV, images) loads once the first chart is drawn and settled, not before it; until then an inert
// copy of its closed menu holds its place, so nothing moves when it arrives.
// If its code cannot be fetched (offline before it was cached), the page works on without it.
const ExportBar = lazy(() =>
  afterFirstChart()
    .then(() => import('../export/ExportBar.tsx'))
    .then(
      (m): ComponentType<ExportBarProps> => m.ExportBar,
      (): ComponentType<ExportBarProps> => () => null,
    )
    .then((component) => ({ default: component })),
);

export function Dashboard({ model, userData }: { model: DatasetModel; userData?: ReturnType<typeof useUserData> }) {
  const { t, i18n } = useTranslation();
  const { filters, notices, update } = useUrlFilters(model.catalogue);
  const [scheme, setScheme] = useColorScheme();
  const [selected, setSelected] = useState<string | null>(null);
  const [adding, setAdding] = useState(false);
  const chartRef = useRef<EChartHandle>(null);
  const hash = useHash();

  useEffect(() => {
    if (i18n.language !== filters.lang) void i18n.changeLanguage(filters.lang);
    document.documentElement.lang = filters.lang === 'zh' ? 'zh-CN' : 'en';
    document.title = t('app.title');
  }, [filters.lang, i18n, t]);

  const regions = useMemo(() => filterRegions(model.dataset.regions, filters), [model.dataset.regions, filters]);
  const onSelect = useCallback((key: string) => setSelected(key), []);
  const closeSource = useCallback(() => setSelected(null), []);
  const lang = filters.lang;

  if (hash === '#about') return <AboutPage model={model} lang={lang} scheme={scheme} setScheme={setScheme} update={update} />;

  return (
    <div className="layout">
      <a className="skip-link" href="#main">{t('app.skip')}</a>
      <Header lang={lang} scheme={scheme} setScheme={setScheme} update={update} onAddReport={userData ? () => setAdding(true) : undefined} />
      {userData && (userData.loadProblem || userData.saveProblem) && (
        <p className="warning storage-warning" role="alert">{t(`addReport.storage.${userData.saveProblem ?? userData.loadProblem}`)}</p>
      )}
      <div className="layout__body">
        <aside className="layout__filters">
          <FilterPanel model={model} filters={filters} update={update} />
        </aside>
        <main id="main" className="layout__main" tabIndex={-1}>
          <Notices notices={notices} />
          <ViewTabs view={filters.view} update={update} />
          {mixesLevels(regions) && filters.view !== 'coverage' && (
            <p className="warning" role="note" data-testid="mixed-levels">
              {t('warnings.mixedLevels', { levels: [...new Set(regions.map((r) => r.level))].map((l) => t(`levels.${l}`)).join(listSeparator(lang)) })}
            </p>
          )}
          <section className="card" aria-label={t(`views.${filters.view}`)}>
            <Suspense
              fallback={
                <details className="export-bar" aria-hidden="true" inert>
                  <summary>{t('export.menu')}</summary>
                </details>
              }
            >
              <ExportBar model={model} filters={filters} regions={regions} chartRef={chartRef} />
            </Suspense>
            <ViewErrorBoundary key={filters.view} message={t('error.view')}>
              <CurrentView model={model} filters={filters} regions={regions} dark={scheme === 'dark'} onSelect={onSelect} chartRef={chartRef} />
            </ViewErrorBoundary>
          </section>
          {filters.view !== 'coverage' && (
            <section className="card card--quiet">
              <p className="muted small">{t('chart.clickHint')}</p>
              <QualifierLegend />
            </section>
          )}
        </main>
      </div>
      <SourceDialog model={model} obsKey={selected} onClose={closeSource} />
      {adding && userData && (
        <Suspense fallback={null}>
          <AddReportDialog model={model} userData={userData.data} onChange={userData.update} onClose={() => setAdding(false)} />
        </Suspense>
      )}
    </div>
  );
}

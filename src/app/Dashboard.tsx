// The page: header, filters, the chosen view, the qualifier legend and the source panel, all driven by the URL.
import { lazy, Suspense, useCallback, useEffect, useMemo, useRef, useState, type ComponentType } from 'react';
import { useTranslation } from 'react-i18next';
import type { DatasetModel } from '../dataset/datasetModel.ts';
import { filterRegions, mixesLevels } from '../dataset/select/filterRegions.ts';
import { useUrlFilters } from '../view-state/useUrlFilters.ts';
import { FilterPanel } from '../filters/FilterPanel.tsx';
import { QualifierLegend } from '../views/QualifierLegend.tsx';
import { ViewErrorBoundary } from '../views/ViewErrorBoundary.tsx';
import { viewOf } from '../views/registry.ts';
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
// The source panel reads numbers with the extractor's grammar: it loads on the first click on a value.
const SourceDialog = lazy(() => import('../provenance/SourceDialog.tsx').then((m) => ({ default: m.SourceDialog })));
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
  // Where focus returns when the source panel closes: the value that opened it, or the chart it was clicked in.
  const opener = useRef<HTMLElement | null>(null);
  const hash = useHash();
  const lang = filters.lang;
  const view = viewOf(filters.view);

  // The regions compared keep their identity while the choice is the same, so every memo below holds.
  const { level, province, sourceKind } = filters;
  const regionsKey = filters.regions.join('~');
  const regions = useMemo(
    () => filterRegions(model.dataset.regions, { regions: regionsKey ? regionsKey.split('~') : [], level, province, sourceKind }, model.sourceKinds),
    [model.dataset.regions, model.sourceKinds, regionsKey, level, province, sourceKind],
  );
  // Selected once per change; the view, its data table and the export share it.
  const selection = useMemo(() => view.select(model, filters, regions), [view, model, filters, regions]);
  const title = view.exportTitle(model, filters, { t, lang });

  useEffect(() => {
    if (i18n.language !== lang) void i18n.changeLanguage(lang);
    document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
    document.title = `${title} · ${t('app.title')}`;
  }, [lang, i18n, t, title]);

  const onSelect = useCallback((key: string) => {
    const active = document.activeElement;
    opener.current = active instanceof HTMLElement && active !== document.body ? active : (document.querySelector<HTMLElement>('.chart-frame canvas')?.closest('.chart-frame') ?? null);
    setSelected(key);
  }, []);
  const closeSource = useCallback(() => {
    setSelected(null);
    const back = opener.current;
    if (back?.isConnected) {
      if (!back.matches('button, a, input, select, textarea, [tabindex]')) back.tabIndex = -1;
      back.focus();
    }
  }, []);

  const mixed = view.comparesValues && mixesLevels(regions);
  const warnings = useMemo(
    () => (mixed ? [t('warnings.mixedLevels', { levels: [...new Set(regions.map((r) => r.level))].map((l) => t(`levels.${l}`)).join(listSeparator(lang)) })] : []),
    [mixed, regions, t, lang],
  );
  const localRegions = useMemo(
    () => filters.regions.flatMap((code) => (model.regionByCode.get(code)?.user_added ? [model.regionByCode.get(code)?.name[lang] ?? code] : [])),
    [filters.regions, model, lang],
  );

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
          <FilterPanel model={model} filters={filters} view={view} update={update} />
        </aside>
        <main id="main" className="layout__main" tabIndex={-1}>
          <Notices notices={notices} />
          <ViewTabs view={filters.view} update={update} />
          {warnings.map((w) => (
            <p key={w} className="warning" role="note" data-testid="mixed-levels">{w}</p>
          ))}
          <section className="card" aria-label={t(`views.${filters.view}`)}>
            <Suspense
              fallback={
                <details className="export-bar" aria-hidden="true" inert>
                  <summary>{t('export.menu')}</summary>
                </details>
              }
            >
              <ExportBar model={model} filters={filters} view={view} selection={selection} warnings={warnings} dark={scheme === 'dark'} localRegions={localRegions} chartRef={chartRef} />
            </Suspense>
            <ViewErrorBoundary key={filters.view} message={t('error.view')}>
              <CurrentView view={view} model={model} filters={filters} regions={regions} selection={selection} dark={scheme === 'dark'} onSelect={onSelect} chartRef={chartRef} update={update} />
            </ViewErrorBoundary>
          </section>
          {view.comparesValues && (
            <section className="card card--quiet" aria-label={t('qualifier.legend')}>
              <p className="muted small">{t('chart.clickHint')}</p>
              <QualifierLegend />
            </section>
          )}
        </main>
      </div>
      {selected !== null && (
        <Suspense fallback={null}>
          <SourceDialog model={model} obsKey={selected} lang={lang} onClose={closeSource} />
        </Suspense>
      )}
      {adding && userData && (
        <Suspense fallback={null}>
          <AddReportDialog model={model} userData={userData.data} onChange={userData.update} onClose={() => setAdding(false)} />
        </Suspense>
      )}
    </div>
  );
}

// The export bar's actions: each runs the pure stages (records → table/option) and hands the file to the browser.
import { useCallback, useMemo, useState, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { BuildContext } from '../charts/buildContext.ts';
import type { EChartHandle } from '../charts/EChart.tsx';
import type { DatasetModel } from '../dataset/datasetModel.ts';
import type { Region } from '../dataset/schema.ts';
import { canBePerCapita } from '../dataset/select/perCapita.ts';
import { localName } from '../i18n/localName.ts';
import type { Filters } from '../view-state/filters.ts';
import type { Lang } from '../i18n/lang.ts';
import { buildExportOption } from './buildExportOption.ts';
import { canvasMeasure } from './canvasMeasure.ts';
import { copyPng, copyText } from './clipboard.ts';
import { datasetJson } from './datasetJson.ts';
import { downloadBlob, textBlob } from './download.ts';
import { exportAnnotations } from './exportAnnotations.ts';
import { DATASET_FILE_NAME, exportFileName } from './exportFileName.ts';
import { recordsTable } from './recordsTable.ts';
import { renderChartImage, type ImageKind } from './renderChartImage.ts';
import { toCsv } from './toCsv.ts';
import { showsValues, viewRecords } from './viewRecords.ts';
import { barCount, fitWindow, rankWindow } from './rankWindow.ts';
import { zoomWindowOf } from '../charts/zoomWindow.ts';

interface Input {
  model: DatasetModel;
  filters: Filters;
  regions: Region[];
  chartRef: RefObject<EChartHandle | null>;
}

// The colour scheme is a page preference kept on <html>, not view state.
const isDark = () => document.documentElement.dataset.scheme === 'dark';

export const useExportActions = ({ model, filters, regions, chartRef }: Input) => {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Lang;
  const [status, setStatus] = useState('');
  const records = useMemo(() => viewRecords(model, filters, regions), [model, filters, regions]);
  const metric = model.metricById.get(filters.metric);
  const hints = useMemo(() => ({ metricTheme: metric?.theme, perCapitaApplies: metric ? canBePerCapita(metric) : true }), [metric]);

  const run = useCallback(
    async (format: string, work: () => Promise<string>) => {
      setStatus(t('export.status.working', { format }));
      try {
        setStatus(await work());
      } catch (error) {
        setStatus(t('export.status.failed', { reason: error instanceof Error ? error.message : String(error) }));
      }
    },
    [t],
  );

  const renderImage = useCallback(
    (kind: ImageKind): Promise<Blob> => {
      const viewOption = chartRef.current?.option();
      if (!viewOption) return Promise.reject(new Error(t('export.reason.nothingToShow')));
      const ctx: BuildContext = { t, lang, dark: isDark() };
      // What the screen shows now (the top bars, or where the scroll bar has been moved to), as many as the image holds.
      const zoom = fitWindow(chartRef.current?.zoomWindow() ?? zoomWindowOf(viewOption));
      const ranked = records.kind === 'values' ? records.records.filter((r) => r.observation !== null).length : 0;
      const ranks = filters.view === 'rank' ? rankWindow(barCount(viewOption), zoom, ranked) : undefined;
      const annotations = exportAnnotations(model, filters, records, ctx, ranks);
      const option = buildExportOption(viewOption, annotations, ctx, canvasMeasure(), zoom);
      return renderChartImage(option, kind, { dark: ctx.dark ?? false, lang });
    },
    [chartRef, t, lang, model, filters, records],
  );

  const downloadImage = useCallback(
    (kind: ImageKind) =>
      run(kind.type.toUpperCase(), async () => {
        const file = exportFileName(filters, kind, hints);
        downloadBlob(await renderImage(kind), file);
        return t('export.status.saved', { file });
      }),
    [run, renderImage, filters, hints, t],
  );

  const downloadCsv = useCallback(
    () =>
      run('CSV', async () => {
        const file = exportFileName(filters, { type: 'csv' }, hints);
        const themeName = (id: string) => localName(model.themeById.get(id)?.name ?? { zh: id, en: id }, lang);
        downloadBlob(textBlob(toCsv(recordsTable(records, themeName, { t, lang })), 'text/csv'), file);
        return t('export.status.saved', { file });
      }),
    [run, filters, hints, model, records, t, lang],
  );

  const downloadJson = useCallback(
    () =>
      run('JSON', async () => {
        downloadBlob(textBlob(datasetJson(model.dataset), 'application/json'), DATASET_FILE_NAME);
        return t('export.status.saved', { file: DATASET_FILE_NAME });
      }),
    [run, model, t],
  );

  const copyLink = useCallback(() => run(t('export.action.copyLink'), async () => (await copyText(window.location.href), t('export.status.copiedLink'))), [run, t]);
  const copyImage = useCallback(
    () => run('PNG', async () => (await copyPng(renderImage({ type: 'png', scale: 2 })), t('export.status.copiedImage'))),
    [run, renderImage, t],
  );

  return { status, hasChart: showsValues(records) && filters.view !== 'table', downloadImage, downloadCsv, downloadJson, copyLink, copyImage };
};

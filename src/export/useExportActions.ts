// The export bar's actions: each runs the pure stages (records → table/option) and hands the file to the browser.
import { useCallback, useMemo, useState, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { BuildContext } from '../charts/buildContext.ts';
import type { EChartHandle } from '../charts/EChart.tsx';
import type { DatasetModel } from '../dataset/datasetModel.ts';
import { showsValues } from '../dataset/select/viewRecords.ts';
import { localName } from '../i18n/localName.ts';
import { listSeparator } from '../i18n/listSeparator.ts';
import type { Filters } from '../view-state/filters.ts';
import type { AnyView } from '../views/viewDescriptor.ts';
import { fileNameParts, viewWords } from '../views/registry.ts';
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
import { barCount, fitWindow } from '../charts/rankWindow.ts';
import { zoomWindowOf } from '../charts/zoomWindow.ts';

export interface ExportInput {
  model: DatasetModel;
  filters: Filters;
  /** The view's descriptor and what it selected for the page: the export says exactly what the page shows. */
  view: AnyView;
  selection: unknown;
  /** Notes the page shows above the chart (mixed levels), carried into images. */
  warnings: string[];
  dark: boolean;
  /** Names of chosen regions that exist only in this browser (user-added): a copied link opens without them elsewhere. */
  localRegions: string[];
  chartRef: RefObject<EChartHandle | null>;
}

export const useExportActions = ({ model, filters, view, selection, warnings, dark, localRegions, chartRef }: ExportInput) => {
  const { t } = useTranslation();
  const lang = filters.lang;
  const [status, setStatus] = useState('');
  const records = useMemo(() => view.records(selection, filters), [view, selection, filters]);
  const nameParts = useMemo(() => fileNameParts(model, filters), [model, filters]);

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
      const ctx: BuildContext = { t, lang, dark };
      // What the screen shows now (the top bars, or where the scroll bar has been moved to), as many as the image holds.
      const zoom = fitWindow(chartRef.current?.zoomWindow() ?? zoomWindowOf(viewOption));
      const ranks = view.ranksShown?.(barCount(viewOption), zoom, records);
      const annotations = exportAnnotations(model, filters, records, viewWords(model, filters, ctx), ctx, ranks, warnings);
      const option = buildExportOption(viewOption, annotations, ctx, canvasMeasure(), zoom);
      return renderChartImage(option, kind, { dark, lang });
    },
    [chartRef, t, lang, dark, model, filters, records, view, warnings],
  );

  const downloadImage = useCallback(
    (kind: ImageKind) =>
      run(kind.type.toUpperCase(), async () => {
        const file = exportFileName(filters, kind, nameParts);
        downloadBlob(await renderImage(kind), file);
        return t('export.status.saved', { file });
      }),
    [run, renderImage, filters, nameParts, t],
  );

  const downloadCsv = useCallback(
    () =>
      run('CSV', async () => {
        const file = exportFileName(filters, { type: 'csv' }, nameParts);
        const themeName = (id: string) => localName(model.themeById.get(id)?.name ?? { zh: id, en: id }, lang);
        downloadBlob(textBlob(toCsv(recordsTable(records, themeName, { t, lang })), 'text/csv'), file);
        return t('export.status.saved', { file });
      }),
    [run, filters, nameParts, model, records, t, lang],
  );

  const downloadJson = useCallback(
    () =>
      run('JSON', async () => {
        downloadBlob(textBlob(datasetJson(model.dataset), 'application/json'), DATASET_FILE_NAME);
        return t('export.status.saved', { file: DATASET_FILE_NAME });
      }),
    [run, model, t],
  );

  const copyLink = useCallback(
    () =>
      run(t('export.action.copyLink'), async () => {
        await copyText(window.location.href);
        return localRegions.length > 0
          ? t('export.status.copiedLinkLocal', { regions: localRegions.join(listSeparator(lang)) })
          : t('export.status.copiedLink');
      }),
    [run, t, localRegions, lang],
  );
  const copyImage = useCallback(
    () => run('PNG', async () => (await copyPng(renderImage({ type: 'png', scale: 2 })), t('export.status.copiedImage'))),
    [run, renderImage, t],
  );

  return { status, hasChart: showsValues(records) && view.drawsChart, downloadImage, downloadCsv, downloadJson, copyLink, copyImage };
};

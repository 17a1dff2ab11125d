// Export controls for the current view: images (PNG 2×/4×, SVG), data (CSV of this view, JSON of the dataset), link and image copy.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { canCopyImage, canCopyText } from './clipboard.ts';
import { useExportActions, type ExportInput } from './useExportActions.ts';
import { listSeparator } from '../i18n/listSeparator.ts';
import './exportBar.css';

export type ExportBarProps = ExportInput;

export function ExportBar(props: ExportBarProps) {
  const { t } = useTranslation();
  const actions = useExportActions(props);
  const imageReasonId = useId();
  const clipboardReasonId = useId();
  const imageReason = !props.view.drawsChart ? t('export.reason.noChart') : actions.hasChart ? null : t('export.reason.nothingToShow');
  const imageCopy = canCopyImage();
  const textCopy = canCopyText();
  const imageProps = { disabled: imageReason !== null, 'aria-describedby': imageReason ? imageReasonId : undefined };

  return (
    <details className="export-bar" data-testid="export-bar">
      <summary>{t('export.menu')}</summary>
      <div className="export-bar__panel">
        <div className="export-bar__group" role="group" aria-label={t('export.image')}>
          <span className="export-bar__label" aria-hidden="true">{t('export.image')}</span>
          <button type="button" aria-label={t('export.action.png2x')} onClick={() => void actions.downloadImage({ type: 'png', scale: 2 })} {...imageProps}>PNG 2×</button>
          <button type="button" aria-label={t('export.action.png4x')} onClick={() => void actions.downloadImage({ type: 'png', scale: 4 })} {...imageProps}>PNG 4×</button>
          <button type="button" aria-label={t('export.action.svg')} onClick={() => void actions.downloadImage({ type: 'svg' })} {...imageProps}>SVG</button>
        </div>
        {imageReason && <p id={imageReasonId} className="export-bar__reason">{imageReason}</p>}
        <div className="export-bar__group" role="group" aria-label={t('export.data')}>
          <span className="export-bar__label" aria-hidden="true">{t('export.data')}</span>
          <button type="button" aria-label={t('export.action.csv')} onClick={() => void actions.downloadCsv()}>CSV</button>
          <button type="button" aria-label={t('export.action.json')} onClick={() => void actions.downloadJson()}>JSON</button>
        </div>
        <div className="export-bar__group" role="group" aria-label={t('export.share')}>
          <span className="export-bar__label" aria-hidden="true">{t('export.share')}</span>
          {textCopy && <button type="button" onClick={() => void actions.copyLink()}>{t('export.action.copyLink')}</button>}
          <button
            type="button"
            onClick={() => void actions.copyImage()}
            disabled={!imageCopy || imageReason !== null}
            aria-describedby={!imageCopy ? clipboardReasonId : imageProps['aria-describedby']}
          >
            {t('export.action.copyImage')}
          </button>
        </div>
        {!imageCopy && <p id={clipboardReasonId} className="export-bar__reason">{t('export.reason.noClipboard')}</p>}
        {props.localRegions.length > 0 && (
          <p className="export-bar__reason" data-testid="local-regions-note">{t('export.reason.localRegions', { regions: props.localRegions.join(listSeparator(props.filters.lang)) })}</p>
        )}
        <p className="export-bar__status" role="status" aria-live="polite" data-testid="export-status">{actions.status}</p>
      </div>
    </details>
  );
}

// Paste or drop a report, extract candidate figures off the main thread, confirm them, and add them to every view.
import { useEffect, useMemo, useRef, useState, type ClipboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { DatasetModel } from '../dataset/datasetModel.ts';
import type { Region } from '../dataset/schema.ts';
import { inferReportYear } from '../extract/reportYear.ts';
import { ACCEPTED_EXTENSIONS } from '../ingest/formats.ts';
import { htmlToTextInWorker } from '../ingest/readInWorker.ts';
import { addReport } from './addReport.ts';
import { CandidateRow, type Decision } from './CandidateRow.tsx';
import { extractInWorker } from './extractInWorker.ts';
import { HighlightedText } from './HighlightedText.tsx';
import { checkReportText, readReportFile, type TextProblem } from './readReportText.ts';
import { RegionFinder } from './RegionFinder.tsx';
import type { UserData } from './userData.ts';
import { UserReports } from './UserReports.tsx';

interface Props {
  model: DatasetModel;
  userData: UserData;
  onChange: (data: UserData) => void;
  onClose: () => void;
}

export default function AddReportDialog({ model, userData, onChange, onClose }: Props) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDialogElement>(null);
  const [text, setText] = useState('');
  const [problem, setProblem] = useState<TextProblem | 'timeout' | null>(null);
  const [busy, setBusy] = useState(false);
  const [reading, setReading] = useState(false);
  const [region, setRegion] = useState<Region | null>(null);
  const [year, setYear] = useState<number | ''>('');
  const [decisions, setDecisions] = useState<Decision[]>([]);
  const [skippedDerived, setSkippedDerived] = useState(0);
  const [active, setActive] = useState<string | null>(null);
  const [status, setStatus] = useState('');

  useEffect(() => {
    ref.current?.showModal?.();
  }, []);

  const takeText = (value: string) => {
    setText(value);
    setDecisions([]);
    setProblem(null);
    const inferred = inferReportYear(value);
    if (inferred) setYear(inferred);
  };
  const onFile = async (file: File | undefined) => {
    if (!file) return;
    setReading(true);
    const read = await readReportFile(file).finally(() => setReading(false));
    if (read.ok) takeText(read.text);
    else setProblem(read.problem);
  };
  // Text copied from a web page comes with its HTML: the article is kept, the site's navigation is not.
  const onPaste = async (e: ClipboardEvent<HTMLTextAreaElement>) => {
    const html = e.clipboardData.getData('text/html');
    if (!html || text.trim() !== '') return;
    e.preventDefault();
    setReading(true);
    const read = await htmlToTextInWorker(html).finally(() => setReading(false));
    if (read.ok) takeText(read.text);
    else setProblem(read.problem);
  };
  const extract = async () => {
    const checked = checkReportText(text);
    if (!checked.ok) return setProblem(checked.problem);
    setBusy(true);
    try {
      const found = await extractInWorker(checked.text, { ...(year ? { year } : {}), ...(region ? { region: region.code } : {}) });
      const usable = found.filter((c) => c.qualifier !== 'derived');
      setSkippedDerived(found.length - usable.length);
      setDecisions(
        usable.map((c, i) => ({
          key: `c${i}`,
          accepted: c.metric !== null && model.metricById.has(c.metric),
          metric: c.metric !== null && model.metricById.has(c.metric) ? c.metric : null,
          value: c.value,
          qualifier: c.qualifier as Decision['qualifier'],
          evidence: c.evidence,
          offset: c.offset,
        })),
      );
      setProblem(usable.length === 0 ? 'no_figures' : null);
    } catch {
      setProblem('timeout');
    } finally {
      setBusy(false);
    }
  };
  const accepted = decisions.filter((d) => d.accepted && d.metric !== null);
  const canSave = region !== null && typeof year === 'number' && accepted.length > 0;
  const save = () => {
    if (!region || typeof year !== 'number') return;
    const title = text.split('\n').map((l) => l.trim()).find(Boolean)?.slice(0, 80) ?? `${region.name.zh} ${year}`;
    onChange(addReport(userData, { region, year, title, figures: accepted.map((d) => ({ metric: d.metric!, value: d.value, qualifier: d.qualifier, evidence: d.evidence })) }));
    setStatus(t('addReport.added', { count: accepted.length, region: region.name.zh, year }));
    setDecisions([]);
    setText('');
  };
  const spans = useMemo(() => decisions.map((d) => ({ start: d.offset, end: d.offset + d.evidence.length, id: `mark-${d.key}`, active: d.key === active })), [decisions, active]);
  const metrics = model.dataset.metrics;

  return (
    <dialog ref={ref} className="add-report" aria-labelledby="add-report-title" onClose={onClose} data-testid="add-report">
      <div className="add-report__head">
        <h2 id="add-report-title">{t('addReport.title')}</h2>
        <form method="dialog"><button type="submit">{t('source.close')}</button></form>
      </div>
      <p className="muted small">{t('addReport.intro')}</p>
      <p role="status" aria-live="polite" className="add-report__status">{status}</p>
      {problem && <p role="alert" className="panel panel--error">{t(`addReport.problem.${problem}`)}</p>}
      <div className="add-report__grid">
        <section>
          {decisions.length === 0 ? (
            <>
              <label htmlFor="report-text">{t('addReport.paste')}</label>
              <textarea
                id="report-text"
                value={text}
                rows={10}
                onChange={(e) => takeText(e.target.value)}
                onPaste={(e) => void onPaste(e)}
                onDragOver={(e) => e.preventDefault()}
                onDrop={(e) => {
                  e.preventDefault();
                  void onFile(e.dataTransfer.files[0]);
                }}
              />
              {/* Our own translated button: a native file input says "Choose File" whatever the page's language. */}
              <label className="file-pick">
                <span className="file-pick__button">{reading ? t('addReport.reading') : t('addReport.file')}</span>
                <input type="file" className="visually-hidden" accept={ACCEPTED_EXTENSIONS.join(',')} disabled={reading} onChange={(e) => void onFile(e.target.files?.[0])} />
              </label>
            </>
          ) : (
            <HighlightedText text={text} spans={spans} />
          )}
        </section>
        <section>
          <RegionFinder value={region} onChange={setRegion} />
          <label>
            {t('filters.year')}
            <input type="number" min={1990} max={2100} value={year} onChange={(e) => setYear(e.target.value ? Number(e.target.value) : '')} />
          </label>
          {decisions.length === 0 ? (
            <button type="button" onClick={() => void extract()} disabled={busy || reading || text.trim() === ''}>
              {busy ? t('addReport.extracting') : t('addReport.extract')}
            </button>
          ) : (
            <>
              <p className="muted small">{t('addReport.found', { count: decisions.length, accepted: accepted.length })}</p>
              {skippedDerived > 0 && <p className="muted small">{t('addReport.skippedDerived', { count: skippedDerived })}</p>}
              <ul className="candidates">
                {decisions.map((d) => (
                  <CandidateRow
                    key={d.key}
                    decision={d}
                    metrics={metrics}
                    onChange={(next) => setDecisions((all) => all.map((x) => (x.key === next.key ? next : x)))}
                    onFocus={() => {
                      setActive(d.key);
                      document.getElementById(`mark-${d.key}`)?.scrollIntoView?.({ block: 'nearest' });
                    }}
                  />
                ))}
              </ul>
              <div className="add-report__actions">
                <button type="button" onClick={() => setDecisions([])}>{t('addReport.back')}</button>
                <button type="button" className="primary" disabled={!canSave} onClick={save}>{t('addReport.save', { count: accepted.length })}</button>
              </div>
              {!canSave && <p className="muted small">{t('addReport.needRegionYear')}</p>}
            </>
          )}
        </section>
      </div>
      <UserReports userData={userData} onChange={onChange} />
    </dialog>
  );
}

// Paste or drop a report, extract candidate figures off the main thread, confirm them, and add them to every view.
import { useCallback, useEffect, useMemo, useRef, useState, type ClipboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { DatasetModel } from '../dataset/datasetModel.ts';
import type { Region } from '../dataset/schema.ts';
import type { Lang } from '../i18n/lang.ts';
import { isUserSource, userSourceId } from '../dataset/userSource.ts';
import { inferReportYear } from '../extract/reportYear.ts';
import { ACCEPTED_EXTENSIONS } from '../ingest/formats.ts';
import { publishedDate, reportTitleLine } from '../ingest/reportHeader.ts';
import { htmlToTextInWorker } from '../ingest/readInWorker.ts';
import { addReport } from './addReport.ts';
import { blockerOf, candidateMetric, defaultTicks, openingYear, savedPeriod, tick } from './candidateChoice.ts';
import { CandidateRow, type Decision } from './CandidateRow.tsx';
import { extractInWorker } from './extractInWorker.ts';
import { inferReportRegion } from './inferReportRegion.ts';
import { loadRegionNames } from './loadRegionNames.ts';
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

const TITLE_CHARS = 80;

/**
 * Scrolls the report's text, and only it, so that a candidate's mark shows: scrollIntoView would scroll the dialog too,
 * and on a phone, where the text sits above the candidates, carry the candidate being edited off the screen.
 */
function showInText(mark: HTMLElement | null): void {
  const box = mark?.closest<HTMLElement>('.report-text');
  if (!mark || !box) return;
  const m = mark.getBoundingClientRect();
  const b = box.getBoundingClientRect();
  if (m.top < b.top || m.bottom > b.bottom) box.scrollTop += m.top - b.top - b.height / 3;
}

export default function AddReportDialog({ model, userData, onChange, onClose }: Props) {
  const { t, i18n } = useTranslation();
  const ref = useRef<HTMLDialogElement>(null);
  const [text, setText] = useState('');
  const [problem, setProblem] = useState<TextProblem | 'timeout' | null>(null);
  // The file a problem is about, named in its message (several may be tried one after another).
  const [problemFile, setProblemFile] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [reading, setReading] = useState(false);
  const [region, setRegion] = useState<Region | null>(null);
  // How the region was found: read from the report (to be checked), or chosen by hand (null).
  const [regionHow, setRegionHow] = useState<'title' | 'text' | null>(null);
  // A region chosen by hand before any text is kept for the text that follows; one chosen for a report is not.
  const chosenBeforeText = useRef(false);
  const documentCount = useRef(0);
  const [year, setYear] = useState<number | ''>('');
  const [title, setTitle] = useState('');
  const [issuer, setIssuer] = useState('');
  const [date, setDate] = useState('');
  const [url, setUrl] = useState('');
  const [decisions, setDecisions] = useState<Decision[]>([]);
  const [skippedDerived, setSkippedDerived] = useState(0);
  const [active, setActive] = useState<string | null>(null);
  const [status, setStatus] = useState('');

  useEffect(() => {
    ref.current?.showModal?.();
  }, []);

  const chooseRegion = (r: Region | null) => {
    setRegion(r);
    setRegionHow(null);
    chosenBeforeText.current = r !== null && text.trim() === '';
  };
  // A new report (a file, a page pasted, text typed into an empty box) brings its own title, date, year and region;
  // nothing of the report before it is kept for it.
  const takeText = (value: string, newReport = text.trim() === '') => {
    setText(value);
    setDecisions([]);
    setProblem(null);
    setProblemFile(null);
    const inferred = inferReportYear(value) ?? openingYear(value);
    if (inferred) setYear(inferred);
    if (!newReport) return;
    if (!inferred) setYear('');
    setTitle(reportTitleLine(value).slice(0, TITLE_CHARS));
    setDate(publishedDate(value) ?? '');
    const report = ++documentCount.current;
    void inferReportRegion(value)
      .catch(() => null)
      .then((found) => {
        if (report !== documentCount.current) return;
        if (found) {
          setRegion(found.region);
          setRegionHow(found.how);
        } else if (!chosenBeforeText.current) {
          setRegion(null);
          setRegionHow(null);
        }
      });
  };
  const onFile = async (file: File | undefined) => {
    if (!file) return;
    setReading(true);
    const read = await readReportFile(file).finally(() => setReading(false));
    if (read.ok) takeText(read.text, true);
    else {
      setProblem(read.problem);
      setProblemFile(file.name);
    }
  };
  // Text copied from a web page comes with its HTML: the article is kept, the site's navigation is not.
  // A paste over all of the text (Ctrl+A, Ctrl+V) brings a new report as a paste into an empty box does.
  const replacingAll = useRef(false);
  const onPaste = async (e: ClipboardEvent<HTMLTextAreaElement>) => {
    const box = e.currentTarget;
    const whole = text.trim() === '' || (box.selectionStart === 0 && box.selectionEnd === box.value.length);
    replacingAll.current = whole;
    const html = e.clipboardData.getData('text/html');
    if (!html || !whole) return;
    e.preventDefault();
    setReading(true);
    const read = await htmlToTextInWorker(html).finally(() => setReading(false));
    if (read.ok) takeText(read.text, true);
    else setProblem(read.problem);
  };
  // What the published data already holds for the chosen region and year: those values are never replaced.
  const published = useMemo(() => {
    const held = new Map(
      region && typeof year === 'number'
        ? model.dataset.observations
            // The same record as a user-added one: region total, full year (see observationKey).
            .filter((o) => o.region === region.code && o.year === year && o.scope === 'region' && o.period.kind === 'full_year' && !isUserSource(o.source))
            .map((o) => [o.metric, o])
        : [],
    );
    return (metric: string) => held.get(metric);
  }, [model, region, year]);
  const extract = async () => {
    const checked = checkReportText(text);
    setProblemFile(null);
    if (!checked.ok) return setProblem(checked.problem);
    setBusy(true);
    try {
      // The region's lower divisions are named so that a county's figure on a city's page is read as a part.
      const names = region ? await loadRegionNames(region.code).catch(() => undefined) : undefined;
      const found = await extractInWorker(checked.text, {
        ...(year ? { year } : {}),
        ...(region ? { region: region.code } : {}),
        ...(names ? { names } : {}),
      });
      const usable = found.filter((c) => c.qualifier !== 'derived');
      setSkippedDerived(found.length - usable.length);
      const known = (m: string) => model.metricById.has(m);
      setDecisions(
        defaultTicks(
          usable.map((c, i) => ({
            key: `c${i}`,
            accepted: false,
            metric: candidateMetric(c, known),
            ...('scope' in c && typeof c.scope === 'string' ? { scope: c.scope } : {}),
            ...(typeof c.year === 'number' ? { year: c.year } : {}),
            ...(c.period ? { period: savedPeriod(c.period) } : {}),
            value: c.value,
            qualifier: c.qualifier as Decision['qualifier'],
            evidence: c.evidence,
            offset: c.offset,
          })),
          known,
          published,
        ),
      );
      setProblem(usable.length === 0 ? 'no_figures' : null);
    } catch {
      setProblem('timeout');
    } finally {
      setBusy(false);
    }
  };
  const accepted = decisions.filter((d) => d.accepted && d.metric !== null && blockerOf(d, decisions, published) === null);
  const replaces = region && typeof year === 'number' ? userData.sources.find((s) => s.id === userSourceId(region.code, year)) : undefined;
  const urlOk = url.trim() === '' || /^https?:\/\/\S+$/.test(url.trim());
  const canSave = region !== null && typeof year === 'number' && accepted.length > 0 && title.trim() !== '' && urlOk;
  const save = () => {
    if (!region || typeof year !== 'number') return;
    const next = addReport(userData, {
      region,
      year,
      title: title.trim(),
      issuer,
      date: date || null,
      ...(url.trim() ? { url: url.trim() } : {}),
      figures: accepted.map((d) => ({ metric: d.metric!, value: d.value, qualifier: d.qualifier, evidence: d.evidence, ...(d.period ? { period: d.period } : {}) })),
    });
    onChange(next);
    // Say what was stored, never more.
    const saved = next.observations.filter((o) => o.source === userSourceId(region.code, year)).length;
    setStatus(t('addReport.added', { count: saved, region: region.name[i18n.language === 'en' ? 'en' : 'zh'], year }));
    setDecisions([]);
    setText('');
    setTitle('');
    setUrl('');
    setDate('');
    setIssuer('');
    setYear('');
    setRegion(null);
    setRegionHow(null);
    chosenBeforeText.current = false;
  };
  const spans = useMemo(() => decisions.map((d) => ({ start: d.offset, end: d.offset + d.evidence.length, id: `mark-${d.key}`, active: d.key === active })), [decisions, active]);
  const metrics = model.dataset.metrics;
  const themeName = useCallback((id: string, lang: Lang) => model.themeById.get(id)?.name[lang] ?? id, [model]);

  return (
    <dialog ref={ref} className="add-report" aria-labelledby="add-report-title" onClose={onClose} data-testid="add-report">
      <div className="add-report__head">
        <h2 id="add-report-title">{t('addReport.title')}</h2>
        <form method="dialog"><button type="submit">{t('source.close')}</button></form>
      </div>
      <p className="muted small">{t('addReport.intro')}</p>
      <p role="status" aria-live="polite" className="add-report__status">{status}</p>
      {problem && (
        <p role="alert" className="panel panel--error">
          {problemFile && <strong>{problemFile}: </strong>}
          {t(`addReport.problem.${problem}`)}
        </p>
      )}
      <div className="add-report__grid">
        <section>
          {decisions.length === 0 ? (
            <>
              <label htmlFor="report-text">{t('addReport.paste')}</label>
              <textarea
                id="report-text"
                value={text}
                rows={10}
                onChange={(e) => {
                  const newReport = replacingAll.current || text.trim() === '';
                  replacingAll.current = false;
                  takeText(e.target.value, newReport);
                }}
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
          <RegionFinder value={region} onChange={chooseRegion} />
          {region && regionHow && <p className="muted small region-note" data-testid="region-inferred">{t(`addReport.regionFrom.${regionHow}`)}</p>}
          <div className="add-report__meta">
            <label>
              {t('filters.year')}
              <input type="number" min={1990} max={2100} value={year} onChange={(e) => setYear(e.target.value ? Number(e.target.value) : '')} />
            </label>
            <label>
              {t('addReport.reportTitle')}
              <input type="text" value={title} maxLength={200} onChange={(e) => setTitle(e.target.value)} />
            </label>
            <label>
              {t('addReport.issuer')}
              <input type="text" value={issuer} maxLength={120} placeholder={t('addReport.optional')} onChange={(e) => setIssuer(e.target.value)} />
            </label>
            <label>
              {t('addReport.date')}
              <input type="date" value={date} onChange={(e) => setDate(e.target.value)} />
            </label>
            <label>
              {t('addReport.url')}
              <input type="url" value={url} maxLength={500} placeholder="https://…" aria-invalid={!urlOk} onChange={(e) => setUrl(e.target.value)} />
            </label>
          </div>
          {replaces && <p className="warning small" data-testid="replaces">{t('addReport.replaces', { title: replaces.title.zh, count: userData.observations.filter((o) => o.source === replaces.id).length })}</p>}
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
                    themeName={themeName}
                    blocker={blockerOf(d, decisions, published)}
                    onTick={(on) => setDecisions((all) => tick(all, d.key, on))}
                    onChange={(next) =>
                      setDecisions((all) => {
                        const replaced = all.map((x) => (x.key === next.key ? next : x));
                        // Choosing a metric ticks the row; a row ticked that way collides like one ticked by hand.
                        return next.accepted ? tick(replaced, next.key, true) : replaced;
                      })
                    }
                    onFocus={() => {
                      setActive(d.key);
                      showInText(document.getElementById(`mark-${d.key}`));
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

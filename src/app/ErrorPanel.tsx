import { useTranslation } from 'react-i18next';
import type { LoadFailure } from '../dataset/loadDataset.ts';
import { formatProblem } from '../dataset/problem.ts';

const SHOWN = 12;

/** Bad or missing data: say what is wrong and where, never a blank page. */
export function ErrorPanel({ failure, onRetry }: { failure: LoadFailure; onRetry: () => void }) {
  const { t } = useTranslation();
  const lines =
    failure.kind === 'invalid'
      ? failure.problems.map(formatProblem)
      : failure.kind === 'empty'
        ? [t('error.empty')]
        : [t(failure.kind === 'json' ? 'error.json' : 'error.network', { file: failure.file, reason: failure.reason })];
  return (
    <main className="error-page">
      <div role="alert" className="panel panel--error" data-testid="data-error">
        <h1>{t('error.title')}</h1>
        <p>{t('error.intro')}</p>
        <ul>
          {lines.slice(0, SHOWN).map((line, i) => <li key={i}><code>{line}</code></li>)}
        </ul>
        {lines.length > SHOWN && <p>{t('error.more', { count: lines.length - SHOWN })}</p>}
        <button type="button" onClick={onRetry}>{t('error.retry')}</button>
      </div>
    </main>
  );
}

import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { downloadBlob, textBlob } from '../export/download.ts';
import { removeReport, type UserData } from './userData.ts';

/** The reports this browser added: remove one (with undo), or export all in the data/ format, ready to commit. */
export function UserReports({ userData, onChange }: { userData: UserData; onChange: (d: UserData) => void }) {
  const { t } = useTranslation();
  const [removed, setRemoved] = useState<{ title: string; before: UserData } | null>(null);
  if (userData.sources.length === 0 && !removed) return null;
  return (
    <section className="user-reports" aria-labelledby="user-reports-title">
      <h3 id="user-reports-title">{t('addReport.yours')}</h3>
      {removed && (
        <p role="status" className="small" data-testid="removed">
          {t('addReport.removed', { title: removed.title })}{' '}
          <button
            type="button"
            onClick={() => {
              onChange(removed.before);
              setRemoved(null);
            }}
          >
            {t('addReport.undo')}
          </button>
        </p>
      )}
      <ul>
        {userData.sources.map((s) => (
          <li key={s.id}>
            {s.title.zh} · {s.year} · {t('addReport.figures', { count: userData.observations.filter((o) => o.source === s.id).length })}{' '}
            <button
              type="button"
              onClick={() => {
                setRemoved({ title: s.title.zh, before: userData });
                onChange(removeReport(userData, s.id));
              }}
              aria-label={t('addReport.removeNamed', { title: s.title.zh })}
            >
              {t('addReport.remove')}
            </button>
          </li>
        ))}
      </ul>
      {userData.sources.length > 0 && (
        <button type="button" onClick={() => downloadBlob(textBlob(`${JSON.stringify(userData, null, 2)}\n`, 'application/json'), 'user-added-data.json')}>
          {t('addReport.exportJson')}
        </button>
      )}
    </section>
  );
}

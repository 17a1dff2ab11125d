import { useTranslation } from 'react-i18next';
import { removeReport, type UserData } from './userData.ts';

const download = (name: string, body: string) => {
  const url = URL.createObjectURL(new Blob([body], { type: 'application/json' }));
  const a = Object.assign(document.createElement('a'), { href: url, download: name });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
};

/** The reports this browser added: remove one, or export all in the data/ format, ready to commit. */
export function UserReports({ userData, onChange }: { userData: UserData; onChange: (d: UserData) => void }) {
  const { t } = useTranslation();
  if (userData.sources.length === 0) return null;
  return (
    <section className="user-reports" aria-labelledby="user-reports-title">
      <h3 id="user-reports-title">{t('addReport.yours')}</h3>
      <ul>
        {userData.sources.map((s) => (
          <li key={s.id}>
            {s.title.zh} · {s.year} · {t('addReport.figures', { count: userData.observations.filter((o) => o.source === s.id).length })}{' '}
            <button type="button" onClick={() => onChange(removeReport(userData, s.id))} aria-label={t('addReport.removeNamed', { title: s.title.zh })}>
              {t('addReport.remove')}
            </button>
          </li>
        ))}
      </ul>
      <button type="button" onClick={() => download('user-added-data.json', `${JSON.stringify(userData, null, 2)}\n`)}>{t('addReport.exportJson')}</button>
    </section>
  );
}

import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Notice } from '../view-state/parseQuery.ts';

/** A link with an unknown or contradictory value still opens; this says in words what was ignored. */
export function Notices({ notices }: { notices: Notice[] }) {
  const { t } = useTranslation();
  const [dismissed, setDismissed] = useState('');
  const key = JSON.stringify(notices);
  if (notices.length === 0 || dismissed === key) return null;
  return (
    <div className="notice" role="status" data-testid="url-notice">
      <ul>
        {notices.map((n, i) => (
          <li key={i}>{t(n.conflict === 'theme' ? 'notices.themeConflict' : 'notices.ignored', { param: n.param, value: n.value })}</li>
        ))}
      </ul>
      <button type="button" onClick={() => setDismissed(key)}>{t('notices.dismiss')}</button>
    </div>
  );
}

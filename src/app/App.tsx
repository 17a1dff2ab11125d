import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { buildDatasetModel } from '../dataset/datasetModel.ts';
import { mergeUserData } from '../user-data/mergeUserData.ts';
import { useUserData } from '../user-data/useUserData.ts';
import { Dashboard } from './Dashboard.tsx';
import { ErrorPanel } from './ErrorPanel.tsx';
import { useDatasetLoad } from './useDatasetLoad.ts';

export function App() {
  const { t } = useTranslation();
  const [result, retry] = useDatasetLoad();
  const userData = useUserData();
  const model = useMemo(() => (result?.ok ? buildDatasetModel(mergeUserData(result.dataset, userData.data)) : null), [result, userData.data]);
  if (!result) return <p className="loading" role="status">{t('app.loading')}</p>;
  if (!result.ok) return <ErrorPanel failure={result.failure} onRetry={retry} />;
  return model && <Dashboard model={model} userData={userData} />;
}

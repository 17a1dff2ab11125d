// The chosen view. The ranking is the first chart and ships with the page; the other views, and the chart modules
// only they draw, load when first opened.
import { lazy, Suspense, useContext, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ViewProps } from '../views/viewProps.ts';
import type { Filters } from '../view-state/filters.ts';
import { RankView } from '../views/RankView.tsx';
import { loadChartModules } from '../charts/registerEcharts.ts';
import { ShardsPending } from './shardsPending.ts';

const TrendView = lazy(() =>
  Promise.all([import('../views/TrendView.tsx'), loadChartModules('line', 'legendScroll')]).then(([m]) => ({
    default: m.TrendView,
  })),
);
const ProfileView = lazy(() =>
  Promise.all([import('../views/ProfileView.tsx'), loadChartModules('legendScroll')]).then(([m]) => ({
    default: m.ProfileView,
  })),
);
const TableView = lazy(() => import('../views/TableView.tsx').then((m) => ({ default: m.TableView })));
const CoverageView = lazy(() =>
  import('../views/CoverageView.tsx').then((m) => ({ default: m.CoverageView })),
);

function View(props: ViewProps) {
  switch (props.filters.view) {
    case 'rank':
      return <RankView {...props} />;
    case 'trend':
      return <TrendView {...props} />;
    case 'profile':
      return <ProfileView {...props} />;
    case 'table':
      return <TableView {...props} />;
    case 'coverage':
      return <CoverageView {...props} />;
  }
}

export function CurrentView(props: ViewProps) {
  const { t } = useTranslation();
  // While the data of new filters loads (the synthetic dataset fetches a shard per metric), keep showing the view of
  // the last filters whose data is in, rather than a view that would call every region "no data".
  const pending = useContext(ShardsPending);
  const [settled, setSettled] = useState<Filters | null>(pending ? null : props.filters);
  if (!pending && settled !== props.filters) setSettled(props.filters);
  const shown = pending ? settled : props.filters;
  const loading = (
    <p className="loading" role="status">
      {t('app.loading')}
    </p>
  );
  return (
    <>
      {pending && loading}
      {shown && (
        <Suspense fallback={loading}>
          <View {...props} filters={shown} />
        </Suspense>
      )}
    </>
  );
}

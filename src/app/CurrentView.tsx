import type { ViewProps } from '../views/viewProps.ts';
import { RankView } from '../views/RankView.tsx';
import { TrendView } from '../views/TrendView.tsx';
import { ProfileView } from '../views/ProfileView.tsx';
import { TableView } from '../views/TableView.tsx';
import { CoverageView } from '../views/CoverageView.tsx';

export function CurrentView(props: ViewProps) {
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

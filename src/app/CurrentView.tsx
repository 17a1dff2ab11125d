// The chosen view, from the registry: the ranking ships with the page; the others, and the chart modules only they
// draw, load when first opened.
import { Suspense, useContext, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ViewProps } from '../views/viewProps.ts';
import type { Filters } from '../view-state/filters.ts';
import type { AnyView } from '../views/viewDescriptor.ts';
import { ShardsPending } from './shardsPending.ts';

export function CurrentView({ view, ...props }: ViewProps & { view: AnyView }) {
  const { t } = useTranslation();
  // While the data of new filters loads (the synthetic dataset fetches a shard per metric), keep showing the view of
  // the last filters whose data is in, rather than a view that would call every region "no data".
  const pending = useContext(ShardsPending);
  const [settled, setSettled] = useState<{ filters: Filters; selection: unknown; view: AnyView } | null>(
    pending ? null : { filters: props.filters, selection: props.selection, view },
  );
  if (!pending && (settled?.filters !== props.filters || settled.selection !== props.selection))
    setSettled({ filters: props.filters, selection: props.selection, view });
  const shown = pending ? settled : { filters: props.filters, selection: props.selection, view };
  const loading = (
    <p className="loading" role="status">
      {t('app.loading')}
    </p>
  );
  const View = shown?.view.Component;
  return (
    <>
      {pending && loading}
      {shown && View && (
        <Suspense fallback={loading}>
          <View {...props} filters={shown.filters} selection={shown.selection} />
        </Suspense>
      )}
    </>
  );
}

// The dashboard on the synthetic national dataset (`?dataset=synthetic`): the manifest and regions first, then one
// shard per metric as the filters ask for it. Everything below the Dashboard is the same as for the real data.
import { useEffect, useMemo, useState, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { loadSyntheticMeta, type MetaResult } from '../dataset/synthetic/loadSynthetic.ts';
import { viewOf } from '../views/registry.ts';
import { shardedModel } from '../dataset/synthetic/shardedModel.ts';
import { createShardStore } from '../dataset/synthetic/shardStore.ts';
import type { SyntheticMeta } from '../dataset/synthetic/syntheticMeta.ts';
import { useUrlFilters } from '../view-state/useUrlFilters.ts';
import type { Lang } from '../i18n/lang.ts';
import { Dashboard } from './Dashboard.tsx';
import { ErrorPanel } from './ErrorPanel.tsx';
import { ShardsPending } from './shardsPending.ts';

function ShardedDashboard({ meta }: { meta: SyntheticMeta }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Lang;
  const store = useMemo(() => createShardStore(meta), [meta]);
  const { shards, failure } = useSyncExternalStore(store.subscribe, store.snapshot);
  const { filters } = useUrlFilters(meta.catalogue);
  // Keyed by the list's text, so a re-render with the same needs does not ask again.
  const key = viewOf(filters.view).neededMetrics(filters, meta.manifest.metrics).join(' ');
  const needed = useMemo(() => (key ? key.split(' ') : []), [key]);
  useEffect(() => void store.ensure(needed), [store, needed]);
  const model = useMemo(() => shardedModel(meta, shards), [meta, shards]);
  const pending = needed.some((m) => !shards.has(m));
  if (failure) return <ErrorPanel failure={failure} onRetry={() => void store.ensure(needed)} />;
  if (pending && shards.size === 0)
    return (
      <p className="loading" role="status">
        {t('app.loading')}
      </p>
    );
  return (
    <ShardsPending.Provider value={pending}>
      {/* The dataset's own bilingual note: every figure on this page is made up. */}
      <p className="warning" role="note" data-testid="synthetic-note">
        {meta.manifest.note[lang]}
      </p>
      <Dashboard model={model} />
    </ShardsPending.Provider>
  );
}

export default function SyntheticApp() {
  const { t } = useTranslation();
  const [result, setResult] = useState<MetaResult | null>(null);
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    let live = true;
    loadSyntheticMeta().then(
      (r) => live && setResult(r),
      (error: unknown) =>
        live &&
        setResult({ ok: false, failure: { kind: 'network', file: 'synthetic/', reason: String(error) } }),
    );
    return () => {
      live = false;
    };
  }, [attempt]);
  if (!result)
    return (
      <p className="loading" role="status">
        {t('app.loading')}
      </p>
    );
  if (!result.ok)
    return (
      <ErrorPanel failure={result.failure} onRetry={() => (setResult(null), setAttempt((a) => a + 1))} />
    );
  return <ShardedDashboard meta={result.meta} />;
}

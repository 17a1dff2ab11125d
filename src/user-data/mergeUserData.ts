// The dataset the views see: the published data plus the user's additions, marked as user-added. Published values win.
import type { Dataset } from '../dataset/schema.ts';
import type { UserData } from './userData.ts';
import { observationKey } from '../dataset/observationKey.ts';

export const mergeUserData = (dataset: Dataset, user: UserData): Dataset => {
  if (user.sources.length === 0) return dataset;
  const regionCodes = new Set(dataset.regions.map((r) => r.code));
  const sourceIds = new Set(dataset.sources.map((s) => s.id));
  const metricIds = new Set(dataset.metrics.map((m) => m.id));
  const taken = new Set(dataset.observations.map(observationKey));
  return {
    ...dataset,
    regions: [
      ...dataset.regions,
      ...user.regions.filter((r) => !regionCodes.has(r.code)).map((r) => ({ ...r, user_added: true })),
    ],
    sources: [...dataset.sources, ...user.sources.filter((s) => !sourceIds.has(s.id))],
    observations: [
      ...dataset.observations,
      ...user.observations.filter((o) => metricIds.has(o.metric) && !taken.has(observationKey(o))),
    ],
  };
};

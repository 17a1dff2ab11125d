// An observation's identity: region, year, metric, scope and period kind ("region|year|metric|scope|periodKind").
// Two records with all five equal are one observation (data:check reports them as a conflict when their values differ).
import { PERIOD_KINDS, SCOPES, type Observation, type PeriodKind, type Scope } from './schema.ts';

export type KeyedObservation = Pick<Observation, 'region' | 'year' | 'metric' | 'scope'> & {
  period: { kind: PeriodKind };
};

export interface ObservationIdentity {
  region: string;
  year: number;
  metric: string;
  scope: Scope;
  periodKind: PeriodKind;
}

/** Identifies an observation across the app: a click on a bar, point or cell finds its source by this key. */
export const observationKey = (o: KeyedObservation): string =>
  `${o.region}|${o.year}|${o.metric}|${o.scope}|${o.period.kind}`;

const isScope = (s: string): s is Scope => (SCOPES as readonly string[]).includes(s);
const isPeriodKind = (s: string): s is PeriodKind => (PERIOD_KINDS as readonly string[]).includes(s);

/** The five parts of a key, or null when the text is not one. */
export const parseObservationKey = (key: string): ObservationIdentity | null => {
  const parts = key.split('|');
  if (parts.length !== 5) return null;
  const [region = '', yearText = '', metric = '', scope = '', periodKind = ''] = parts;
  const year = Number(yearText);
  if (
    !/^\d{6}$/.test(region) ||
    !/^\d{4}$/.test(yearText) ||
    metric === '' ||
    !isScope(scope) ||
    !isPeriodKind(periodKind)
  )
    return null;
  return { region, year, metric, scope, periodKind };
};

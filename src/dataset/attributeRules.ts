// data:check rules on what an observation says it is (scope, period, basis, denominator) and where its text is (#14).
import type { Observation } from './schema.ts';
import { fileName } from './files.ts';
import type { Problem } from './problem.ts';
import { obsProblem, RATE_OF, type Rule } from './consistencyRules.ts';

const COUNT_UNITS: ReadonlySet<string> = new Set(['count', 'people', 'person_times']);

export const subjectNamed: Rule = (d) =>
  d.observations.flatMap((o, i) =>
    o.scope !== 'region' && !o.subject
      ? [
          obsProblem(
            o,
            i,
            'subject',
            `scope "${o.scope}" needs a subject {zh, en} naming whose figure it is (e.g. 市政府（作为复议机关）)`,
          ),
        ]
      : [],
  );

export const attributesFitUnit: Rule = (d) => {
  const unitOf = new Map(d.metrics.map((m) => [m.id, m.unit]));
  return d.observations.flatMap((o, i) => {
    const unit = unitOf.get(o.metric);
    if (unit === undefined) return [];
    const problems: Problem[] = [];
    if (o.basis !== undefined && !COUNT_UNITS.has(unit))
      problems.push(
        obsProblem(o, i, 'basis', `basis "${o.basis}" is for counts, but ${o.metric} is in ${unit}`),
      );
    if (o.denominator !== undefined && unit !== 'percent')
      problems.push(
        obsProblem(o, i, 'denominator', `a denominator is for rates, but ${o.metric} is in ${unit}`),
      );
    return problems;
  });
};

export const periodBounds: Rule = (d) =>
  d.observations.flatMap((o, i) => {
    const p = o.period;
    if (p.kind === 'partial_year' && p.months) {
      const [from, to] = p.months;
      if (from < 1 || from > 12 || to < 1 || to > 12)
        return [obsProblem(o, i, 'period.months', `months [${from}, ${to}] must be between 1 and 12`)];
      if (from > to)
        return [
          obsProblem(
            o,
            i,
            'period.months',
            `months run from ${from} to ${to}: the first must not be after the last`,
          ),
        ];
    }
    if (p.kind === 'multi_year') {
      if (p.from !== undefined && p.to !== undefined && p.from > p.to)
        return [
          obsProblem(
            o,
            i,
            'period.from',
            `years run from ${p.from} to ${p.to}: the first must not be after the last`,
          ),
        ];
      const late = [p.from, p.to].find((y) => y !== undefined && y > o.year);
      if (late !== undefined)
        return [
          obsProblem(
            o,
            i,
            'period',
            `a multi-year period cannot reach past the record's year ${o.year}, but it says ${late}`,
          ),
        ];
    }
    return [];
  });

/** A rate and the counts it is of, stated in one report, are one figure's parts: they must share scope and period. */
export const ratePartsShareScope: Rule = (d) =>
  d.observations.flatMap((o, i) => {
    const rule = RATE_OF.find((r) => r.rate === o.metric);
    if (!rule) return [];
    const parts = d.observations.filter(
      (p) =>
        p.region === o.region &&
        p.year === o.year &&
        p.source === o.source &&
        (p.metric === rule.part || p.metric === rule.whole),
    );
    const same = (p: Observation) => p.scope === o.scope && p.period.kind === o.period.kind;
    const other = parts.find((p) => !same(p));
    return other && !parts.some(same)
      ? [
          obsProblem(
            o,
            i,
            'scope',
            `the rate is ${o.scope}/${o.period.kind} but its part ${other.metric} from the same report is ${other.scope}/${other.period.kind}: give them the same scope and period`,
          ),
        ]
      : [];
  });

export const oneSourceText: Rule = (d) =>
  d.sources.flatMap((s, i) =>
    (s.file === undefined) === (s.corpus_id === undefined)
      ? [
          {
            file: fileName('sources'),
            index: i,
            key: s.id,
            field: s.file === undefined ? 'file' : 'corpus_id',
            message:
              s.file === undefined
                ? 'needs a file (../shared/reports) or a corpus_id (../shared/corpus/web-figures.json)'
                : 'has both a file and a corpus_id: keep exactly one',
          },
        ]
      : [],
  );

export const ATTRIBUTE_RULES: Record<string, Rule> = {
  subjectNamed,
  attributesFitUnit,
  periodBounds,
  ratePartsShareScope,
  oneSourceText,
};

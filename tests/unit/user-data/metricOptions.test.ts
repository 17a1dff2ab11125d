import { describe, expect, it } from 'vitest';
import type { Metric } from '../../../src/dataset/schema.ts';
import { metric } from '../../fixtures/metric.ts';
import { metricOptions } from '../../../src/user-data/metricOptions.ts';


// Written out by hand: the catalogue's order is this list's order.
const CATALOGUE: Metric[] = [
  metric('legal_aid.civil_cases', '民事法律援助案件数', 'Civil legal aid cases'),
  metric('legal_aid.cases', '法律援助案件数', 'Legal aid cases', true),
  metric('legal_aid.consultations', '法律咨询数', 'Legal consultations'),
  metric('mediation.cases', '人民调解案件数', "People's mediation cases", true),
  metric('mediation.mediators', '人民调解员数', "People's mediators"),
  metric('review.cases', '行政复议收案数', 'Administrative reconsideration cases received', true),
];
const THEMES: Record<string, { zh: string; en: string }> = {
  legal_aid: { zh: '法律援助', en: 'Legal aid' },
  mediation: { zh: '人民调解', en: "People's mediation" },
  review: { zh: '行政复议', en: 'Administrative reconsideration' },
};
const themeName = (id: string, lang: 'zh' | 'en') => THEMES[id]?.[lang] ?? id;
const ids = (query: string, limit = 10) => metricOptions(CATALOGUE, themeName, query, limit).items.map((m) => m.id);

describe('metricOptions: what the candidate metric box offers', () => {
  it('with nothing typed, offers the headline metrics first, then the rest in catalogue order', () => {
    expect(ids('')).toEqual([
      'legal_aid.cases',
      'mediation.cases',
      'review.cases',
      'legal_aid.civil_cases',
      'legal_aid.consultations',
      'mediation.mediators',
    ]);
  });

  it('a name equal to the query comes first, then names starting with it, then names holding it', () => {
    expect(ids('法律援助案件数')).toEqual(['legal_aid.cases', 'legal_aid.civil_cases']);
    expect(ids('法律')).toEqual(['legal_aid.cases', 'legal_aid.consultations', 'legal_aid.civil_cases']);
  });

  it('matches English names whatever their case, and every word typed must match', () => {
    expect(ids('LEGAL AID cases')).toEqual(['legal_aid.cases', 'legal_aid.civil_cases']);
    expect(ids('civil   cases')).toEqual(['legal_aid.civil_cases']);
    expect(ids('civil mediators')).toEqual([]);
  });

  it('finds a metric by its id or by its theme, after those matched by name', () => {
    expect(ids('review.cases')).toEqual(['review.cases']);
    // 调解员 is in a name; 人民调解 is also the theme of mediation.cases, whose name holds it too.
    expect(ids('人民调解')).toEqual(['mediation.cases', 'mediation.mediators']);
    // 行政复议 names the theme; the one review metric's name also starts with it.
    expect(ids('行政复议')).toEqual(['review.cases']);
    expect(ids('reconsideration')).toEqual(['review.cases']);
    // Only the theme holds "Legal aid" for the consultations metric: it comes after the name matches.
    expect(ids('legal aid')).toEqual(['legal_aid.cases', 'legal_aid.civil_cases', 'legal_aid.consultations']);
  });

  it('a headline metric comes before lesser ones whose names merely begin with the word', () => {
    const withCentres = [...CATALOGUE, metric('mediation.centres', '调解中心数', 'Mediation centres')];
    expect(metricOptions(withCentres, themeName, 'mediation', 10).items.map((m) => m.id)).toEqual([
      'mediation.cases',
      'mediation.centres',
      'mediation.mediators',
    ]);
    // An exact name still comes first.
    expect(metricOptions(withCentres, themeName, 'mediation centres', 10).items.map((m) => m.id)).toEqual(['mediation.centres']);
  });

  it('a name holding the words comes before a metric only its theme or id matches, whatever the catalogue’s order', () => {
    const themeFirst = [metric('legal_aid.consultations', '法律咨询数', 'Legal consultations'), metric('legal_aid.civil_cases', '民事法律援助案件数', 'Civil legal aid cases')];
    expect(metricOptions(themeFirst, themeName, 'legal aid', 10).items.map((m) => m.id)).toEqual(['legal_aid.civil_cases', 'legal_aid.consultations']);
  });

  it('full-width letters and spaces around the query do not matter', () => {
    expect(ids('  ＬＥＧＡＬ　ａｉｄ ')).toEqual(ids('legal aid'));
  });

  it('shows at most `limit` and counts the rest', () => {
    expect(metricOptions(CATALOGUE, themeName, '', 2)).toEqual({ items: [CATALOGUE[1], CATALOGUE[3]], more: 4 });
    expect(metricOptions(CATALOGUE, themeName, '法律', 5).more).toBe(0);
  });

  it('nothing matching offers nothing', () => {
    expect(metricOptions(CATALOGUE, themeName, '环境', 10)).toEqual({ items: [], more: 0 });
  });
});

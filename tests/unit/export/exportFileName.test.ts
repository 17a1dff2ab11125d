import { filtersWith, fixtureModel } from './context.ts';
import { DATASET_FILE_NAME, exportFileName as nameOf, type ExportFormat } from '../../../src/export/exportFileName.ts';
import { fileNameParts } from '../../../src/views/registry.ts';
import type { Filters } from '../../../src/view-state/filters.ts';

const model = fixtureModel();
// The parts come from the view's descriptor, as the export bar takes them.
const exportFileName = (f: Filters, format: ExportFormat) => nameOf(f, format, fileNameParts(model, f));

describe('exportFileName', () => {
  it('names the metric, year, view and scale', () => {
    expect(exportFileName(filtersWith({ metric: 'mediation.success_rate', year: 2023 }), { type: 'png', scale: 2 })).toBe('mediation.success_rate_2023_rank_2x.png');
    expect(exportFileName(filtersWith({ metric: 'mediation.cases' }), { type: 'png', scale: 4 })).toBe('mediation.cases_latest_rank_4x.png');
    expect(exportFileName(filtersWith({ metric: 'mediation.cases', year: 2024 }), { type: 'svg' })).toBe('mediation.cases_2024_rank.svg');
    expect(exportFileName(filtersWith({ metric: 'mediation.cases' }), { type: 'csv' })).toBe('mediation.cases_latest_rank.csv');
  });

  it('says per100k only when the value is per capita', () => {
    expect(exportFileName(filtersWith({ metric: 'review.cases', perCapita: true }), { type: 'csv' })).toBe('review.cases_latest_per100k_rank.csv');
    expect(exportFileName(filtersWith({ metric: 'mediation.success_rate', perCapita: true }), { type: 'csv' })).toBe(
      'mediation.success_rate_latest_rank.csv',
    );
  });

  it('gives the trend range and the theme of whole-theme views', () => {
    expect(exportFileName(filtersWith({ view: 'trend', metric: 'review.cases' }), { type: 'svg' })).toBe('review.cases_all-years_trend.svg');
    expect(exportFileName(filtersWith({ view: 'trend', metric: 'review.cases', from: 2022, to: 2024 }), { type: 'csv' })).toBe('review.cases_2022-2024_trend.csv');
    expect(exportFileName(filtersWith({ view: 'table', metric: 'mediation.cases', year: 2023 }), { type: 'csv' })).toBe('mediation_2023_table.csv');
    expect(exportFileName(filtersWith({ view: 'profile', metric: 'review.cases' }), { type: 'png', scale: 2 })).toBe('review_latest_profile_2x.png');
    expect(exportFileName(filtersWith({ view: 'coverage' }), { type: 'csv' })).toBe('mediation_all-years_coverage.csv');
  });

  it('names the dataset file', () => {
    expect(DATASET_FILE_NAME).toBe('fazhi-dataset.json');
  });
});

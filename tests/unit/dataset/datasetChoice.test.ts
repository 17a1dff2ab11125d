// Which data a page opens (data/ or the synthetic national set) and how that choice survives a change of filters.
import { describe, expect, it } from 'vitest';
import { isSynthetic, keepDatasetChoice } from '../../../src/dataset/datasetChoice.ts';

describe('isSynthetic', () => {
  it.each([
    ['?dataset=synthetic', true],
    ['dataset=synthetic', true],
    ['?year=2024&dataset=synthetic', true],
    ['', false],
    ['?year=2024', false],
    ['?dataset=real', false],
    ['?dataset=Synthetic', false],
    ['?data=synthetic', false],
    ['?dataset=', false],
  ])('%j → %s', (search, expected) => {
    expect(isSynthetic(search)).toBe(expected);
  });
});

describe('keepDatasetChoice', () => {
  it('leaves the query as it is for the published data', () => {
    expect(keepDatasetChoice('year=2023&regions=440900~441802', '?year=2024')).toBe(
      'year=2023&regions=440900~441802',
    );
    expect(keepDatasetChoice('', '')).toBe('');
  });

  it('adds dataset=synthetic once, and keeps ~ readable', () => {
    expect(keepDatasetChoice('year=2023&regions=440900~441802', '?dataset=synthetic')).toBe(
      'year=2023&regions=440900~441802&dataset=synthetic',
    );
    expect(keepDatasetChoice('', '?dataset=synthetic&year=2024')).toBe('dataset=synthetic');
  });

  it('replaces a dataset value the new query carries rather than adding a second one', () => {
    expect(keepDatasetChoice('dataset=other&view=rank', '?dataset=synthetic')).toBe(
      'dataset=synthetic&view=rank',
    );
  });

  it('turns every encoded ~ back into ~, not only the first', () => {
    expect(keepDatasetChoice('regions=1%7E2%7E3', '?dataset=synthetic')).toBe(
      'regions=1~2~3&dataset=synthetic',
    );
  });
});

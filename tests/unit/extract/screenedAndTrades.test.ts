// Disputes screened out (排摸出, 摸排出) are no disputes mediated; the disputes of the trades' and professions' committees
// (行业性专业性矛盾纠纷) are one kind, while those committees listed with every other level are all of them. Sentences are
// written for these tests.
import { claim } from './helpers.ts';

const Y = { year: 2023, region: '150800' };

it.each([
  ['全市排摸出矛盾纠纷112起,均已妥善处置。', 112, null],
  ['全市共摸排矛盾纠纷112起。', 112, null],
] as const)('%s: %d names no mediation', (text, value, metric) => {
  expect(claim(text, value, Y)[0]).toBe(metric);
});

it('the disputes of the trades’ committees are one kind', () => {
  expect(claim('全市已调解各类行业性专业性矛盾纠纷5万多件。', 50000, Y)[1]).toBe('sub_category');
});

it.each([
  ['全市村(社区)、乡镇(街道)、行业性专业性调解组织共调解纠纷12,300件。', 12300],
  ['全市共排查并调解矛盾纠纷1,230件。', 1230],
  ['全市群众来访调解纠纷360件。', 360],
])('%s: %d stays the region’s mediation', (text, value) => {
  expect(claim(text, value, Y)).toEqual(['mediation.cases', 'region']);
});

// The legal-aid cases closed by mediation (通过调解方式结案的法律援助案件, 法律援助融入“大调解”…已结案) are one manner's part,
// no count of the year's legal aid. Sentences are written for these tests.
import { claim } from './helpers.ts';

const Y = { year: 2024, region: '330327' };

it.each([
  ['县法律援助中心通过调解方式结案的法律援助案件已达36件。', 36],
  ['法律援助融入“大调解” 今年已结案28件', 28],
  ['全县以调解方式结案的法律援助案件52件,为受援人挽回损失120万元。', 52],
])('%s: %d names no count of legal aid', (text, value) => {
  expect(claim(text, value, Y)[0]).toBeNull();
});

it.each([
  ['全县法律援助中心全年办结法律援助案件320件。', 320],
  ['全县办理法律援助案件320件,其中以调解方式结案45件。', 320],
])('%s: %d stays the year’s legal aid', (text, value) => {
  expect(claim(text, value, Y)).toEqual(['legal_aid.cases', 'region']);
});

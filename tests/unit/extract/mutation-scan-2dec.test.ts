// Survivors of the extract-figures group run of 2 December (50ac512) in scanFigures' number reading, killed with
// sentences written for them. Expected values written by hand.
import { scanFigures } from '../../../src/extract/scanFigures.ts';

const valuesOf = (text: string): number[] => scanFigures(text).map((f) => f.value);

describe('the numbers a text holds', () => {
  it('a Chinese numeral is read though the text holds digits elsewhere', () => {
    expect(valuesOf('全年共调解纠纷三千二百件,成功率98%。')).toEqual([3200, 98]);
  });

  it('a run of more than fifteen digits (a case or ID number) is no figure', () => {
    expect(valuesOf('案件编号1234567890123456号,共调解纠纷12件。')).toEqual([12]);
    expect(valuesOf('共调解纠纷1234567890123456件。')).toEqual([]);
    expect(valuesOf('共调解纠纷123456789012345件。')).toEqual([123456789012345]);
  });

  it.each(['调解纠纷万万件。', '调解纠纷十百件。', '调解纠纷千千万万件。', '调解纠纷零零件。'])(
    'a malformed Chinese numeral is no figure: %s',
    (text) => {
      expect(valuesOf(text)).toEqual([]);
    },
  );
});

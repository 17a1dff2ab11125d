// A figure another region counts (a neighbour, a partner, a region of another province) is that region's, not the page's:
// the caller names every other division (RegionNames.others). Sentences and names are written for these tests.
import type { ExtractOptions } from '../../../src/extract/index.ts';
import { figure } from './helpers.ts';

const TONGLU: ExtractOptions = {
  year: 2024,
  region: '330122',
  names: {
    own: ['桐庐县', '桐庐'],
    lower: [],
    higher: ['杭州市', '杭州', '浙江省', '浙江'],
    others: ['淳安县', '建德市', '诸暨市', '黟县', '祁门县', '江山市', '浙江省'],
  },
};

describe('another region opening the clause that counts', () => {
  it.each([
    ['桐庐县人民调解组织共调解纠纷8,312件;淳安县调解纠纷6,120件。', 6120],
    ['桐庐县调解纠纷8,312件,建德市同期调处纠纷5,407件。', 5407],
    ['桐庐县调解纠纷8,312件,淳安县、建德市同期分别调处4,210件和5,407件。', 4210],
    ['桐庐县调解纠纷8,312件,淳安县、建德市同期分别调处4,210件和5,407件。', 5407],
    ['据介绍,祁门县全年办理法律援助案件612件。', 612],
  ] as const)('%s (%d)', (text, value) => {
    expect(figure(text, value, TONGLU).metric).toBeNull();
  });

  it('the page’s own figure beside it stays its own', () => {
    expect(figure('桐庐县人民调解组织共调解纠纷8,312件;淳安县调解纠纷6,120件。', 8312, TONGLU)).toMatchObject(
      {
        metric: 'mediation.cases',
        scope: 'region',
      },
    );
  });

  it.each([
    ['在淳安县召开联调工作会议,全县共调解纠纷8,312件。', 8312],
    ['学习诸暨市经验,全县人民调解组织共调解纠纷8,312件。', 8312],
    ['赴诸暨市考察学习后,全县共调解纠纷8,312件。', 8312],
    ['淳安县司法局来我县交流,全县共调解纠纷8,312件。', 8312],
    ['与建德市签订联调协议后,桐庐县人民调解组织共调解纠纷8,312件。', 8312],
  ] as const)('near miss: the other region is a place, a model or a partner: %s', (text, value) => {
    expect(figure(text, value, TONGLU)).toMatchObject({ metric: 'mediation.cases', scope: 'region' });
  });
});

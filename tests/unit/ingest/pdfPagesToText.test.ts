// Pages of lines → text: running headers, footers and page numbers go; wrapped lines and page breaks join.
import { describe, expect, it } from 'vitest';
import type { PdfLine } from '../../../src/ingest/pdfLines.ts';
import { pdfLines } from '../../../src/ingest/pdfLines.ts';
import { pdfPagesToText } from '../../../src/ingest/pdfPagesToText.ts';
import { unifyRadicals } from '../../../src/ingest/unifyRadicals.ts';

/** A line of body text reaching the right margin (500) unless `short`. */
const line = (text: string, short = false): PdfLine => ({ text, left: 72, right: short ? 300 : 500, size: 12 });

describe('pdfPagesToText', () => {
  it('drops a running header, page numbers in several forms, and joins a sentence cut by the page break', () => {
    const pages = [
      [line('某市2023年法治政府建设年度报告', true), line('全市共受理行政复议案件1234件，'), line('审结1100件。', true), line('- 1 -', true)],
      [line('某市2023年法治政府建设年度报告', true), line('人民调解组织共调解矛盾纠纷5678'), line('件，调解成功率98.5%。', true), line('第 2 页 共 3 页', true)],
      [line('某市2023年法治政府建设年度报告', true), line('法律援助机构办理案件2345件。', true), line('3/3', true)],
    ];
    expect(pdfPagesToText(pages)).toBe(
      '全市共受理行政复议案件1234件，审结1100件。\n人民调解组织共调解矛盾纠纷5678件，调解成功率98.5%。\n法律援助机构办理案件2345件。',
    );
  });
  it('joins a page break inside a sentence', () => {
    const pages = [
      [line('报告', true), line('第一段文字很长很长很长很长很长，全市共受理行政复议案'), line('2', true)],
      [line('报告', true), line('件1234件。', true), line('3', true)],
    ];
    expect(pdfPagesToText(pages)).toBe('第一段文字很长很长很长很长很长，全市共受理行政复议案件1234件。');
  });
  it('keeps a long body line that resembles lines on other pages', () => {
    const body = (n: number) => line(`第${n}段：全市共受理行政复议案件${n}件，审结${n}件，人民调解组织共调解矛盾纠纷若干件，法律援助机构办理案件若干件。`, true);
    const pages = [[body(1), line('正文一。', true)], [body(2), line('正文二。', true)], [body(3), line('正文三。', true)]];
    expect(pdfPagesToText(pages).split('\n')).toHaveLength(6);
  });
  it('does not join the short lines of a short text when the page width is known', () => {
    const title = { text: '某市2024年法治政府建设年度报告', left: 57, right: 300, size: 16 };
    const body = { text: '全市办理行政复议案件412件', left: 57, right: 290, size: 16 };
    expect(pdfPagesToText([[title, body]], [595])).toBe('某市2024年法治政府建设年度报告\n全市办理行政复议案件412件');
    expect(pdfPagesToText([[title, body]])).toBe('某市2024年法治政府建设年度报告全市办理行政复议案件412件');
  });
  it('does not join a list item to the line before it', () => {
    expect(pdfPagesToText([[line('主要做法如下'), line('一、完善制度', true)]])).toBe('主要做法如下\n一、完善制度');
  });
});

describe('pdfLines', () => {
  it('breaks lines where the baseline moves or pdf.js marks an end of line', () => {
    const item = (str: string, x: number, y: number, hasEOL = false) => ({ str, transform: [12, 0, 0, 12, x, y], width: str.length * 12, hasEOL });
    const lines = pdfLines([item('全市', 72, 700), item('案件12件', 96, 700), item('第二行', 72, 680), item('', 0, 0, true), item('第三行', 72, 660)]);
    expect(lines.map((l) => l.text)).toEqual(['全市案件12件', '第二行', '第三行']);
    expect(lines[0]).toMatchObject({ left: 72, right: 96 + 5 * 12 });
  });
});

describe('unifyRadicals', () => {
  it('maps radical code points some PDF fonts emit to the characters they stand for', () => {
    expect(unifyRadicals('⾏政复议，⼈⺠调解，⻓期，⻔户')).toBe('行政复议，人民调解，长期，门户');
  });
});

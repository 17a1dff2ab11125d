// The input layer on files the tests make themselves: text in several encodings, Word, web pages, and the bad
// and hostile files a person may give it. Each problem has its own code.
import { describe, expect, it } from 'vitest';
import { readReport } from '../../../src/ingest/readReport.ts';
import { buildDocx, buildZipBomb } from '../../fixtures/ingest/buildDocx.ts';

const utf8 = (s: string) => new TextEncoder().encode(s);
/** 全市受理行政复议案件 in GBK, written out byte by byte (not produced by the code under test). */
const GBK_REVIEW = [
  0xc8, 0xab, 0xca, 0xd0, 0xca, 0xdc, 0xc0, 0xed, 0xd0, 0xd0, 0xd5, 0xfe, 0xb8, 0xb4, 0xd2, 0xe9, 0xb0, 0xb8,
  0xbc, 0xfe,
];
const gbkReport = new Uint8Array([
  ...Array.from({ length: 6 }, () => [...GBK_REVIEW, ...utf8('1234'), 0xbc, 0xfe, 0xa1, 0xa3]).flat(),
]);

describe('plain text', () => {
  it('reads UTF-8 and keeps a BOM so offsets match the file', async () => {
    expect(await readReport(utf8('\uFEFF调解案件1200件'), { name: 'a.txt' })).toEqual({
      ok: true,
      text: '\uFEFF调解案件1200件',
      format: 'txt',
    });
  });
  it('detects and decodes GBK', async () => {
    const read = await readReport(gbkReport, { name: 'gbk.txt' });
    expect(read).toMatchObject({ ok: true, format: 'txt' });
    expect(read.ok && read.text.startsWith('全市受理行政复议案件1234件。全市受理')).toBe(true);
  });
  it('reads UTF-16 with a BOM', async () => {
    const bytes = new Uint8Array([
      0xff,
      0xfe,
      ...[...'案件12件'].flatMap((c) => [c.charCodeAt(0) & 0xff, c.charCodeAt(0) >> 8]),
    ]);
    expect(await readReport(bytes, { name: 'u16.txt' })).toEqual({
      ok: true,
      text: '案件12件',
      format: 'txt',
    });
  });
  it('reads a file without an extension as text', async () => {
    expect(await readReport(utf8('案件12件'), { name: 'report' })).toMatchObject({
      ok: true,
      text: '案件12件',
    });
  });
});

describe('Word', () => {
  it('reads a .docx as raw text, one line per paragraph', async () => {
    const docx = buildDocx(['某市2024年法治政府建设年度报告', '全市办理行政复议案件412件。']);
    const read = await readReport(docx, { name: 'r.docx' });
    expect(read).toMatchObject({ ok: true, format: 'docx' });
    expect(read.ok && read.text.split('\n').filter(Boolean)).toEqual([
      '某市2024年法治政府建设年度报告',
      '全市办理行政复议案件412件。',
    ]);
  });
  it('refuses an old .doc with its own message', async () => {
    const ole2 = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0]);
    expect(await readReport(ole2, { name: 'r.doc' })).toMatchObject({ ok: false, problem: 'doc_legacy' });
  });
  it('refuses a zip bomb named .docx from its directory, before unpacking', async () => {
    const bomb = buildZipBomb(32); // 32 × 8 MB = 256 MB declared
    expect(bomb.length).toBeLessThan(64 * 1024);
    expect(await readReport(bomb, { name: 'bomb.docx' })).toEqual({
      ok: false,
      problem: 'zip_bomb',
      format: 'docx',
    });
  });
  it('says a zip that is not a Word document is of another type', async () => {
    const zip = buildDocx(null, { 'xl/workbook.xml': new TextEncoder().encode('<workbook/>') });
    expect(await readReport(zip, { name: 'sheet.docx' })).toMatchObject({ ok: false, problem: 'wrong_type' });
  });
});

describe('web pages', () => {
  const page = (article: string) =>
    `<!doctype html><html><head><title>t</title><script>alert(1)</script></head><body>
     <nav><a href="/">首页</a><a href="/news">新闻中心</a><a href="/gk">政务公开</a></nav>
     <div class="sidebar"><ul><li><a href="/a">热点专题</a></li><li><a href="/b">网站地图</a></li></ul></div>
     <article><h1>某市2023年法治政府建设年度报告</h1>${article}</article>
     <footer>版权所有 某市人民政府 ICP备12345号</footer></body></html>`;
  const body = Array.from(
    { length: 6 },
    (_, i) =>
      `<p>第${i + 1}项，全市共受理行政复议案件${1200 + i}件，较上年有所增长，审结率保持较高水平。</p>`,
  ).join('');

  it('keeps the article and drops navigation, scripts and the footer', async () => {
    const read = await readReport(utf8(page(body)), { name: 'r.html' });
    expect(read).toMatchObject({ ok: true, format: 'html' });
    const text = read.ok ? read.text : '';
    expect(text).toContain('全市共受理行政复议案件1200件');
    expect(text).toContain('\n第2项，');
    for (const furniture of ['新闻中心', '网站地图', 'ICP备', 'alert']) expect(text).not.toContain(furniture);
  });
  it('opens the text with the headline, which Readability drops when it repeats the <title>', async () => {
    const titled = page(body)
      .replace('<title>t</title>', '<title>某市2023年法治政府建设年度报告</title>')
      .replace(
        '<h1>某市2023年法治政府建设年度报告</h1>',
        '<h1>某市2023年法治政府建设年度报告</h1><p>发布时间：2024-01-15 来源：某市司法局</p>',
      );
    const read = await readReport(utf8(titled), { name: 'r.html' });
    expect(read.ok ? read.text.split('\n').slice(0, 2) : []).toEqual([
      '某市2023年法治政府建设年度报告',
      '发布时间：2024-01-15 来源：某市司法局',
    ]);
    const suffixed = titled.replace(
      '<title>某市2023年法治政府建设年度报告</title>',
      '<title>某市2023年法治政府建设年度报告_某市人民政府门户网站</title>',
    );
    const again = await readReport(utf8(suffixed), { name: 'r.html' });
    expect(again.ok ? again.text.split('\n')[0] : '').toBe('某市2023年法治政府建设年度报告');
  });
  it('reads a web page published as .doc, as many government sites do, by its content', async () => {
    expect(await readReport(utf8(page(body)), { name: 'report.doc' })).toMatchObject({
      ok: true,
      format: 'html',
    });
  });
  it('keeps the text of HTML copied from a page, which has no <html> of its own', async () => {
    const read = await readReport(
      utf8(
        '<meta charset="utf-8"><!--StartFragment--><p>全市共受理行政复议案件1234件。</p><p>审结1100件。</p><!--EndFragment-->',
      ),
      { type: 'text/html' },
    );
    expect(read).toEqual({ ok: true, format: 'html', text: '全市共受理行政复议案件1234件。\n审结1100件。' });
  });
  it('recognises a page saved as .txt from its first bytes', async () => {
    expect(await readReport(utf8(page(body)), { name: 'saved.txt' })).toMatchObject({
      ok: true,
      format: 'html',
    });
  });
  it('refuses deeply nested HTML quickly, before parsing it', async () => {
    const deep = `<html><body>${'<div>'.repeat(100_000)}案件12件${'</div>'.repeat(100_000)}</body></html>`;
    expect(await readReport(utf8(deep), { name: 'deep.html' })).toEqual({
      ok: false,
      problem: 'html_too_deep',
      format: 'html',
    });
  });
});

describe('bad input', () => {
  it.each([
    ['empty', 'a.txt', utf8(' \n ')],
    ['binary', 'scan.txt', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01, 0x02])],
    ['encoding', 'a.txt', new Uint8Array([0x80, 0xff, 0x80, 0xff, 0xfe, 0x80, 0xff, 0x81])],
    ['wrong_type', 'photo.pdf', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0])],
    ['wrong_type', 'renamed.docx', utf8('全市办理行政复议案件412件。')],
    ['unsupported', 'photo.png', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a])],
  ])('says %s for %s', async (problem, name, bytes) => {
    expect(await readReport(bytes, { name })).toMatchObject({ ok: false, problem });
  });
  it('says empty for a file of only blanks before looking at its type, and for text that is only a BOM and blanks', async () => {
    // Every kind of blank byte, under any name: empty, with no format read.
    for (const b of [0x20, 0x0a, 0x0d, 0x09])
      expect(await readReport(new Uint8Array([b, b, 0x20]), { name: 'report.pdf' })).toEqual({ ok: false, problem: 'empty' });
    expect(await readReport(utf8(' \t\r\n'), { name: 'a.txt' })).toEqual({ ok: false, problem: 'empty' });
    // A UTF-8 BOM is no blank byte: the text is read, then found empty.
    expect(await readReport(new Uint8Array([0xef, 0xbb, 0xbf, 0x20, 0x0a]), { name: 'a.txt' })).toEqual({
      ok: false,
      problem: 'empty',
      format: 'txt',
    });
  });
  it('reads a text of exactly 2 Mi characters, and a file of exactly 32 MiB gets past the first bound', async () => {
    const atTextBound = await readReport(new Uint8Array(2 * 1024 * 1024).fill(0x41), { name: 'a.txt' });
    expect(atTextBound.ok && atTextBound.text.length).toBe(2 * 1024 * 1024);
    // At the file bound the bytes are too many for any text of 2 Mi characters: refused as text, with its format.
    expect(await readReport(new Uint8Array(32 * 1024 * 1024).fill(0x41), { name: 'a.txt' })).toEqual({
      ok: false,
      problem: 'too_large',
      format: 'txt',
      size: 32 * 1024 * 1024,
    });
  });
  it('refuses a text file longer than any text of 2 Mi characters could be (over 8 MiB) before decoding it', async () => {
    // Bytes no encoding reads: decoded, they would be refused as undecodable; by their length they are too large first.
    const big = new Uint8Array(8 * 1024 * 1024 + 1).map((_, i) => (i % 2 === 0 ? 0x80 : 0xff));
    expect(await readReport(big, { name: 'big.txt' })).toEqual({
      ok: false,
      problem: 'too_large',
      format: 'txt',
      size: 8 * 1024 * 1024 + 1,
    });
    // At the bound it is decoded, and refused by its characters.
    const atBound = new Uint8Array(8 * 1024 * 1024).fill(0x41);
    expect(await readReport(atBound, { name: 'big.txt' })).toMatchObject({
      ok: false,
      problem: 'too_large',
      size: 8 * 1024 * 1024,
    });
  });
  it('reads a web page over 8 MiB: the bound before decoding is only for plain text', async () => {
    // Most of the page is one comment; its text is one word.
    const page = new Uint8Array(8 * 1024 * 1024 + 1).fill(0x61);
    page.set(utf8('<!doctype html><html><body><p>全市</p><!--'), 0);
    expect(await readReport(page, { name: 'big.html' })).toEqual({ ok: true, text: '全市', format: 'html' });
  });
  it('refuses a 50 MB file by its size without reading it', async () => {
    const big = new Uint8Array(50 * 1024 * 1024).fill(0x41);
    expect(await readReport(big, { name: 'big.txt' })).toEqual({
      ok: false,
      problem: 'too_large',
      size: 50 * 1024 * 1024,
    });
  });
});

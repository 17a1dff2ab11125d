// The CLI contract other programs rely on: a JSON array on stdout, or a non-zero exit with one line
// on stderr and nothing on stdout.
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = join(import.meta.dirname, '../../..');
const dir = mkdtempSync(join(tmpdir(), 'extract-cli-'));

function run(...args: string[]): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return runFrom(undefined, ...args);
}

/** As `npm run extract` from the folder `from`: npm runs the script in the project's folder and says where in INIT_CWD. */
function runFrom(from: string | undefined, ...args: string[]): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const env = { ...process.env };
    delete env.INIT_CWD;
    const child = spawn(process.execPath, ['--import', 'tsx', join(root, 'scripts/extract.ts'), ...args], {
      cwd: root,
      env: from === undefined ? env : { ...env, INIT_CWD: from },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString('utf8')));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString('utf8')));
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}

function file(name: string, content: string | Uint8Array): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

// Each test starts Node with tsx and the divisions table: on a loaded 2-core machine that can take longer than the
// default 20 s, so these tests wait longer (a bound on a hang, not a timing check).
describe('extract CLI', { timeout: 90_000 }, () => {
  it('prints only a JSON array of candidates', async () => {
    const path = file(
      'report.txt',
      '某县司法局2023年法治政府建设年度报告\n全县办理行政复议案件2056件,同比增长100%。',
    );
    const r = await run(path, '--region', '411500');
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('');
    const out = JSON.parse(r.stdout) as Array<Record<string, unknown>>;
    expect(out).toEqual([
      {
        metric: 'review.cases',
        value: 2056,
        unit: 'count',
        qualifier: 'exact',
        evidence: '全县办理行政复议案件2056件',
        offset: 21,
        scope: 'region',
        year: 2023,
        basis: 'handled',
      },
      expect.objectContaining({ metric: 'review.cases', value: 100, unit: 'percent', scope: 'change' }),
      expect.objectContaining({ metric: 'review.cases', value: 1028, qualifier: 'derived', year: 2022 }),
    ]);
  });

  it('infers the region from the title when --region is not given, as a batch run does', async () => {
    const text = '肇庆市2023年法治政府建设年度报告\n四会市调解纠纷300件。肇庆市共调解纠纷5,600件。';
    const r = await run(file('zhaoqing-inferred.txt', text));
    // It says which region it read, so a wrong guess is seen (stdout stays the JSON array alone).
    expect(r.stderr).toBe('extract: note: region 441200 肇庆市 read from the text; give --region to change it\n');
    const out = JSON.parse(r.stdout) as Array<{ value: number; scope: string }>;
    expect(out.map((c) => [c.value, c.scope])).toEqual([
      [300, 'sub_category'],
      [5600, 'region'],
    ]);
  });

  it('refuses a --region that is no GB/T 2260 code, and notes a region or year it cannot find', async () => {
    for (const code of ['999999', '肇庆', '4412']) {
      const r = await run(file('any.txt', '全市共调解纠纷5,600件。'), '--region', code);
      expect(r.status).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toMatch(/^--region must be a GB\/T 2260 code .*\n$/);
    }
    const r = await run(file('bare.txt', '全市共调解纠纷5,600件。'));
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout)).toHaveLength(1);
    expect(r.stderr.trim().split('\n')).toEqual([
      expect.stringMatching(/^extract: note: no region .* give --region$/),
      expect.stringMatching(/^extract: note: no report year .* give --year$/),
    ]);
  });

  it('prints its usage on --help, and says a missing file in words', async () => {
    const help = await run('--help');
    expect(help.status).toBe(0);
    expect(help.stdout).toMatch(/^usage: extract FILE/);
    const missing = await run(join(dir, 'not-there.txt'));
    expect(missing.status).toBe(2);
    expect(missing.stderr).toMatch(/cannot read the file: no such file \(ENOENT\)\n$/);
  });

  it('takes --year over the title', async () => {
    const path = file('year.txt', '2023年法治政府建设年度报告\n受理行政复议申请900件,同比增长20%。');
    const derived = (
      JSON.parse((await run(path, '--year', '2030')).stdout) as Array<{ qualifier: string; year?: number }>
    ).find((c) => c.qualifier === 'derived');
    expect(derived?.year).toBe(2029);
  });

  it('fails cleanly on unreadable input: one line on stderr, nothing on stdout', async () => {
    const cases = [
      [join(dir, 'missing.txt')],
      [file('nul.bin', new Uint8Array([0x31, 0x00, 0xe4, 0xbb, 0xb6]))],
      [file('ctl.bin', new Uint8Array(Array.from({ length: 200 }, (_, i) => (i % 3 === 0 ? 0x01 : 0x41))))],
      [file('undecodable.txt', new Uint8Array([0x80, 0xff, 0x80, 0xff, 0xfe, 0x80, 0xff, 0x81]))],
      [file('renamed.pdf', '全县办理行政复议案件2056件。')],
      [file('ok.txt', '1件'), '--year', 'next'],
    ];
    for (const r of await Promise.all(cases.map((args) => run(...args)))) {
      expect(r.status).not.toBe(0);
      expect(r.stdout).toBe('');
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
    }
  });

  it('reads a GBK text file', async () => {
    // 案件 in GBK is B0 B8 BC FE; 办理行政复议 is written as UTF-8 would not decode, so the whole file is GBK.
    const gbk = new Uint8Array([0xb0, 0xec, 0xc0, 0xed, 0xd0, 0xd0, 0xd5, 0xfe, 0xb8, 0xb4, 0xd2, 0xe9, 0xb0, 0xb8, 0xbc, 0xfe, 0x32, 0x30, 0x35, 0x36, 0xbc, 0xfe, 0xa1, 0xa3]);
    const r = await run(file('gbk.txt', gbk));
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual([expect.objectContaining({ metric: 'review.cases', value: 2056, evidence: '办理行政复议案件2056件' })]);
  });

  it('runs over a folder with --out: one block per file, a review beside it, and a bad file does not stop it', async () => {
    const folder = join(dir, 'batch');
    mkdirSync(folder);
    writeFileSync(join(folder, 'a-good.txt'), '天津市2023年法治政府建设年度报告\n全市办理行政复议案件2056件。');
    writeFileSync(join(folder, 'b-renamed.pdf'), '全县办理行政复议案件2056件。');
    writeFileSync(join(folder, 'c-nothing.txt'), '天津市2023年法治政府建设年度报告\n没有数字。');
    writeFileSync(join(folder, 'ignored.png'), new Uint8Array([0x89, 0x50]));
    const out = join(dir, 'batch.json');
    const r = await run(folder, '--out', out);
    expect(r.status).toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('3/3');
    const { files } = JSON.parse(readFileSync(out, 'utf8')) as { files: Array<Record<string, unknown>> };
    expect(files.map((f) => [f.file, f.format, f.year, (f.problems as Array<{ code: string }>).map((p) => p.code)])).toEqual([
      [join(folder, 'a-good.txt'), 'txt', 2023, []],
      [join(folder, 'b-renamed.pdf'), null, null, ['wrong_type']],
      [join(folder, 'c-nothing.txt'), 'txt', 2023, ['no_figures']],
    ]);
    expect(files[0]!.region).toEqual({ code: '120000', name: '天津市', how: 'title' });
    expect(files[0]!.candidates).toEqual([expect.objectContaining({ metric: 'review.cases', value: 2056 })]);
    const review = readFileSync(join(dir, 'batch.md'), 'utf8');
    expect(review).toContain('| review.cases | 2056 | count | exact | 2023 | 全市办理行政复议案件2056件 |');
    expect(review).not.toContain('another year');
    expect(review).toContain('(`wrong_type`)');
  });

  it('names the lower divisions of --region, and of a region inferred in a batch run, to the extractor', async () => {
    const text = '肇庆市2023年法治政府建设年度报告\n四会市调解纠纷300件。肇庆市共调解纠纷5,600件。';
    const scopes = (out: Array<{ value: number; scope: string }>) => out.map((c) => [c.value, c.scope]);
    const single = await run(file('zhaoqing.txt', text), '--region', '441200');
    expect(scopes(JSON.parse(single.stdout) as Array<{ value: number; scope: string }>)).toEqual([
      [300, 'sub_category'],
      [5600, 'region'],
    ]);
    const folder = join(dir, 'named');
    mkdirSync(folder);
    writeFileSync(join(folder, 'zhaoqing.txt'), text);
    const out = join(dir, 'named.json');
    expect((await run(folder, '--out', out)).status).toBe(0);
    const { files } = JSON.parse(readFileSync(out, 'utf8')) as {
      files: Array<{ region: { code: string }; candidates: Array<{ value: number; scope: string }> }>;
    };
    expect(files[0]!.region.code).toBe('441200');
    expect(scopes(files[0]!.candidates)).toEqual([
      [300, 'sub_category'],
      [5600, 'region'],
    ]);
  });

  it('reads paths from the folder it was run in, not the project’s (npm’s INIT_CWD)', async () => {
    const sub = join(dir, 'from-here');
    mkdirSync(join(sub, 'in'), { recursive: true });
    writeFileSync(join(sub, 'in', 'r.txt'), '韶关市2024年法治政府建设年度报告\n全市共调解矛盾纠纷3120件。');
    const one = await runFrom(sub, 'in/r.txt');
    expect(one.stderr).toContain('region 440200');
    expect(one.status).toBe(0);
    expect(JSON.parse(one.stdout)).toHaveLength(1);
    const many = await runFrom(sub, 'in', '--out', 'out/result.json');
    expect(many.status).toBe(0);
    expect(JSON.parse(readFileSync(join(sub, 'out', 'result.json'), 'utf8')).files).toHaveLength(1);
  });

  it('wants --out for a folder or several files', async () => {
    const r = await run(dir);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/needs --out/);
  });
});

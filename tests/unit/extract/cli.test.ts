// The CLI contract other programs rely on: a JSON array on stdout, or a non-zero exit with one line
// on stderr and nothing on stdout.
import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = join(import.meta.dirname, '../../..');
const dir = mkdtempSync(join(tmpdir(), 'extract-cli-'));

function run(...args: string[]): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', join(root, 'scripts/extract.ts'), ...args], {
      cwd: root,
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

describe('extract CLI', () => {
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
      expect.objectContaining({ metric: null, value: 100, unit: 'percent', scope: 'change' }),
      expect.objectContaining({ metric: 'review.cases', value: 1028, qualifier: 'derived', year: 2022 }),
    ]);
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
      [file('latin1.txt', new Uint8Array([0xb0, 0xb8, 0xbc, 0xfe, 0x31, 0xbc, 0xfe]))],
      [file('ok.txt', '1件'), '--year', 'next'],
    ];
    for (const r of await Promise.all(cases.map((args) => run(...args)))) {
      expect(r.status).not.toBe(0);
      expect(r.stdout).toBe('');
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
    }
  });
});

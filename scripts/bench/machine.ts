// What the figures were measured on: they mean little without it.
import { readFileSync } from 'node:fs';
import { availableParallelism, totalmem, release, platform } from 'node:os';

export interface Machine {
  nproc: number;
  cpu: string;
  memoryGiB: number;
  os: string;
  node: string;
  chromium: string;
}

const cpuModel = (): string => {
  try {
    return /^model name\s*:\s*(.+)$/m.exec(readFileSync('/proc/cpuinfo', 'utf8'))?.[1]?.trim() ?? 'unknown';
  } catch {
    return 'unknown';
  }
};

export const describeMachine = (chromium: string): Machine => ({
  nproc: availableParallelism(),
  cpu: cpuModel(),
  memoryGiB: Math.round((totalmem() / 2 ** 30) * 10) / 10,
  os: `${platform()} ${release()}`,
  node: process.version,
  chromium,
});

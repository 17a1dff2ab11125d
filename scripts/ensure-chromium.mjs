// Browser tests must never be skipped silently: find Chromium and a CJK font, install them as root (as Playwright's
// --with-deps would, but from Debian's packages), or fail with the exact command to run.
import { execSync } from 'node:child_process';
import { chromiumPath } from './chromium.mjs';

const hasCjkFont = () => {
  try {
    return execSync('fc-list :lang=zh family', { encoding: 'utf8' }).trim().length > 0;
  } catch {
    return false;
  }
};

const missing = [];
if (!chromiumPath()) missing.push('chromium');
if (!hasCjkFont()) missing.push('fonts-noto-cjk');

if (missing.length > 0) {
  const command = `apt-get update && apt-get install -y ${missing.join(' ')}`;
  if (process.getuid?.() === 0) {
    console.log(`ensure-chromium: installing ${missing.join(', ')} …`);
    execSync(command, { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  } else {
    console.error(`ensure-chromium: ${missing.join(' and ')} not found. Run as root:\n  sudo sh -c '${command}'`);
    process.exit(1);
  }
}
if (!chromiumPath()) {
  console.error('ensure-chromium: still no Chromium at /usr/bin/chromium; set CHROMIUM_PATH to a Chromium binary.');
  process.exit(1);
}
console.log(`ensure-chromium: using ${chromiumPath()}`);

import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';
import type { Browser } from 'playwright-core';

/** Debian's chromium (installed by .ci/run); CHROMIUM_PATH overrides. Null when there is none. */
export function findChromium(): string | null {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  return candidates.find((candidate): candidate is string => !!candidate && existsSync(candidate)) ?? null;
}

/**
 * Browser tests run wherever Chromium exists. Outside CI a missing browser is reported plainly and
 * the browser tests are skipped; under CI=true it is a failure, so CI can never pass without them.
 */
export function chromiumOrExplain(): string | null {
  const path = findChromium();
  if (path) return path;
  const message =
    'Chromium not found (looked at $CHROMIUM_PATH, /usr/bin/chromium). Install it with ' +
    '"apt-get install -y chromium" to run the browser tests.';
  if (process.env.CI === 'true') throw new Error(`${message} CI requires the browser tests.`);
  console.warn(`\n*** SKIPPING BROWSER TESTS: ${message}\n`);
  return null;
}

export function launchChromium(executablePath: string): Promise<Browser> {
  return chromium.launch({
    executablePath,
    headless: true,
    // Root in CI needs --no-sandbox; the background-networking flags keep Chromium from calling home
    // on a machine without internet.
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}

import { existsSync } from 'node:fs';

import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';

export const PRESETS = ['mobile', 'desktop'];

/**
 * Lighthouse (performance only) on every target, `runs` times per preset, runs interleaved (every target
 * once, then again) so that a slow moment of the machine falls on all targets alike; medians are reported.
 * One headless Chromium serves all runs; Lighthouse clears its storage and cache before each.
 */
export async function lighthouseAll(targets, runs, log) {
  const chromePath =
    process.env.CHROME_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
  const chrome = await chromeLauncher.launch({ chromePath, chromeFlags: ['--headless=new', '--no-sandbox'] });
  const samples = new Map(targets.map((t) => [t.id, { mobile: [], desktop: [] }]));
  try {
    for (let run = 1; run <= runs; run++) {
      for (const preset of PRESETS) {
        for (const target of targets) {
          log(`Lighthouse ${preset} ${run}/${runs}: ${target.label}`);
          samples.get(target.id)[preset].push(await once(target.url, preset, chrome.port));
        }
      }
    }
  } finally {
    await chrome.kill();
  }
  const result = new Map();
  for (const [id, byPreset] of samples) {
    result.set(id, Object.fromEntries(PRESETS.map((p) => [p, summarize(byPreset[p])])));
  }
  return result;
}

async function once(url, preset, port) {
  const flags = { port, output: 'json', logLevel: 'error', onlyCategories: ['performance'] };
  const config =
    preset === 'desktop'
      ? { ...desktopConfig, settings: { ...desktopConfig.settings, onlyCategories: ['performance'] } }
      : undefined;
  const { lhr } = await lighthouse(url, flags, config);
  if (lhr.runtimeError) throw new Error(`Lighthouse on ${url}: ${lhr.runtimeError.message}`);
  const audit = (id) => lhr.audits[id]?.numericValue ?? null;
  const requests = lhr.audits['network-requests']?.details?.items ?? [];
  return {
    score: Math.round((lhr.categories.performance.score ?? 0) * 100),
    lcp: audit('largest-contentful-paint'),
    tbt: audit('total-blocking-time'),
    cls: audit('cumulative-layout-shift'),
    fcp: audit('first-contentful-paint'),
    transfer: audit('total-byte-weight'),
    scriptTransfer: requests
      .filter((r) => r.resourceType === 'Script')
      .reduce((total, r) => total + (r.transferSize ?? 0), 0),
  };
}

function summarize(samples) {
  const keys = Object.keys(samples[0]);
  return {
    runs: samples.length,
    median: Object.fromEntries(keys.map((k) => [k, median(samples.map((s) => s[k]))])),
    samples,
  };
}

export function median(values) {
  const numbers = values.filter((v) => typeof v === 'number').sort((a, b) => a - b);
  if (numbers.length === 0) return null;
  const mid = Math.floor(numbers.length / 2);
  return numbers.length % 2 ? numbers[mid] : (numbers[mid - 1] + numbers[mid]) / 2;
}

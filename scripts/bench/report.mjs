/**
 * The budgets (README "Performance"), checked against one run's figures. JavaScript and Lighthouse budgets
 * are relative to the floor measured in the same run; the certificate budgets are absolute.
 */
export const BUDGETS = {
  lessonJsVsFloor: 1.25,
  staticInfoJsVsFloor: 1.05,
  mobileScoreBelowFloor: 3,
  cls: 0.02,
  signingRequestsPerSecond: 1000,
  signingP99Ms: 50,
  pdfLatinMs: 300,
  pdfLatinBytes: 60_000,
};

const kB = (bytes) => (bytes == null ? '–' : (bytes / 1000).toFixed(1));
const ratio = (a, b) => (a == null || !b ? null : a / b);
const x = (r) => (r == null ? '–' : `${r.toFixed(2)}×`);
const ms = (v) => (v == null ? '–' : v < 10 ? v.toFixed(1) : String(Math.round(v)));
const cls = (v) => (v == null ? '–' : v.toFixed(3));

export function checkBudgets({ targets, signing, pdf }) {
  const floor = targets.find((t) => t.kind === 'floor');
  const checks = [];
  const add = (budget, subject, figure, limit, pass) => checks.push({ budget, subject, figure, limit, pass });

  for (const t of targets.filter((t) => t.route)) {
    const factor =
      t.kind === 'lesson'
        ? BUDGETS.lessonJsVsFloor
        : t.kind === 'static-info'
          ? BUDGETS.staticInfoJsVsFloor
          : null;
    if (factor) {
      const r = ratio(t.bytes.jsGzip, floor.bytes.jsGzip);
      add(
        `JavaScript ≤ ${factor}× floor`,
        t.route,
        `${kB(t.bytes.jsGzip)} kB = ${x(r)}`,
        `${kB(floor.bytes.jsGzip * factor)} kB`,
        r <= factor,
      );
    }
    const mobile = t.lighthouse?.mobile?.median;
    const floorMobile = floor.lighthouse?.mobile?.median;
    if (mobile && floorMobile) {
      const min = floorMobile.score - BUDGETS.mobileScoreBelowFloor;
      add(
        `Lighthouse mobile ≥ floor − ${BUDGETS.mobileScoreBelowFloor}`,
        t.route,
        String(mobile.score),
        `≥ ${min} (floor ${floorMobile.score})`,
        mobile.score >= min,
      );
    }
    for (const preset of ['mobile', 'desktop']) {
      const m = t.lighthouse?.[preset]?.median;
      if (m)
        add(
          `CLS ≤ ${BUDGETS.cls} (${preset})`,
          t.route,
          cls(m.cls),
          `≤ ${BUDGETS.cls}`,
          m.cls <= BUDGETS.cls,
        );
    }
  }

  if (signing.status === 'measured') {
    add(
      `Signing ≥ ${BUDGETS.signingRequestsPerSecond} requests/s`,
      'POST /api/certificates',
      signing.requestsPerSecond.toFixed(0),
      `≥ ${BUDGETS.signingRequestsPerSecond}`,
      signing.requestsPerSecond >= BUDGETS.signingRequestsPerSecond,
    );
    add(
      `Signing p99 ≤ ${BUDGETS.signingP99Ms} ms`,
      'POST /api/certificates',
      `${signing.p99} ms`,
      `≤ ${BUDGETS.signingP99Ms} ms`,
      signing.p99 <= BUDGETS.signingP99Ms,
    );
    add(
      'Signing without errors',
      'POST /api/certificates',
      String(signing.errors),
      '0',
      signing.errors === 0,
    );
  } else if (signing.status === 'error' || signing.status === 'not measured') {
    add('Signing measured', 'POST /api/certificates', signing.detail, 'measurable', false);
  }

  if (pdf.status === 'measured') {
    add(
      `PDF (Latin name) ≤ ${BUDGETS.pdfLatinMs} ms`,
      'makeCertificatePdf',
      `${ms(pdf.latin.medianMs)} ms`,
      `≤ ${BUDGETS.pdfLatinMs} ms`,
      pdf.latin.medianMs <= BUDGETS.pdfLatinMs,
    );
    add(
      `PDF (Latin name) ≤ ${kB(BUDGETS.pdfLatinBytes)} kB`,
      'makeCertificatePdf',
      `${kB(pdf.latin.bytes)} kB`,
      `≤ ${kB(BUDGETS.pdfLatinBytes)} kB`,
      pdf.latin.bytes <= BUDGETS.pdfLatinBytes,
    );
  } else if (pdf.status === 'error' || pdf.status === 'not measured') {
    add('PDF measured', 'makeCertificatePdf', pdf.detail, 'measurable', false);
  }
  return checks;
}

export function markdownReport({ startedAt, runs, next, targets, signing, pdf, checks }) {
  const floor = targets.find((t) => t.kind === 'floor');
  const limit = targets.find((t) => t.kind === 'limit');
  const lines = [];
  lines.push(`# Benchmark, ${startedAt}`, '');
  lines.push(
    `Next.js ${next}. Floor: a bare page of the same Next.js and next.config.mjs. Limit: the lesson ` +
      `${limit.source} as plain HTML with no JavaScript. kB = 1,000 bytes; gzip at zlib's default level.`,
    '',
  );

  lines.push('## Bytes of a first visit', '');
  lines.push(
    '| Page | JS gzip kB | JS × floor | HTML kB | HTML gzip kB | CSS gzip kB | Total gzip kB | Total × floor | Total × limit |',
    '| --- | --: | --: | --: | --: | --: | --: | --: | --: |',
  );
  for (const t of targets) {
    const b = t.bytes;
    lines.push(
      `| ${t.label} | ${kB(b.jsGzip)} | ${x(ratio(b.jsGzip, floor.bytes.jsGzip))} | ${kB(b.htmlBytes)} | ` +
        `${kB(b.htmlGzip)} | ${kB(b.cssGzip)} | ${kB(b.totalGzip)} | ${x(ratio(b.totalGzip, floor.bytes.totalGzip))} | ` +
        `${x(ratio(b.totalGzip, limit.bytes.totalGzip))} |`,
    );
  }
  lines.push('');

  if (targets.some((t) => t.lighthouse)) {
    lines.push(`## Lighthouse, median of ${runs} runs`, '');
    lines.push(
      '| Page | Mobile score | vs floor | LCP ms | LCP × limit | TBT ms | CLS | Desktop score | LCP ms | TBT ms | CLS | Browser JS kB |',
      '| --- | --: | --: | --: | --: | --: | --: | --: | --: | --: | --: | --: |',
    );
    const fm = floor.lighthouse.mobile.median;
    const lm = limit.lighthouse.mobile.median;
    for (const t of targets) {
      const m = t.lighthouse.mobile.median;
      const d = t.lighthouse.desktop.median;
      const delta = m.score - fm.score;
      lines.push(
        `| ${t.label} | ${m.score} | ${delta > 0 ? '+' : ''}${delta} | ${ms(m.lcp)} | ${x(ratio(m.lcp, lm.lcp))} | ` +
          `${ms(m.tbt)} | ${cls(m.cls)} | ${d.score} | ${ms(d.lcp)} | ${ms(d.tbt)} | ${cls(d.cls)} | ${kB(m.scriptTransfer)} |`,
      );
    }
    lines.push(
      '',
      'Browser JS: script bytes the browser transferred during the mobile run (Next also prefetches the routes ' +
        'that visible links point to).',
      '',
    );
  } else {
    lines.push('## Lighthouse', '', 'Not run (--no-lighthouse).', '');
  }

  lines.push('## Certificates', '');
  if (signing.status === 'measured') {
    lines.push(
      `- Signing, POST /api/certificates, ${signing.connections} connections for ${signing.seconds} s: ` +
        `${signing.requestsPerSecond.toFixed(0)} requests/s, p50 ${signing.p50} ms, p99 ${signing.p99} ms, ` +
        `${signing.errors} errors (${signing.requests} requests).`,
    );
  } else lines.push(`- Signing: ${signing.status} (${signing.detail}).`);
  if (pdf.status === 'measured') {
    for (const script of ['latin', 'cjk']) {
      const p = pdf[script];
      lines.push(
        `- PDF for "${p.name}": ${ms(p.medianMs)} ms (median of 5 after a first call of ${ms(p.firstMs)} ms), ${kB(p.bytes)} kB.`,
      );
    }
  } else lines.push(`- PDF: ${pdf.status} (${pdf.detail}).`);
  lines.push('');

  const overJs = checks.filter((c) => !c.pass && c.budget.startsWith('JavaScript'));
  if (overJs.length > 0) {
    lines.push('## What the routes over a JavaScript budget load beyond the floor', '');
    lines.push('Modules the floor does not load, heaviest first (each gzipped alone: an estimate).', '');
    for (const c of overJs) {
      const extra = targets.find((t) => t.route === c.subject).beyondFloor ?? [];
      const total = extra.reduce((sum, m) => sum + m.gzip, 0);
      lines.push(`- **${c.subject}**: ${kB(total)} kB in ${extra.length} modules; the heaviest:`);
      for (const m of extra.slice(0, 8)) lines.push(`  - ${m.label}: ${kB(m.gzip)} kB (${m.chunk})`);
    }
    lines.push('');
  }

  lines.push(
    '## Budgets',
    '',
    '| Budget | Route | Figure | Limit | Result |',
    '| --- | --- | --: | --: | --- |',
  );
  for (const c of checks) {
    lines.push(
      `| ${c.budget} | ${c.subject} | ${c.figure} | ${c.limit} | ${c.pass ? 'pass' : '**BROKEN**'} |`,
    );
  }
  lines.push('');
  return lines.join('\n');
}

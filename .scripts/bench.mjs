// Measures the script-tag bundle in headless Chromium: time to first render against a minimal
// Lit element, cumulative layout shift, long tasks at 4x CPU slowdown, and bytes on the wire.
// Run `npm run build` first (`npm run bench` does both). The results replace the results section
// of docs/benchmarks.md, and a short summary is printed. Exits with 1 when a check fails, after
// writing the report, and with 2 when the benchmark itself could not run.
import {mkdtemp, readFile, rm} from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {brotliCompressSync, gzipSync} from 'node:zlib';
import puppeteer from 'puppeteer-core';
import {nodeResolve} from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import {rollup} from 'rollup';
import {terserOptions} from '../rollup.config.mjs';
import {browserHelp, findChrome, headlessChromeArgs} from './find-browser.mjs';
import {summarize, withFreshPage} from './bench/browser.mjs';
import {machineInfo, readBundle, runWithTimeLimit} from './bench/environment.mjs';
import {bytesPage, measuredPage, BASELINE_SCRIPT_PATH} from './bench/pages.mjs';
import {writeReport} from './bench/report.mjs';
import {GZIP_LEVEL, startBenchServer} from './bench/server.mjs';

const rootDir = fileURLToPath(new URL('..', import.meta.url));
const cdnDir = path.join(rootDir, 'dist', 'cdn');
const reportPath = path.join(rootDir, 'docs', 'benchmarks.md');

const usage = `Usage: node .scripts/bench.mjs   (or npm run bench, which builds first)

Loads dist/cdn/messenger-optin.js in headless Chromium from a server on 127.0.0.1, measures
first render, layout shift, long tasks and bytes, rewrites the results section of
docs/benchmarks.md and prints a summary. It takes no arguments. The browser is CHROME_PATH,
else the first Chromium or Chrome found in the usual paths.`;

/** Parameters of the measurements; the report prints them with the results. */
const PARAMETERS = {
  firstRenderRuns: 30,
  warmUpRuns: 2,
  layoutShiftRuns: 5,
  longTaskRuns: 10,
  cpuSlowdown: 4,
  configDelayMs: 1000,
  manyElements: 100,
  // Wait after the first render before the layout-shift and long-task entries are read, so the
  // entries of the last frames arrive. A page load with a slow backend renders twice, and the
  // wait starts after the second render.
  settleMs: 500,
  viewports: {
    desktop: {width: 1280, height: 800},
    phone: {width: 390, height: 844},
  },
};

// Time limits in ms. A page with 100 widgets at 4x CPU slowdown rendered in about 1 s on two
// cores (docs/benchmarks.md), so the limits only stop a hung browser or page.
const BROWSER_LAUNCH_TIMEOUT_MS = 30_000;
const RENDER_TIMEOUT_MS = 20_000;
const TOTAL_TIMEOUT_MS = 15 * 60_000;

const chromeArgs = headlessChromeArgs;

/**
 * The pages of the layout-shift measurement. The first two are the checks: a widget configured by
 * attributes, and one whose backend responds late while the same values are in its attributes,
 * as the README advises. The third, with `backend-url` alone, shows the shift a page gets when
 * it neither writes the values nor reserves the space. It is reported but not checked.
 */
const LAYOUT_SHIFT_CASES = [
  {name: 'static attributes', page: 'widget-1', backend: false, attributes: true, checked: true},
  {name: 'slow backend, values also in attributes', page: 'widget-backend-1', backend: true, attributes: true, checked: true},
  {name: 'slow backend, backend-url alone', page: 'widget-backend-only-1', backend: true, attributes: false, checked: false},
];

const contentTypes = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
};

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

// ---------------------------------------------------------------------------------------------
// Files

/** Bundles .scripts/bench/baseline-element.js with Lit as rollup.config.mjs bundles the widget. */
async function bundleBaseline(outDir) {
  const bundle = await rollup({
    input: path.join(rootDir, '.scripts', 'bench', 'baseline-element.js'),
    plugins: [nodeResolve({browser: true, exportConditions: ['production']}), terser(terserOptions)],
    onwarn(warning) {
      throw new Error(`Bundling the baseline failed: ${warning.message}`);
    },
  });
  try {
    const file = path.join(outDir, 'bench-baseline.js');
    await bundle.write({file, format: 'es'});
    return await readFile(file);
  } finally {
    await bundle.close();
  }
}

/** Returns the server's files: the built bundle and its chunks, the baseline and every page. */
function collectServedFiles(bundle, baselineCode) {
  const files = new Map();
  for (const [relativePath, code] of bundle) {
    files.set(`/widget/${relativePath}`, {body: code, type: contentTypes['.js']});
  }
  files.set(BASELINE_SCRIPT_PATH, {body: baselineCode, type: contentTypes['.js']});
  for (const [urlPath, html] of Object.entries(benchPages())) {
    files.set(urlPath, {body: Buffer.from(html), type: contentTypes['.html']});
  }
  return files;
}

/** Returns the pages by URL path. */
function benchPages() {
  const {manyElements, settleMs} = PARAMETERS;
  const pages = {};
  for (const subject of ['widget', 'baseline']) {
    for (const count of [1, manyElements]) {
      pages[`/render/${subject}-${count}.html`] = measuredPage(subject, {count, settleMs: 0, timeoutMs: RENDER_TIMEOUT_MS});
      pages[`/settled/${subject}-${count}.html`] = measuredPage(subject, {count, settleMs, timeoutMs: RENDER_TIMEOUT_MS});
    }
  }
  pages['/settled/none-1.html'] = measuredPage('none', {count: 1, settleMs, timeoutMs: RENDER_TIMEOUT_MS});
  for (const layoutCase of LAYOUT_SHIFT_CASES) {
    pages[`/shift/${layoutCase.page}.html`] = measuredPage('widget', {
      count: 1,
      backend: layoutCase.backend,
      attributes: layoutCase.attributes,
      settleMs,
      timeoutMs: RENDER_TIMEOUT_MS,
      measureHeights: true,
    });
  }
  pages['/bytes/none.html'] = bytesPage({widget: false});
  pages['/bytes/widget.html'] = bytesPage({widget: true});
  pages['/bytes/widget-backend.html'] = bytesPage({widget: true, backend: true});
  return pages;
}

// ---------------------------------------------------------------------------------------------
// Browser

/** Loads a page with the probe and returns its measurements. */
async function measurePage(browser, url, options) {
  const {result} = await withFreshPage(browser, url, options, (page) => page.evaluate(() => window.__bench.result()));
  if (result.unsupportedEntryTypes.length > 0) {
    throw new Error(`This Chromium does not support the performance entry types ${result.unsupportedEntryTypes.join(', ')}.`);
  }
  return result;
}

// ---------------------------------------------------------------------------------------------
// Measurements

/**
 * Loads each page of 1 and of `manyElements` widgets and baselines in turn, `firstRenderRuns`
 * rounds after `warmUpRuns` rounds that are not counted. Within a round the order alternates, so
 * a drift in speed affects widget and baseline alike.
 */
async function measureFirstRender(browser, origin) {
  const {firstRenderRuns, warmUpRuns, manyElements, viewports} = PARAMETERS;
  const results = {};
  for (const count of [1, manyElements]) {
    const samples = {widget: [], baseline: []};
    for (let round = 0; round < warmUpRuns + firstRenderRuns; round += 1) {
      const order = round % 2 === 0 ? ['widget', 'baseline'] : ['baseline', 'widget'];
      for (const subject of order) {
        const url = `${origin}/render/${subject}-${count}.html`;
        const sample = await measurePage(browser, url, {viewport: viewports.desktop});
        if (round >= warmUpRuns) {
          samples[subject].push(sample);
        }
      }
    }
    const widget = summarizeRenderSamples(samples.widget);
    const baseline = summarizeRenderSamples(samples.baseline);
    const ratios = {};
    for (const key of Object.keys(widget)) {
      ratios[key] = {
        ...summarize(samples.widget.map((sample, run) => renderTimes(sample)[key] / renderTimes(samples.baseline[run])[key])),
        ofMedians: widget[key].median / baseline[key].median,
      };
    }
    results[count] = {widget, baseline, ratios};
  }
  return results;
}

/** Returns the times of one first-render sample that the report compares, in ms. */
function renderTimes(sample) {
  return {
    renderedAt: sample.renderedAt,
    paintedAt: sample.paintedAt,
    scriptResponseEnd: sample.scriptResponseEnd,
    scriptToRender: sample.renderedAt - sample.scriptResponseEnd,
  };
}

function summarizeRenderSamples(samples) {
  const times = samples.map(renderTimes);
  return Object.fromEntries(Object.keys(times[0]).map((key) => [key, summarize(times.map((time) => time[key]))]));
}

/** Sums the layout shifts of one page load for every case, `layoutShiftRuns` loads each. */
async function measureLayoutShift(browser, origin) {
  const {layoutShiftRuns, viewports} = PARAMETERS;
  const cases = [];
  for (const [viewportName, viewport] of Object.entries(viewports)) {
    for (const layoutCase of LAYOUT_SHIFT_CASES) {
      const runs = [];
      for (let run = 0; run < layoutShiftRuns; run += 1) {
        const sample = await measurePage(browser, `${origin}/shift/${layoutCase.page}.html`, {viewport});
        runs.push({
          score: sample.layoutShifts.reduce((sum, shift) => sum + shift.value, 0),
          paintedBeforeDefinition: sample.firstContentfulPaint !== null && sample.firstContentfulPaint < sample.definedAt,
          firstHeight: sample.firstHeight,
          finalHeight: sample.finalHeight,
        });
      }
      const scores = runs.map((run) => run.score);
      cases.push({
        caseName: layoutCase.name,
        checked: layoutCase.checked,
        viewportName,
        viewport,
        runs,
        max: Math.max(...scores),
        pass: scores.every((score) => score === 0),
      });
    }
  }
  return cases;
}

/**
 * Counts long tasks during load and first render at `cpuSlowdown`, `longTaskRuns` loads per page,
 * for the page alone, the baseline and the widget, with the longest time of the subject's own
 * scripts in one long animation frame.
 */
async function measureLongTasks(browser, origin) {
  const {longTaskRuns, manyElements, cpuSlowdown, viewports} = PARAMETERS;
  const cases = [];
  for (const count of [1, manyElements]) {
    for (const subject of count === 1 ? ['none', 'baseline', 'widget'] : ['baseline', 'widget']) {
      const runs = [];
      for (let run = 0; run < longTaskRuns; run += 1) {
        const url = `${origin}/settled/${subject}-${count}.html`;
        const sample = await measurePage(browser, url, {viewport: viewports.desktop, cpuSlowdown});
        // Only the tasks up to the first frame after the render count: later ones belong to the
        // idle page.
        const tasks = sample.longTasks.filter((task) => task.startTime <= sample.paintedAt);
        const frames = sample.frameScriptTimes.filter((frame) => frame.startTime <= sample.paintedAt);
        runs.push({
          count: tasks.length,
          longest: Math.max(0, ...tasks.map((task) => task.duration)),
          ownScriptMs: Math.max(0, ...frames.map((frame) => frame.scriptMs)),
          paintedAt: sample.paintedAt,
        });
      }
      cases.push({
        subject,
        count,
        runsWithLongTasks: runs.filter((run) => run.count > 0).length,
        tasksPerRun: summarize(runs.map((run) => run.count)),
        longest: summarize(runs.map((run) => run.longest)),
        ownScriptMs: summarize(runs.map((run) => run.ownScriptMs)),
        paintedAt: summarize(runs.map((run) => run.paintedAt)),
      });
    }
  }
  return cases;
}

/** Records every request of the byte-count pages, after the widget has rendered. */
async function measureBytes(browser, origin) {
  const pages = [
    {name: 'without widget', path: '/bytes/none.html', widget: false},
    {name: 'widget, attributes', path: '/bytes/widget.html', widget: true},
    {name: 'widget, backend-url', path: '/bytes/widget-backend.html', widget: true},
  ];
  const results = [];
  for (const {name, path: pagePath, widget} of pages) {
    const {requests} = await withFreshPage(browser, `${origin}${pagePath}`, {viewport: PARAMETERS.viewports.desktop}, async (page) => {
      if (widget) {
        await page.waitForFunction(
          () => document.querySelector('messenger-optin')?.shadowRoot?.querySelectorAll('a.channel[href]').length === 4,
          {timeout: RENDER_TIMEOUT_MS},
        );
      }
      // Chunks and requests that start after the render are counted too.
      await sleep(PARAMETERS.settleMs);
    });
    const files = requests
      .filter((request) => new URL(request.url).pathname !== '/favicon.ico')
      .map((request) => ({...request, path: new URL(request.url).pathname}));
    results.push({name, files});
  }
  return results;
}

/** Returns the raw, gzip and brotli sizes of every script in dist/cdn and of the baseline. */
function measureBundleSizes(bundle, baselineCode) {
  const sizeOf = (name, code) => ({
    name,
    bytes: code.length,
    gzipBytes: gzipSync(code, {level: GZIP_LEVEL}).length,
    brotliBytes: brotliCompressSync(code).length,
  });
  const sizes = [...bundle].map(([relativePath, code]) => sizeOf(`dist/cdn/${relativePath}`, code));
  sizes.push(sizeOf('baseline (Lit and one button)', baselineCode));
  return sizes;
}

// ---------------------------------------------------------------------------------------------
// Main


function printSummary(results) {
  const ms = (value) => `${value.toFixed(1)} ms`;
  console.log('\nTime to first render (median; ratio widget / baseline min, median, max):');
  for (const [count, result] of Object.entries(results.firstRender)) {
    const ratio = result.ratios.renderedAt;
    console.log(`  ${count.padStart(3)} × widget ${ms(result.widget.renderedAt.median)}, baseline ` +
      `${ms(result.baseline.renderedAt.median)}, ratio ${ratio.min.toFixed(2)} / ${ratio.median.toFixed(2)} / ${ratio.max.toFixed(2)}`);
  }
  console.log('Cumulative layout shift (max over runs):');
  for (const shift of results.layoutShift) {
    let verdict = '(not a check)';
    if (shift.checked) {
      verdict = shift.pass ? 'PASS' : 'FAIL';
    }
    console.log(`  ${shift.caseName}, ${shift.viewportName}: ${shift.max.toFixed(4)} ${verdict}`);
  }
  console.log(`Long tasks at ${PARAMETERS.cpuSlowdown}x CPU slowdown (runs with any / runs; longest median, max):`);
  for (const task of results.longTasks) {
    console.log(`  ${String(task.count).padStart(3)} × ${task.subject}: ${task.runsWithLongTasks}/${PARAMETERS.longTaskRuns}, ` +
      `${ms(task.longest.median)}, ${ms(task.longest.max)}; own scripts in one long frame ${ms(task.ownScriptMs.median)}, ${ms(task.ownScriptMs.max)}`);
  }
  console.log('Bytes on the wire (all requests, headers included):');
  for (const page of results.bytes) {
    const total = page.files.reduce((sum, file) => sum + file.wireBytes, 0);
    console.log(`  ${page.name}: ${total} B in ${page.files.length} requests`);
  }
  for (const check of results.checks) {
    console.log(`${check.pass ? 'PASS' : 'FAIL'} ${check.name}`);
  }
}

async function main() {
  if (process.argv.length > 2) {
    console.error(usage);
    process.exit(2);
  }
  const startedAt = Date.now();
  let bundle;
  try {
    bundle = await readBundle(cdnDir);
  } catch (error) {
    throw new Error(`Reading dist/cdn failed (${error.code ?? error.message}). Run \`npm run build\` first.`);
  }
  if (!bundle.has('messenger-optin.js')) {
    throw new Error('dist/cdn/messenger-optin.js is missing. Run `npm run build` first.');
  }
  const chromePath = findChrome();
  if (!chromePath) {
    throw new Error(browserHelp);
  }

  const tempDir = await mkdtemp(path.join(os.tmpdir(), 'messenger-optin-bench-'));
  let server;
  let browser;
  try {
    const baselineCode = await bundleBaseline(tempDir);
    server = await startBenchServer({files: collectServedFiles(bundle, baselineCode), configDelayMs: PARAMETERS.configDelayMs});
    browser = await puppeteer.launch({
      executablePath: chromePath,
      headless: true,
      args: chromeArgs,
      timeout: BROWSER_LAUNCH_TIMEOUT_MS,
    });
    const machine = await machineInfo(browser);
    console.log(`Benchmarking dist/cdn/messenger-optin.js in ${machine.browser} on ${server.origin}`);
    if (machine.loadAverageAtStart > machine.cpuCount / 2) {
      console.warn(`Warning: the load average is ${machine.loadAverageAtStart.toFixed(1)} on ` +
        `${machine.cpuCount} CPUs, so other processes compete with the browser and the times scatter more.`);
    }

    console.log('Time to first render …');
    const firstRender = await measureFirstRender(browser, server.origin);
    console.log('Cumulative layout shift …');
    const layoutShift = await measureLayoutShift(browser, server.origin);
    console.log(`Long tasks at ${PARAMETERS.cpuSlowdown}x CPU slowdown …`);
    const longTasks = await measureLongTasks(browser, server.origin);
    console.log('Bytes on the wire …');
    const bytes = await measureBytes(browser, server.origin);
    const bundleSizes = measureBundleSizes(bundle, baselineCode);

    const oneWidgetLongTasks = longTasks.find((task) => task.subject === 'widget' && task.count === 1);
    const checks = [
      {
        name: 'cumulative layout shift is 0 in every checked case and run',
        pass: layoutShift.filter((shift) => shift.checked).every((shift) => shift.pass),
      },
      {name: 'no long task with 1 widget in any run', pass: oneWidgetLongTasks.runsWithLongTasks === 0},
    ];
    machine.loadAverageAtEnd = os.loadavg()[0];
    const results = {
      date: new Date(startedAt),
      durationS: (Date.now() - startedAt) / 1000,
      machine,
      parameters: PARAMETERS,
      firstRender,
      layoutShift,
      longTasks,
      bytes,
      bundleSizes,
      checks,
    };
    await writeReport(reportPath, results);
    printSummary(results);
    console.log(`Wrote ${path.relative(process.cwd(), reportPath)} in ${results.durationS.toFixed(0)} s.`);
    process.exitCode = checks.every((check) => check.pass) ? 0 : 1;
  } finally {
    await browser?.close();
    await server?.stop();
    await rm(tempDir, {recursive: true, force: true});
  }
}

runWithTimeLimit(main, {task: 'benchmark', timeoutMs: TOTAL_TIMEOUT_MS});

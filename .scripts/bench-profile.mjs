// Shows where the main-thread time of a page with one widget goes at 4x CPU slowdown, the
// setting of the long-task check in .scripts/bench.mjs. It reports the JavaScript self time by
// source file, from V8's sampling CPU profiler mapped through the bundle's source map. From
// Chromium's trace events it splits the two tasks that can exceed 50 ms: the task that runs the
// bundle and the widget's first update, and the task that lays out the page. The page alone is
// traced too, for comparison. Run `npm run build` first (`npm run bench:profile` does
// both). The results replace the profile section of docs/benchmarks.md.
import {readFile} from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import puppeteer from 'puppeteer-core';
import {TraceMap, originalPositionFor} from '@jridgewell/trace-mapping';
import {browserHelp, findChrome, headlessChromeArgs} from './find-browser.mjs';
import {PAGE_TIMEOUT_MS, summarize, withFreshPage} from './bench/browser.mjs';
import {machineInfo, readBundle, runWithTimeLimit} from './bench/environment.mjs';
import {measuredPage, WIDGET_SCRIPT_PATH} from './bench/pages.mjs';
import {machineSection, ms, table, writeSection} from './bench/report.mjs';
import {startBenchServer} from './bench/server.mjs';

const rootDir = fileURLToPath(new URL('..', import.meta.url));
const cdnDir = path.join(rootDir, 'dist', 'cdn');
const reportPath = path.join(rootDir, 'docs', 'benchmarks.md');

const usage = `Usage: node .scripts/bench-profile.mjs   (or npm run bench:profile, which builds first)

Loads a page with one widget from dist/cdn/messenger-optin.js in headless Chromium at 4x CPU
slowdown, profiles and traces each load, rewrites the profile section of docs/benchmarks.md and
prints it. It takes no arguments. The browser is CHROME_PATH, else the first Chromium or Chrome
found in the usual paths.`;

const PARAMETERS = {
  runs: 10,
  warmUpRuns: 1,
  cpuSlowdown: 4,
  samplingIntervalUs: 100,
  viewport: {width: 1280, height: 800},
};

const TOTAL_TIMEOUT_MS = 10 * 60_000;

const START_MARKER = '<!-- bench-profile:start (written by .scripts/bench-profile.mjs; edits up to the end marker are lost) -->';
const END_MARKER = '<!-- bench-profile:end -->';

const TRACE_CATEGORIES = ['toplevel', 'devtools.timeline', 'disabled-by-default-devtools.timeline', 'blink', 'fonts', 'v8.execute'];

/**
 * Groups of the layout task's trace events, by event name, tried in this order. The names are
 * those of Chromium 156; an unknown name counts as "other".
 */
const RENDER_GROUPS = [
  ['fonts: family matching and font files', /Font/],
  ['text shaping', /Shape/],
  ['style', /Style|UpdateLayoutTree|RuleSet|CSSParser|rebuildLayoutTree/],
  ['layout', /Layout|layout/],
  ['paint and compositing', /Paint|Commit|Layeriz|Composit|Raster|PrePaint/],
];

/**
 * Returns the group of a CPU profile node's own code: a source file of the bundle, Lit, the
 * bundle's top-level code, the benchmark's probe, or null for time outside JavaScript.
 */
function sourceGroup(callFrame, sourceMap, bundleUrl) {
  const {url, functionName, lineNumber, columnNumber} = callFrame;
  if (url === bundleUrl) {
    if (functionName === '' && lineNumber === 0 && columnNumber === 0) {
      return "bundle's top-level code";
    }
    const source = originalPositionFor(sourceMap, {line: lineNumber + 1, column: columnNumber}).source ?? '';
    if (/node_modules\/(lit-html|lit-element|@lit\/reactive-element)\//.test(source)) {
      return 'Lit';
    }
    const match = source.match(/(?:^|\/)(src\/.*)$/);
    return match ? match[1] : 'bundle, unmapped';
  }
  if (url.includes('/widget/chunks/')) {
    return 'chunks loaded on demand';
  }
  if (url !== '') {
    return "benchmark's probe";
  }
  if (functionName === '(garbage collector)') {
    return 'garbage collection';
  }
  return null;
}

/**
 * Sums a CPU profile's self time in ms by group. A browser function called from JavaScript
 * (DOM calls such as importNode) counts for the group of the JavaScript that called it.
 */
function selfTimeByGroup(profile, sourceMap, bundleUrl) {
  const parentOf = new Map();
  for (const node of profile.nodes) {
    for (const child of node.children ?? []) {
      parentOf.set(child, node);
    }
  }
  const nodeById = new Map(profile.nodes.map((node) => [node.id, node]));
  const groupOf = new Map();
  const resolveGroup = (node) => {
    if (!groupOf.has(node.id)) {
      let group = sourceGroup(node.callFrame, sourceMap, bundleUrl);
      const special = node.callFrame.functionName.startsWith('(');
      if (group === null && !special && parentOf.has(node.id)) {
        group = resolveGroup(parentOf.get(node.id));
      }
      groupOf.set(node.id, group);
    }
    return groupOf.get(node.id);
  };
  const totals = new Map();
  profile.samples.forEach((id, index) => {
    const group = resolveGroup(nodeById.get(id));
    if (group !== null) {
      totals.set(group, (totals.get(group) ?? 0) + (profile.timeDeltas[index] ?? 0) / 1000);
    }
  });
  return totals;
}

/** Returns the complete ('X') events of the renderer main thread that parsed the page at `pageUrl`. */
function mainThreadEvents(traceEvents, pageUrl) {
  const parse = traceEvents.find((event) => event.name === 'ParseHTML' && event.args?.beginData?.url === pageUrl);
  if (!parse) {
    throw new Error(`The trace has no ParseHTML event for ${pageUrl}; the trace categories may have changed.`);
  }
  return traceEvents
    .filter((event) => event.pid === parse.pid && event.tid === parse.tid && event.ph === 'X' && event.dur > 0)
    .sort((a, b) => a.ts - b.ts || b.dur - a.dur);
}

const contains = (outer, inner) => inner.ts >= outer.ts && inner.ts + inner.dur <= outer.ts + outer.dur;

/**
 * Returns the top-level events of a main thread's events sorted by start: the tasks, each with
 * its work nested inside. Task events have several names, so they are found by nesting.
 */
function topLevelEvents(events) {
  const tasks = [];
  for (const event of events) {
    if (tasks.length === 0 || !contains(tasks.at(-1), event)) {
      tasks.push(event);
    }
  }
  return tasks;
}

/** Returns the longest task that contains an event named `name`, or null. */
function longestTaskWith(events, name) {
  const marked = events.filter((event) => event.name === name);
  const candidates = topLevelEvents(events).filter((task) => marked.some((event) => contains(task, event)));
  return candidates.sort((a, b) => b.dur - a.dur)[0] ?? null;
}

/** Sums the self time in ms of the events inside `task` by RENDER_GROUPS. */
function renderSplit(events, task) {
  const inside = events.filter((event) => event !== task && contains(task, event));
  const selfUs = new Map(inside.map((event) => [event, event.dur]));
  const stack = [];
  for (const event of inside) {
    while (stack.length > 0 && !contains(stack.at(-1), event)) {
      stack.pop();
    }
    if (stack.length > 0) {
      selfUs.set(stack.at(-1), selfUs.get(stack.at(-1)) - event.dur);
    }
    stack.push(event);
  }
  const totals = new Map(RENDER_GROUPS.map(([group]) => [group, 0]));
  totals.set('other', task.dur / 1000);
  for (const [event, us] of selfUs) {
    const group = RENDER_GROUPS.find(([, pattern]) => pattern.test(event.name))?.[0];
    if (group) {
      totals.set(group, totals.get(group) + us / 1000);
      totals.set('other', totals.get('other') - us / 1000);
    }
  }
  return totals;
}

/** Waits for the probe's first render, as `npm run bench` does. */
const waitForRender = (page) => page.evaluate(() => window.__bench.result());

const loadOptions = {viewport: PARAMETERS.viewport, cpuSlowdown: PARAMETERS.cpuSlowdown};

/** Profiles one load of the widget page and returns the self time by group. */
async function profileLoad(browser, url, sourceMap, bundleUrl) {
  const startProfiler = async (page, cdp) => {
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', {interval: PARAMETERS.samplingIntervalUs});
    await cdp.send('Profiler.start');
  };
  const {result} = await withFreshPage(browser, url, {...loadOptions, beforeLoad: startProfiler}, async (page, cdp) => {
    await waitForRender(page);
    const {profile} = await cdp.send('Profiler.stop');
    return selfTimeByGroup(profile, sourceMap, bundleUrl);
  });
  return result;
}

/** Traces one load of `url` and returns the splits of the script task and of the layout task. */
async function traceLoad(browser, url) {
  const startTrace = (page) => page.tracing.start({categories: TRACE_CATEGORIES});
  const {result} = await withFreshPage(browser, url, {...loadOptions, beforeLoad: startTrace}, async (page) => {
    await waitForRender(page);
    const traceEvents = JSON.parse(Buffer.from(await page.tracing.stop()).toString('utf8')).traceEvents;
    return splitTasks(mainThreadEvents(traceEvents, url));
  });
  return result;
}

/** Returns the splits of the task that runs the bundle and of the task with the longest layout. */
function splitTasks(events) {
  const renderTask = longestTaskWith(events, 'Layout');
  const scriptTask = longestTaskWith(events, 'v8.evaluateModule');
  const inclusive = (name) => events.filter((event) => event.name === name && scriptTask && contains(scriptTask, event))
    .reduce((sum, event) => sum + event.dur / 1000, 0);
  return {
    render: renderTask ? renderSplit(events, renderTask) : new Map(),
    renderMs: renderTask ? renderTask.dur / 1000 : 0,
    script: scriptTask
      ? new Map([
        ['module evaluation', inclusive('v8.evaluateModule')],
        ['microtasks: the first update', inclusive('RunMicrotasks')],
      ])
      : new Map(),
    scriptMs: scriptTask ? scriptTask.dur / 1000 : 0,
  };
}

/** Returns the median of each key over the maps, sorted from the largest. */
function medians(maps) {
  const keys = new Set(maps.flatMap((map) => [...map.keys()]));
  return [...keys]
    .map((key) => [key, summarize(maps.map((map) => map.get(key) ?? 0)).median])
    .sort((a, b) => b[1] - a[1]);
}

function renderProfile(results) {
  const {runs, cpuSlowdown, samplingIntervalUs} = PARAMETERS;
  const sourceRows = medians(results.cpu).filter(([, value]) => value >= 0.05);
  const widgetRender = medians(results.widget.map((load) => load.render));
  const aloneRender = new Map(medians(results.alone.map((load) => load.render)));
  const scriptRows = medians(results.widget.map((load) => load.script));
  return [
    START_MARKER,
    '## Where the time goes',
    machineSection(results, 'npm run bench:profile'),
    `${runs} loads per measurement after ${PARAMETERS.warmUpRuns} warm-up, ${cpuSlowdown}x CPU slowdown, ` +
      'one widget from attributes, and the medians per load. Tracing slows the browser down, so these ' +
      'task times are longer than those that `npm run bench` measures, and the shares matter more ' +
      'than the values.',
    `### JavaScript self time by source\n\nV8's sampling profiler every ${samplingIntervalUs} µs, from ` +
      'navigation start until two frames after the first render. A browser function called from ' +
      'JavaScript, such as `importNode`, counts for its caller.\n\n' +
      table(['source', 'ms'], sourceRows.map(([group, value]) => [group, ms(value)])),
    '### The task that runs the bundle\n\n' +
      `Median ${ms(summarize(results.widget.map((load) => load.scriptMs)).median)} ms. Module evaluation includes ` +
      'the top-level code of every module and the registration of the element, which upgrades it. ' +
      'The microtasks include its first update and render.\n\n' +
      table(['part', 'ms'], scriptRows.map(([part, value]) => [part, ms(value)])),
    '### The task that lays out the page\n\n' +
      `Median ${ms(summarize(results.widget.map((load) => load.renderMs)).median)} ms with the widget, ` +
      `${ms(summarize(results.alone.map((load) => load.renderMs)).median)} ms for the page alone: the longest ` +
      'task with a layout. With the widget it is the rendering task of the first frame. The page ' +
      'alone lays out its text when the parser finishes, in the same task. The first layout of a ' +
      'page also loads and matches its fonts, so that cost is the page\'s, wherever it falls. ' +
      'Self time of the trace events in the task, grouped by name.\n\n' +
      table(['part', 'with the widget, ms', 'page alone, ms'],
        widgetRender.map(([group, value]) => [group, ms(value), ms(aloneRender.get(group) ?? 0)])),
    END_MARKER,
  ].join('\n\n');
}

async function main() {
  if (process.argv.length > 2) {
    console.error(usage);
    process.exit(2);
  }
  const startedAt = Date.now();
  let bundle;
  let sourceMap;
  try {
    bundle = await readBundle(cdnDir);
    sourceMap = new TraceMap(JSON.parse(await readFile(path.join(cdnDir, 'messenger-optin.js.map'), 'utf8')));
  } catch (error) {
    throw new Error(`Reading dist/cdn failed (${error.code ?? error.message}). Run \`npm run build\` first.`);
  }
  const chromePath = findChrome();
  if (!chromePath) {
    throw new Error(browserHelp);
  }

  const files = new Map();
  for (const [relativePath, code] of bundle) {
    files.set(`/widget/${relativePath}`, {body: code, type: 'text/javascript; charset=utf-8'});
  }
  const pageOptions = {count: 1, settleMs: 0, timeoutMs: PAGE_TIMEOUT_MS};
  files.set('/profile/widget.html', {body: Buffer.from(measuredPage('widget', pageOptions)), type: 'text/html; charset=utf-8'});
  files.set('/profile/alone.html', {body: Buffer.from(measuredPage('none', pageOptions)), type: 'text/html; charset=utf-8'});

  const server = await startBenchServer({files, configDelayMs: 0});
  let browser;
  try {
    browser = await puppeteer.launch({executablePath: chromePath, headless: true, args: headlessChromeArgs});
    const machine = await machineInfo(browser);
    console.log(`Profiling dist/cdn/messenger-optin.js in ${machine.browser} on ${server.origin}`);
    const widgetUrl = `${server.origin}/profile/widget.html`;
    const aloneUrl = `${server.origin}/profile/alone.html`;
    const bundleUrl = `${server.origin}${WIDGET_SCRIPT_PATH}`;
    const results = {cpu: [], widget: [], alone: []};
    for (let run = 0; run < PARAMETERS.warmUpRuns + PARAMETERS.runs; run += 1) {
      const counted = run >= PARAMETERS.warmUpRuns;
      const cpu = await profileLoad(browser, widgetUrl, sourceMap, bundleUrl);
      const widget = await traceLoad(browser, widgetUrl);
      const alone = await traceLoad(browser, aloneUrl);
      if (counted) {
        results.cpu.push(cpu);
        results.widget.push(widget);
        results.alone.push(alone);
      }
    }
    machine.loadAverageAtEnd = os.loadavg()[0];
    const section = renderProfile({...results, date: new Date(startedAt), durationS: (Date.now() - startedAt) / 1000, machine});
    await writeSection(reportPath, {startMarker: START_MARKER, endMarker: END_MARKER}, section);
    console.log(section.split('\n').slice(1, -1).join('\n'));
    console.log(`Wrote ${path.relative(process.cwd(), reportPath)}.`);
  } finally {
    await browser?.close();
    await server.stop();
  }
}

runWithTimeLimit(main, {task: 'profile', timeoutMs: TOTAL_TIMEOUT_MS});

// Writes the results of .scripts/bench.mjs into docs/benchmarks.md, between the two markers below,
// and leaves the rest of the file (the method text) as it is.
import {readFile, writeFile} from 'node:fs/promises';

const START_MARKER = '<!-- bench-results:start (written by .scripts/bench.mjs; edits up to the end marker are lost) -->';
const END_MARKER = '<!-- bench-results:end -->';

const integer = (value) => Math.round(value).toLocaleString('en-US');
export const ms = (value) => value.toFixed(1);
const ratio = (value) => value.toFixed(2);
const pass = (ok) => (ok ? 'PASS' : '**FAIL**');

export function table(header, rows) {
  return [
    `| ${header.join(' | ')} |`,
    `|${header.map(() => '---').join('|')}|`,
    ...rows.map((row) => `| ${row.join(' | ')} |`),
  ].join('\n');
}

function pageName(subject, count) {
  if (subject === 'none') {
    return 'the page alone';
  }
  return `${count} ${subject === 'widget' ? 'widget' : 'baseline'}${count === 1 ? '' : 's'}`;
}

/** Returns the date, the command and the machine table of a report section. */
export function machineSection({date, durationS, machine}, command = 'npm run bench') {
  const day = date.toISOString().slice(0, 10);
  const time = date.toISOString().slice(11, 16);
  return `Measured on ${day} at ${time} UTC by \`${command}\`, which took ${Math.round(durationS)} s ` +
    'after the build.\n\n' +
    table(['machine', ''], [
      ['CPU', `${machine.cpuCount} × ${machine.cpuModel}${machine.cpuMhz > 0 ? `, ${machine.cpuMhz} MHz` : ''}`],
      ['memory', `${machine.memoryGiB.toFixed(1)} GiB`],
      ['OS', machine.platform],
      ['Node.js', machine.node],
      ['browser', machine.browser],
      ['load average (1 min) at start, at end', `${machine.loadAverageAtStart.toFixed(2)}, ${machine.loadAverageAtEnd.toFixed(2)}`],
    ]);
}

function firstRenderSection({parameters, firstRender}) {
  const rows = [];
  for (const [count, result] of Object.entries(firstRender)) {
    for (const subject of ['widget', 'baseline']) {
      const {renderedAt, paintedAt, scriptResponseEnd, scriptToRender} = result[subject];
      rows.push([
        pageName(subject, Number(count)),
        `${ms(renderedAt.median)} (${ms(renderedAt.min)}–${ms(renderedAt.max)})`,
        ms(paintedAt.median),
        ms(scriptResponseEnd.median),
        ms(scriptToRender.median),
      ]);
    }
  }
  const measures = [
    ['renderedAt', 'first render'],
    ['paintedAt', 'first frame after it'],
    ['scriptToRender', 'script loaded to first render'],
  ];
  const ratioRows = [];
  for (const [count, result] of Object.entries(firstRender)) {
    for (const [key, label] of measures) {
      const {min, median, max, ofMedians} = result.ratios[key];
      ratioRows.push([count, label, ratio(min), ratio(median), ratio(max), ratio(ofMedians)]);
    }
  }
  return `### Time to first render

${parameters.firstRenderRuns} runs per page after ${parameters.warmUpRuns} warm-up rounds, viewport ` +
    `${parameters.viewports.desktop.width}×${parameters.viewports.desktop.height}, no CPU slowdown. Times ` +
    `are ms from navigation start.

${table(['page', 'first render: median (min–max)', 'first frame after it: median', 'script loaded: median', 'script loaded to first render: median'], rows)}

Ratio of the widget's time to the baseline's, per round, and of the medians:

${table(['elements', 'time', 'min', 'median', 'max', 'ratio of medians'], ratioRows)}`;
}

function layoutShiftSection({parameters, layoutShift}) {
  const rows = layoutShift.map((shift) => {
    const heights = new Set(shift.runs.map((run) => `${integer(run.firstHeight)} → ${integer(run.finalHeight)}`));
    return [
      shift.caseName,
      `${shift.viewportName} ${shift.viewport.width}×${shift.viewport.height}`,
      shift.runs.map((run) => run.score.toFixed(4)).join(', '),
      String(shift.runs.filter((run) => run.paintedBeforeDefinition).length),
      [...heights].join(', '),
      shift.checked ? pass(shift.pass) : 'not a check',
    ];
  });
  return `### Cumulative layout shift

One widget above three paragraphs, ${parameters.layoutShiftRuns} runs per case; the slow backend ` +
    `answers the configuration request after ${parameters.configDelayMs} ms.

${table(['case', 'viewport', 'layout shift per run', 'runs with the first paint before the element was defined', 'widget height in px: first update → final', 'result'], rows)}`;
}

function longTaskSection({parameters, longTasks}) {
  const rows = longTasks.map((task) => [
    pageName(task.subject, task.count),
    `${task.runsWithLongTasks} of ${parameters.longTaskRuns}`,
    `${task.tasksPerRun.median} (${task.tasksPerRun.max})`,
    `${ms(task.longest.median)} (${ms(task.longest.max)})`,
    task.subject === 'none' ? '' : `${ms(task.ownScriptMs.median)} (${ms(task.ownScriptMs.max)})`,
    ms(task.paintedAt.median),
  ]);
  return `### Long tasks

${parameters.cpuSlowdown}x CPU slowdown, ${parameters.longTaskRuns} runs per page. A run without long ` +
    `tasks counts 0 ms as its longest. The page alone has the same paragraphs and no script.

${table(['page', 'runs with long tasks', 'long tasks per run: median (max)', 'longest ms: median (max)', 'own scripts in one long frame, ms: median (max)', 'first frame after the first render, ms: median'], rows)}`;
}

function bytesSection({bytes, bundleSizes}) {
  const sum = (files, key) => files.reduce((total, file) => total + (file[key] ?? 0), 0);
  const without = bytes.find((page) => page.name === 'without widget');
  const totalRows = bytes.map((page) => [
    page.name,
    String(page.files.length),
    integer(sum(page.files, 'wireBytes')),
    integer(sum(page.files, 'decodedBytes')),
    page === without ? '' : integer(sum(page.files, 'wireBytes') - sum(without.files, 'wireBytes')),
  ]);
  const fileRows = [];
  for (const page of bytes) {
    for (const file of page.files) {
      fileRows.push([
        page.name,
        `\`${file.path}\``,
        String(file.status),
        file.contentEncoding,
        integer(file.wireBytes),
        file.bodyBytes === null ? '' : integer(file.bodyBytes),
        integer(file.decodedBytes),
      ]);
    }
  }
  const sizeRows = bundleSizes.map((size) => [
    size.name.startsWith('dist/') ? `\`${size.name}\`` : size.name,
    integer(size.bytes),
    integer(size.gzipBytes),
    integer(size.brotliBytes),
  ]);
  return `### Bytes on the wire

${table(['page', 'requests', 'wire bytes', 'decoded bytes', 'wire bytes added by the widget'], totalRows)}

Per request:

${table(['page', 'path', 'status', 'encoding', 'wire bytes', 'body bytes', 'decoded bytes'], fileRows)}

### Bundle sizes

${table(['file', 'bytes', 'gzip -9', 'brotli (quality 11)'], sizeRows)}`;
}

/** Returns the Markdown of the results section, markers included. */
export function renderResults(results) {
  const checks = table(['check', 'result'], results.checks.map((check) => [check.name, pass(check.pass)]));
  return [
    START_MARKER,
    '## Results',
    machineSection(results),
    checks,
    firstRenderSection(results),
    layoutShiftSection(results),
    longTaskSection(results),
    bytesSection(results),
    END_MARKER,
  ].join('\n\n');
}

/**
 * Replaces the section between `startMarker` and `endMarker` of the Markdown file at
 * `reportPath` with `section`, which includes the markers. A file without the markers gets the
 * section appended, and a missing file is created with a title and the section.
 */
export async function writeSection(reportPath, {startMarker, endMarker}, section) {
  let text;
  try {
    text = await readFile(reportPath, 'utf8');
  } catch (error) {
    if (error.code !== 'ENOENT') {
      throw error;
    }
    text = '# Benchmarks\n';
  }
  const start = text.indexOf(startMarker);
  const end = text.indexOf(endMarker);
  if (start !== -1 && end > start) {
    text = text.slice(0, start) + section + text.slice(end + endMarker.length);
  } else {
    text = `${text.trimEnd()}\n\n${section}\n`;
  }
  await writeFile(reportPath, text);
}

/** Replaces the results section of the Markdown file at `reportPath`, as `writeSection` does. */
export async function writeReport(reportPath, results) {
  await writeSection(reportPath, {startMarker: START_MARKER, endMarker: END_MARKER}, renderResults(results));
}

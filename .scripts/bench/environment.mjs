// Helpers of both benchmark scripts: reading the built bundle, describing the machine, and the
// time limit.
import {readdir, readFile} from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

/**
 * Reads every .js file under `cdnDir` (dist/cdn) once, so the pages and the size table use the
 * same build even if `npm run build` rewrites dist/ during the run. Returns a map from the path
 * relative to `cdnDir`, with `/` separators, to the contents: the entry module and other top-level files
 * first, then the chunks, each group sorted by name.
 */
export async function readBundle(cdnDir) {
  const entries = await readdir(cdnDir, {recursive: true, withFileTypes: true});
  const relativePaths = entries
    .filter((entry) => entry.isFile() && entry.name.endsWith('.js'))
    .map((entry) => path.relative(cdnDir, path.join(entry.parentPath ?? entry.path, entry.name)).split(path.sep).join('/'))
    .sort((a, b) => a.split('/').length - b.split('/').length || a.localeCompare(b));
  const bundle = new Map();
  for (const relativePath of relativePaths) {
    bundle.set(relativePath, await readFile(path.join(cdnDir, relativePath)));
  }
  return bundle;
}

/** Describes the machine and the browser for the report. */
export async function machineInfo(browser) {
  const cpus = os.cpus();
  return {
    cpuModel: cpus[0]?.model.trim() ?? 'unknown',
    cpuCount: cpus.length,
    cpuMhz: cpus[0]?.speed ?? 0,
    memoryGiB: os.totalmem() / 2 ** 30,
    platform: `${os.type()} ${os.release()} ${os.arch()}`,
    loadAverageAtStart: os.loadavg()[0],
    node: process.version,
    browser: await browser.version(),
  };
}

/**
 * Runs a benchmark script's `main` and exits with 2 when it throws or takes longer than
 * `timeoutMs`, printing the error or naming the `task` that did not finish. The browser is a child
 * process that puppeteer kills when this process exits, so the time limit can exit at once.
 */
export function runWithTimeLimit(main, {task, timeoutMs}) {
  setTimeout(() => {
    console.error(`The ${task} did not finish within ${timeoutMs / 60_000} minutes and was stopped.`);
    process.exit(2);
  }, timeoutMs).unref();

  main().catch((error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(2);
  });
}

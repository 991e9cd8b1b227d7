// Prepares a fresh checkout for `npm test`: installs the npm packages when they are missing and
// makes sure a Chromium binary exists, installing Debian's package when running as root on Debian.
import {execFileSync} from 'node:child_process';
import {existsSync} from 'node:fs';
import {browserHelp, findChrome} from './find-browser.mjs';

const root = new URL('..', import.meta.url);

function run(command, args) {
  console.log(`> ${command} ${args.join(' ')}`);
  execFileSync(command, args, {cwd: root, stdio: 'inherit'});
}

if (!existsSync(new URL('node_modules/@web/test-runner/package.json', root))) {
  run('npm', existsSync(new URL('package-lock.json', root)) ? ['ci'] : ['install']);
}

let chrome;
try {
  chrome = findChrome();
} catch (error) {
  console.error(error.message);
  process.exit(1);
}

if (!chrome) {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (isRoot && existsSync('/etc/debian_version')) {
    console.log('No Chromium found; installing Debian\'s chromium package.');
    run('apt-get', ['update']);
    run('apt-get', ['install', '-y', 'chromium']);
    chrome = findChrome();
  }
}

if (!chrome) {
  console.error(browserHelp);
  process.exit(1);
}
console.log(`Browser tests use ${chrome}`);

// Prepares a fresh checkout for `npm test`: installs the npm packages when they are missing and
// makes sure the Chromium and Firefox binaries exist, installing Debian's packages when running as
// root on Debian.
import {execFileSync} from 'node:child_process';
import {existsSync} from 'node:fs';
import {browserHelp, findChrome, findFirefox, firefoxHelp} from './find-browser.mjs';

const root = new URL('..', import.meta.url);

function run(command, args) {
  console.log(`> ${command} ${args.join(' ')}`);
  execFileSync(command, args, {cwd: root, stdio: 'inherit'});
}

/**
 * Returns the browser binary that `find` locates, installing `debianPackage` first when none is
 * found and this is Debian run as root. Exits with `help` when there is still none.
 */
function ensureBrowser(find, debianPackage, help) {
  let path;
  try {
    path = find();
  } catch (error) {
    console.error(error.message);
    process.exit(1);
  }

  if (!path) {
    const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
    if (isRoot && existsSync('/etc/debian_version')) {
      console.log(`No ${debianPackage} binary found; installing Debian's ${debianPackage} package.`);
      run('apt-get', ['update']);
      run('apt-get', ['install', '-y', debianPackage]);
      path = find();
    }
  }

  if (!path) {
    console.error(help);
    process.exit(1);
  }
  return path;
}

if (!existsSync(new URL('node_modules/@web/test-runner/package.json', root))) {
  run('npm', existsSync(new URL('package-lock.json', root)) ? ['ci'] : ['install']);
}

// The same variable selects the browsers in web-test-runner.config.mjs.
const browsers = (process.env.TEST_BROWSERS ?? 'chromium,firefox').toLowerCase();
// Chromium is needed in any case, because the Storybook check runs in it.
console.log(`Browser tests use ${ensureBrowser(findChrome, 'chromium', browserHelp)}`);
if (browsers.includes('firefox')) {
  console.log(`Browser tests use ${ensureBrowser(findFirefox, 'firefox-esr', firefoxHelp)}`);
}

// Serves the demo page and the built package on 127.0.0.1. Run `npm start`, which builds first.
import {startDevServer} from '@web/dev-server';

const port = Number(process.env.PORT ?? 8000);
if (!Number.isInteger(port) || port < 1 || port > 65535) {
  console.error(`PORT="${process.env.PORT}" is invalid: expected a whole number from 1 to 65535, e.g. PORT=8080 npm start.`);
  process.exit(1);
}

const server = await startDevServer({
  config: {
    rootDir: new URL('..', import.meta.url).pathname,
    hostname: '127.0.0.1',
    port,
    nodeResolve: true,
    appIndex: undefined,
  },
  readCliArgs: false,
  readFileConfig: false,
  logStartMessage: false,
});

console.log(`Demo: http://127.0.0.1:${server.config.port}/docs/demo/  (Ctrl+C stops the server)`);

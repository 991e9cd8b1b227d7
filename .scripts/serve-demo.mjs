// Serves the demo page and the built package on 127.0.0.1 only. Run `npm start`, which builds
// first. A plain static server is enough, because the demo loads the self-contained script-tag
// bundle and the mock backend's modules, which import nothing by bare package name.
import {createServer} from 'node:http';
import {readFile} from 'node:fs/promises';
import {extname, join, normalize, sep} from 'node:path';
import {fileURLToPath} from 'node:url';
import {contentTypes} from './content-types.mjs';

const HOST = '127.0.0.1';
const root = fileURLToPath(new URL('..', import.meta.url));

const port = Number(process.env.PORT ?? 8000);
if (!Number.isInteger(port) || port < 1 || port > 65535) {
  console.error(`PORT="${process.env.PORT}" is invalid: expected a whole number from 1 to 65535, e.g. PORT=8080 npm start.`);
  process.exit(1);
}

const server = createServer(async (request, response) => {
  let pathname;
  try {
    pathname = decodeURIComponent(new URL(request.url ?? '/', `http://${HOST}`).pathname);
  } catch {
    response.writeHead(400).end('Bad request');
    return;
  }
  if (pathname.endsWith('/')) {
    pathname += 'index.html';
  }
  // Only the demo and the build are served, never the rest of the repository.
  const file = normalize(join(root, pathname));
  const allowed = [join(root, 'docs', 'demo') + sep, join(root, 'dist') + sep];
  if (!allowed.some((prefix) => file.startsWith(prefix))) {
    console.warn(`404 ${pathname}: only docs/demo/ and dist/ are served`);
    response.writeHead(404).end('Not found');
    return;
  }
  try {
    const body = await readFile(file);
    response.writeHead(200, {
      'Content-Type': contentTypes[extname(file)] ?? 'application/octet-stream',
      'Cache-Control': 'no-store',
    });
    response.end(body);
  } catch (error) {
    console.warn(`404 ${pathname}: ${error.code ?? error.message}`);
    response.writeHead(404).end('Not found');
  }
});

server.on('error', (error) => {
  console.error(`The demo server could not listen on ${HOST}:${port}: ${error.message}. ` +
    'Stop the program that uses the port, or choose another one, e.g. PORT=8080 npm start.');
  process.exit(1);
});

server.listen(port, HOST, () => {
  console.log(`Demo: http://${HOST}:${port}/docs/demo/  (Ctrl+C stops the server)`);
});

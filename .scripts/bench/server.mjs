// The HTTP server of .scripts/bench.mjs: static files from memory, gzip-compressed when the
// browser accepts it, and a minimal backend with the HTTP API of docs/http-api.md. It listens on
// 127.0.0.1 only, at a free port.
import {createServer} from 'node:http';
import {constants, gzipSync} from 'node:zlib';
import {DEMO_CONFIG} from './pages.mjs';

/** gzip level of every compressed response and of the size table: 9, as `gzip -9` precompresses. */
export const GZIP_LEVEL = constants.Z_BEST_COMPRESSION;

/** Maximum size of an intent body, as docs/http-api.md recommends. */
const MAX_INTENT_BYTES = 64 * 1024;

/** Widget ids the fake backend has a configuration for; any other id gets HTTP 404. */
const KNOWN_WIDGET_IDS = new Set(['default']);


const CORS_HEADERS = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Expose-Headers': 'Retry-After',
  Vary: 'Origin',
};

/**
 * A file the server returns for one URL path. `body` is a Buffer and `type` the Content-Type.
 * @typedef {{body: Buffer, type: string}} StaticFile
 */

/**
 * Starts the server. `files` maps URL paths to files. Requests under `/api/` are the backend,
 * whose config response waits `configDelayMs`. Resolves with the origin and a `stop()` function
 * that closes every connection and clears pending timers.
 * @param {{files: Map<string, StaticFile>, configDelayMs: number}} options
 */
export async function startBenchServer({files, configDelayMs}) {
  const compressed = new Map();
  for (const [urlPath, file] of files) {
    compressed.set(urlPath, {...file, gzipped: gzipSync(file.body, {level: GZIP_LEVEL})});
  }
  const backend = createFakeBackend(configDelayMs);

  const server = createServer((request, response) => {
    const {pathname} = new URL(request.url ?? '/', 'http://127.0.0.1');
    if (pathname.startsWith('/api/')) {
      backend.handle(request, response, pathname.slice('/api'.length));
      return;
    }
    if (pathname === '/favicon.ico') {
      // Chromium requests it from every origin, and an empty 204 response keeps it out of the byte counts.
      response.writeHead(204).end();
      return;
    }
    serveFile(request, response, compressed.get(pathname));
  });

  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const origin = `http://127.0.0.1:${server.address().port}`;

  async function stop() {
    backend.stop();
    server.closeAllConnections();
    await new Promise((resolve) => server.close(() => resolve()));
  }

  return {origin, stop};
}

function serveFile(request, response, file) {
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    response.writeHead(405, {Allow: 'GET, HEAD'}).end();
    return;
  }
  if (file === undefined) {
    response.writeHead(404, {'Content-Type': 'text/plain; charset=utf-8'}).end('Not found');
    return;
  }
  const acceptsGzip = /\bgzip\b/.test(request.headers['accept-encoding'] ?? '');
  const body = acceptsGzip ? file.gzipped : file.body;
  const headers = {
    'Content-Type': file.type,
    'Content-Length': body.length,
    'Cache-Control': 'no-store',
    Vary: 'Accept-Encoding',
  };
  if (acceptsGzip) {
    headers['Content-Encoding'] = 'gzip';
  }
  response.writeHead(200, headers);
  response.end(request.method === 'HEAD' ? undefined : body);
}

/**
 * Writes a JSON response with the CORS headers of docs/http-api.md, gzip-compressed when
 * accepted. An error status is logged, because the widget under test should never cause one.
 */
function sendJson(request, response, status, value) {
  if (status >= 400) {
    console.warn(`Fake backend: ${request.method} ${request.url} failed with HTTP ${status}: ${value.message}`);
  }
  const json = Buffer.from(JSON.stringify(value));
  const acceptsGzip = /\bgzip\b/.test(request.headers['accept-encoding'] ?? '');
  const body = acceptsGzip ? gzipSync(json, {level: GZIP_LEVEL}) : json;
  const headers = {
    ...CORS_HEADERS,
    'Content-Type': 'application/json',
    'Content-Length': body.length,
    'Cache-Control': 'no-store',
  };
  if (acceptsGzip) {
    headers['Content-Encoding'] = 'gzip';
    headers.Vary = 'Origin, Accept-Encoding';
  }
  response.writeHead(status, headers);
  response.end(body);
}

/**
 * Creates the three endpoints of docs/http-api.md, kept in memory: the configuration (after a
 * delay that simulates a slow backend), storing an intent deduplicated on `intentId`, and its
 * status, which stays `pending` because no messenger is connected.
 */
function createFakeBackend(configDelayMs) {
  const intentIds = new Set();
  const references = new Set();
  const pendingTimers = new Set();

  function handleConfig(request, response, widgetId) {
    const timer = setTimeout(() => {
      pendingTimers.delete(timer);
      if (KNOWN_WIDGET_IDS.has(widgetId)) {
        sendJson(request, response, 200, DEMO_CONFIG);
      } else {
        sendJson(request, response, 404, {error: 'not-found', message: `No widget has the id "${widgetId}".`});
      }
    }, configDelayMs);
    pendingTimers.add(timer);
    response.once('close', () => {
      clearTimeout(timer);
      pendingTimers.delete(timer);
    });
  }

  function handleIntent(request, response) {
    const chunks = [];
    let size = 0;
    let rejected = false;
    request.on('data', (chunk) => {
      size += chunk.length;
      if (size > MAX_INTENT_BYTES && !rejected) {
        rejected = true;
        response.setHeader('Connection', 'close');
        sendJson(request, response, 413, {error: 'too-large', message: `The intent is larger than ${MAX_INTENT_BYTES} bytes.`});
      }
      if (!rejected) {
        chunks.push(chunk);
      }
    });
    request.on('end', () => {
      if (rejected) {
        return;
      }
      let intent;
      try {
        intent = JSON.parse(Buffer.concat(chunks).toString('utf8'));
      } catch {
        sendJson(request, response, 400, {error: 'invalid-json', message: 'The intent body is not valid JSON.'});
        return;
      }
      if (typeof intent?.intentId !== 'string' || typeof intent?.reference !== 'string') {
        sendJson(request, response, 400, {error: 'invalid-intent', message: 'The intent is invalid: intentId and reference must be strings.'});
        return;
      }
      const repeated = intentIds.has(intent.intentId);
      intentIds.add(intent.intentId);
      references.add(intent.reference);
      sendJson(request, response, repeated ? 200 : 202, {status: 'pending'});
    });
  }

  function handleStatus(request, response, reference) {
    if (references.has(reference)) {
      sendJson(request, response, 200, {status: 'pending'});
    } else {
      sendJson(request, response, 404, {error: 'not-found', message: `No intent has the reference "${reference}".`});
    }
  }

  /** Routes `path`, the request path below the base URL `/api`. */
  function handle(request, response, path) {
    const segments = path.split('/').slice(1).map((segment) => {
      try {
        return decodeURIComponent(segment);
      } catch {
        return null;
      }
    });
    const [collection, widgetId, resource, reference] = segments;
    if (collection !== 'widgets' || !widgetId || segments.includes(null)) {
      sendJson(request, response, 404, {error: 'not-found', message: `No endpoint at ${path}.`});
      return;
    }
    if (segments.length === 3 && resource === 'config' && request.method === 'GET') {
      handleConfig(request, response, widgetId);
    } else if (segments.length === 3 && resource === 'intents' && request.method === 'POST') {
      handleIntent(request, response);
    } else if (segments.length === 4 && resource === 'intents' && reference && request.method === 'GET') {
      handleStatus(request, response, reference);
    } else {
      sendJson(request, response, 404, {error: 'not-found', message: `No endpoint for ${request.method} ${path}.`});
    }
  }

  function stop() {
    for (const timer of pendingTimers) {
      clearTimeout(timer);
    }
    pendingTimers.clear();
  }

  return {handle, stop};
}

import {setupWorker, type SetupWorker} from 'msw/browser';
import type {FakeOptinServer} from './handlers.js';

/**
 * Starts msw's service worker with the fake server's handlers and returns it.
 *
 * The test runner serves test pages at "/", outside the worker script's folder, so the worker is
 * registered for the scope "/". Browsers allow that only when the script's response carries
 * `Service-Worker-Allowed: /`, which the test runner config must add.
 */
export async function startFakeServerWorker(server: FakeOptinServer): Promise<SetupWorker> {
  const worker = setupWorker(...server.handlers);
  await worker.start({
    serviceWorker: {url: '/test/msw/mockServiceWorker.js', options: {scope: '/'}},
    quiet: true,
    onUnhandledRequest(request, print) {
      if (request.url.startsWith(server.baseUrl)) {
        print.error();
      }
    },
  });

  if (navigator.serviceWorker.controller === null) {
    throw new Error(
      'The msw service worker does not control the test page, so requests to the fake API ' +
        'would go to the network. Check that web-test-runner.config.mjs sends the header ' +
        '"Service-Worker-Allowed: /" with /test/msw/mockServiceWorker.js.',
    );
  }
  return worker;
}

/** Resolves once `condition` returns true, checking every 5 ms, or rejects after `timeoutMs`. */
export async function waitUntil(condition: () => boolean, timeoutMs = 2000): Promise<void> {
  const deadline = performance.now() + timeoutMs;
  while (!condition()) {
    if (performance.now() > deadline) {
      throw new Error(`Condition not met within ${timeoutMs} ms: ${condition.toString()}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

import {delay, http, HttpResponse, type HttpHandler, type JsonBodyType} from 'msw';
import type {IntentStatus} from '../../src/backend/types.js';
import {MockBackend} from '../../src/backend/mock.js';

/**
 * Base URL of the fake API. It is on the loopback address with the discard port, so a request
 * that msw fails to intercept is refused on this machine and goes nowhere else.
 */
export const FAKE_API_BASE = 'http://127.0.0.1:2/api/v1';

/** A request as the fake server received it. */
export interface RecordedRequest {
  method: string;
  url: string;
  headers: Record<string, string>;
  credentials: RequestCredentials;
  mode: RequestMode;
  cache: RequestCache;
  referrerPolicy: ReferrerPolicy;
  keepalive: boolean;
  body: string;
}

/**
 * A response that replaces the normal one: a status with optional headers and raw body,
 * `network-error` for a failed fetch (as after a CORS rejection), or `no-response` for a request
 * that never gets a response.
 */
export type ScriptedResponse =
  | {status: number; headers?: Record<string, string>; body?: string}
  | 'network-error'
  | 'no-response';

const DEFAULT_CONFIG = MockBackend.demoConfig;

// A real server must send these for the widget's origin. The service worker's responses are not
// checked by CORS, so here they only document the contract.
const CORS_HEADERS = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Expose-Headers': 'Retry-After',
};

/**
 * In-memory fake of the messenger-optin HTTP API for msw.
 *
 * It stores one intent per `intentId` and one status per reference, as the real server must.
 * Switches: `config` (any JSON value, valid or not), `latencyMs`, `respondNext()` for scripted
 * responses to the next requests, `respondAlways()`, and `confirm()` or `expire()` for statuses.
 */
export class FakeOptinServer {
  /** JSON value returned by `GET …/config`. Set it to an invalid value to test validation. */
  config: unknown = structuredClone(DEFAULT_CONFIG);
  /** Delay in ms before every response. */
  latencyMs = 0;
  /** Every request received, in order, scripted and failed ones included. */
  readonly requests: RecordedRequest[] = [];
  /** Stored intent bodies by `intentId`. */
  readonly intents = new Map<string, Record<string, unknown>>();
  /** Status of each reference that an intent was stored for. */
  readonly statuses = new Map<string, IntentStatus>();

  private scripted: ScriptedResponse[] = [];
  private scriptedByUrl: Array<{urlPart: string; response: ScriptedResponse}> = [];
  private persistent: ScriptedResponse | null = null;

  constructor(readonly baseUrl: string = FAKE_API_BASE) {}

  /** Uses `responses` for the next requests, one each, before normal handling resumes. */
  respondNext(...responses: ScriptedResponse[]): void {
    this.scripted.push(...responses);
  }

  /**
   * Uses `response` for the next request whose URL contains `urlPart`, before any other scripted
   * response, so a late request of an earlier test cannot take it.
   */
  respondNextTo(urlPart: string, response: ScriptedResponse): void {
    this.scriptedByUrl.push({urlPart, response});
  }

  /** Uses `response` for every request after the scripted ones, or stops that with `null`. */
  respondAlways(response: ScriptedResponse | null): void {
    this.persistent = response;
  }

  /** Marks `reference` as confirmed, as after the visitor's own message arrived. */
  confirm(reference: string): void {
    this.statuses.set(reference, 'confirmed');
  }

  /** Marks `reference` as expired. */
  expire(reference: string): void {
    this.statuses.set(reference, 'expired');
  }

  /** Restores the initial state: default config, no latency, nothing stored or scripted. */
  reset(): void {
    this.config = structuredClone(DEFAULT_CONFIG);
    this.latencyMs = 0;
    this.requests.length = 0;
    this.intents.clear();
    this.statuses.clear();
    this.scripted = [];
    this.scriptedByUrl = [];
    this.persistent = null;
  }

  /** Request handlers of the three operations, for `setupWorker` or Storybook's msw addon. */
  get handlers(): HttpHandler[] {
    return [
      http.get(`${this.baseUrl}/widgets/:widgetId/config`, async ({request}) => {
        return (await this.receive(request)) ?? json(200, this.config);
      }),

      http.post(`${this.baseUrl}/widgets/:widgetId/intents`, async ({request}) => {
        const body = await request.clone().text();
        return (await this.receive(request)) ?? this.storeIntent(body);
      }),

      http.get(`${this.baseUrl}/widgets/:widgetId/intents/:reference`, async ({request, params}) => {
        const scripted = await this.receive(request);
        if (scripted !== undefined) {
          return scripted;
        }
        const status = this.statuses.get(String(params.reference));
        if (status === undefined) {
          return json(404, {error: 'not-found', message: 'No intent was stored for this reference.'});
        }
        return json(200, {status});
      }),
    ];
  }

  /** Records the request, waits for the latency and returns a scripted response, if any. */
  private async receive(request: Request): Promise<Response | undefined> {
    this.requests.push({
      method: request.method,
      url: request.url,
      headers: Object.fromEntries(request.headers.entries()),
      credentials: request.credentials,
      mode: request.mode,
      cache: request.cache,
      referrerPolicy: request.referrerPolicy,
      keepalive: request.keepalive,
      body: await request.clone().text(),
    });
    if (this.latencyMs > 0) {
      await delay(this.latencyMs);
    }

    const matching = this.scriptedByUrl.findIndex(({urlPart}) => request.url.includes(urlPart));
    const scripted = matching >= 0
      ? this.scriptedByUrl.splice(matching, 1)[0].response
      : this.scripted.shift() ?? this.persistent;
    if (scripted === null) {
      return undefined;
    }
    if (scripted === 'network-error') {
      return HttpResponse.error();
    }
    if (scripted === 'no-response') {
      await delay('infinite');
      return undefined;
    }
    return new HttpResponse(scripted.body ?? null, {
      status: scripted.status,
      headers: {...CORS_HEADERS, 'Content-Type': 'application/json', ...scripted.headers},
    });
  }

  private storeIntent(body: string): Response {
    let intent: unknown;
    try {
      intent = JSON.parse(body);
    } catch {
      return json(400, {error: 'invalid-json', message: 'The body is not JSON.'});
    }
    if (typeof intent !== 'object' || intent === null) {
      return json(400, {error: 'invalid-intent', message: 'The body is not a JSON object.'});
    }
    const {intentId, reference} = intent as Record<string, unknown>;
    if (typeof intentId !== 'string' || typeof reference !== 'string') {
      return json(400, {error: 'invalid-intent', message: 'intentId and reference must be strings.'});
    }

    const stored = this.intents.get(intentId);
    if (stored !== undefined) {
      return json(200, {status: this.statuses.get(String(stored.reference)) ?? 'pending'});
    }
    this.intents.set(intentId, intent as Record<string, unknown>);
    if (!this.statuses.has(reference)) {
      this.statuses.set(reference, 'pending');
    }
    return json(202, {status: this.statuses.get(reference)});
  }
}

function json(status: number, body: unknown): Response {
  return HttpResponse.json(body as JsonBodyType, {status, headers: CORS_HEADERS});
}

import {BackendError, BackendHttpError, type BackendRequestInfo} from './errors.js';
import {copyIntent} from './intent.js';
import {sleep} from './signals.js';
import type {CallOptions, IntentStatus, OptinBackend, OptinIntent, WidgetConfig} from './types.js';
import {ownOption, parseWidgetConfig} from './validate.js';

/** Options of `MockBackend`. */
export interface MockBackendOptions {
  /** Config that `loadConfig` returns, or `null` to fail with HTTP 404. Default `demoConfig`. */
  config?: WidgetConfig | null;
  /** Delay in ms before every call settles. Default 0. */
  latencyMs?: number;
  /**
   * Delay in ms from the first intent of a reference to its simulated confirmation, as if the
   * visitor had sent the keyword then. With `null`, the default, nothing is confirmed on its own.
   */
  confirmAfterMs?: number | null;
}

/** Names of the `OptinBackend` methods that `MockBackend.calls` records. */
export type MockMethod = 'loadConfig' | 'recordIntent' | 'getIntentStatus';

/** One call that `MockBackend` received. */
export interface MockCall {
  method: MockMethod;
  /** Time of the call in ms since the Unix epoch. */
  at: number;
}

interface ReferenceState {
  recordedAt: number;
  /** Status set by `confirm()` or `expire()`, which takes precedence over the simulated one. */
  manualStatus: IntentStatus | undefined;
}

type FailureFactory = (request: BackendRequestInfo) => BackendError;

const DEMO_CONFIG: WidgetConfig = Object.freeze({
  businessName: 'Example Coffee Roasters',
  topic: 'new roasts and brewing tips, about twice a month',
  privacyUrl: 'https://example.com/privacy',
  keyword: 'Start',
  stopKeyword: 'Stop',
  channels: Object.freeze([
    Object.freeze({type: 'whatsapp', address: '+49 171 1234567'}),
    Object.freeze({type: 'messenger', address: 'examplecoffee'}),
    Object.freeze({type: 'telegram', address: 'ExampleCoffeeBot'}),
    Object.freeze({type: 'instagram', address: 'example.coffee'}),
  ]) as WidgetConfig['channels'],
});

/**
 * In-memory backend for the demo, tests and stories.
 *
 * It keeps one record per `intentId` and one status per reference, like the HTTP API. Failures
 * can be injected with `failNext()` and `failWith()`, and statuses driven with `confirm()` and
 * `expire()`. Errors name the same request paths as `HttpBackend`.
 */
export class MockBackend implements OptinBackend {
  /** A complete config with all four channels and fictitious addresses. */
  static readonly demoConfig: WidgetConfig = DEMO_CONFIG;

  private readonly config: WidgetConfig | null;
  private readonly latencyMs: number;
  private readonly confirmAfterMs: number | null;

  private recordedIntents: OptinIntent[] = [];
  private recordedCalls: MockCall[] = [];
  private references = new Map<string, ReferenceState>();
  private queuedFailures: FailureFactory[] = [];
  private persistentFailureStatus: number | null = null;

  constructor(options: MockBackendOptions = {}) {
    // Every option is read from an own property, because a page may have put keys such as
    // `config` on Object.prototype.
    const config = ownOption(options, 'config');
    this.config = config === undefined ? DEMO_CONFIG : config;

    const latencyMs = ownOption(options, 'latencyMs');
    this.latencyMs = latencyMs ?? 0;
    if (!(Number.isFinite(this.latencyMs) && this.latencyMs >= 0)) {
      throw new RangeError(
        `MockBackend latencyMs is ${String(latencyMs)}, expected a number of ms of 0 or more.`,
      );
    }
    const confirmAfterMs = ownOption(options, 'confirmAfterMs');
    this.confirmAfterMs = confirmAfterMs ?? null;
    if (this.confirmAfterMs !== null && !(Number.isFinite(this.confirmAfterMs) && this.confirmAfterMs >= 0)) {
      throw new RangeError(
        `MockBackend confirmAfterMs is ${String(confirmAfterMs)}, expected a number of ` +
          'ms of 0 or more, or null to never confirm.',
      );
    }
  }

  /** Copies of the intents stored so far, one per `intentId`, in the order they arrived. */
  get intents(): readonly OptinIntent[] {
    return this.recordedIntents.map((intent) => ({...intent}));
  }

  /** Every call received so far, failed and aborted ones included. */
  get calls(): readonly MockCall[] {
    return this.recordedCalls.map((call) => ({...call}));
  }

  /**
   * Makes the next `count` calls reject, after their latency, with `error`, or with an HTTP 503
   * error naming each call's request when `error` is omitted.
   */
  failNext(count: number, error?: BackendError): void {
    if (!(Number.isInteger(count) && count >= 0)) {
      throw new RangeError(`MockBackend failNext count is ${count}, expected a whole number of 0 or more.`);
    }
    const factory: FailureFactory = error ? () => error : (request) => new BackendHttpError(request, 503);
    for (let i = 0; i < count; i += 1) {
      this.queuedFailures.push(factory);
    }
  }

  /** Makes every call reject with an HTTP error of `status` until `reset()`. */
  failWith(status: number): void {
    if (!(Number.isInteger(status) && status >= 400 && status <= 599)) {
      throw new RangeError(`MockBackend failWith status is ${status}, expected an HTTP error status from 400 to 599.`);
    }
    this.persistentFailureStatus = status;
  }

  /** Sets the status of `reference` to `confirmed`, as if the visitor's message had arrived. */
  confirm(reference: string): void {
    this.setManualStatus(reference, 'confirmed');
  }

  /** Sets the status of `reference` to `expired`, as if no message arrived in time. */
  expire(reference: string): void {
    this.setManualStatus(reference, 'expired');
  }

  /** Clears injected failures, stored intents, statuses and the call log. */
  reset(): void {
    this.recordedIntents = [];
    this.recordedCalls = [];
    this.references = new Map();
    this.queuedFailures = [];
    this.persistentFailureStatus = null;
  }

  async loadConfig(request: {widgetId: string; locale: string}, options: CallOptions): Promise<WidgetConfig> {
    const info = {method: 'GET', path: `/widgets/${encodeURIComponent(request.widgetId)}/config`};
    await this.beginCall('loadConfig', info, options.signal);

    if (this.config === null) {
      throw new BackendHttpError(info, 404);
    }
    // Validating builds a fresh copy, so the caller cannot change the mock's config, and an
    // invalid config fails the same way as an invalid server response.
    return parseWidgetConfig(this.config, info);
  }

  async recordIntent(intent: OptinIntent, options: CallOptions): Promise<{status: IntentStatus}> {
    const info = {method: 'POST', path: `/widgets/${encodeURIComponent(intent.widgetId)}/intents`};
    const copy = copyIntent(intent);
    await this.beginCall('recordIntent', info, options.signal);

    const stored = this.recordedIntents.find((existing) => existing.intentId === copy.intentId);
    if (stored !== undefined) {
      return {status: this.statusOf(stored.reference)};
    }
    this.recordedIntents.push(copy);
    if (!this.references.has(copy.reference)) {
      this.references.set(copy.reference, {recordedAt: Date.now(), manualStatus: undefined});
    }
    return {status: this.statusOf(copy.reference)};
  }

  async getIntentStatus(
    request: {widgetId: string; reference: string},
    options: CallOptions,
  ): Promise<{status: IntentStatus}> {
    const widgetId = encodeURIComponent(request.widgetId);
    const info = {method: 'GET', path: `/widgets/${widgetId}/intents/${encodeURIComponent(request.reference)}`};
    await this.beginCall('getIntentStatus', info, options.signal);

    if (!this.references.has(request.reference)) {
      throw new BackendHttpError(info, 404);
    }
    return {status: this.statusOf(request.reference)};
  }

  /** Logs the call, waits for the latency and throws an injected failure, if any. */
  private async beginCall(method: MockMethod, info: BackendRequestInfo, signal: AbortSignal): Promise<void> {
    this.recordedCalls.push({method, at: Date.now()});
    await sleep(this.latencyMs, signal);

    const queued = this.queuedFailures.shift();
    if (queued !== undefined) {
      throw queued(info);
    }
    if (this.persistentFailureStatus !== null) {
      throw new BackendHttpError(info, this.persistentFailureStatus);
    }
  }

  private statusOf(reference: string): IntentStatus {
    const state = this.references.get(reference);
    if (state === undefined) {
      return 'pending';
    }
    if (state.manualStatus !== undefined) {
      return state.manualStatus;
    }
    const confirmed = this.confirmAfterMs !== null && Date.now() - state.recordedAt >= this.confirmAfterMs;
    return confirmed ? 'confirmed' : 'pending';
  }

  private setManualStatus(reference: string, status: IntentStatus): void {
    const state = this.references.get(reference);
    if (state === undefined) {
      this.references.set(reference, {recordedAt: Date.now(), manualStatus: status});
    } else {
      state.manualStatus = status;
    }
  }
}

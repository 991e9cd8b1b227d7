import type {ReactiveController, ReactiveControllerHost} from 'lit';
import type {IntentStatus, OptinBackend} from './backend/types.js';

/** Timing of the status checks, in ms. */
export interface PollTiming {
  /** Delay before the first check. */
  initialDelayMs: number;
  /** Factor by which the delay grows after each check. */
  backoffFactor: number;
  /** Largest delay between two checks. */
  maxDelayMs: number;
  /** Time after recording at which checking stops for good. */
  giveUpAfterMs: number;
}

export const DEFAULT_POLL_TIMING: PollTiming = {
  initialDelayMs: 2000,
  backoffFactor: 1.5,
  maxDelayMs: 30_000,
  giveUpAfterMs: 10 * 60_000,
};

/** Callbacks through which the poller reports to its host. */
export interface PollCallbacks {
  onStatus(status: IntentStatus): void;
  /** Called once when checking stops without a final status, with the last error if any. */
  onGiveUp(lastError: unknown): void;
}

/**
 * Asks a backend for an intent's status until it is `confirmed` or `expired`. It checks only
 * while the page is visible, waits longer after each check, and stops after `giveUpAfterMs`.
 * It pauses while the host is disconnected, so no timer or listener outlives the element, and
 * resumes when the host is connected again, e.g. after being moved in the page.
 */
export class StatusPoller implements ReactiveController {
  private timer: ReturnType<typeof setTimeout> | undefined;
  private abort: AbortController | undefined;
  private active: {
    backend: OptinBackend;
    request: {widgetId: string; reference: string};
    callbacks: PollCallbacks;
    startedAt: number;
    delayMs: number;
    lastError: unknown;
  } | undefined;

  constructor(host: ReactiveControllerHost, private readonly timing: PollTiming = DEFAULT_POLL_TIMING) {
    host.addController(this);
  }

  /** Starts checking the intent with `reference`, replacing any earlier check. */
  start(backend: OptinBackend, request: {widgetId: string; reference: string}, callbacks: PollCallbacks): void {
    if (!backend.getIntentStatus) {
      return;
    }
    this.stop();
    this.active = {backend, request, callbacks, startedAt: Date.now(), delayMs: this.timing.initialDelayMs, lastError: undefined};
    document.addEventListener('visibilitychange', this.handleVisibilityChange);
    this.schedule();
  }

  /** Stops checking and clears the timer and the listener. */
  stop(): void {
    this.pause();
    this.active = undefined;
  }

  /** Whether a check is scheduled or running. */
  get polling(): boolean {
    return this.active !== undefined;
  }

  hostConnected(): void {
    if (this.active) {
      document.addEventListener('visibilitychange', this.handleVisibilityChange);
      this.schedule();
    }
  }

  hostDisconnected(): void {
    this.pause();
  }

  /** Clears the timer, the request in flight and the listener, but keeps what is being checked. */
  private pause(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    this.abort?.abort();
    this.abort = undefined;
    document.removeEventListener('visibilitychange', this.handleVisibilityChange);
  }

  private readonly handleVisibilityChange = (): void => {
    if (!this.active) {
      return;
    }
    if (document.visibilityState === 'hidden') {
      clearTimeout(this.timer);
      this.timer = undefined;
    } else if (this.timer === undefined && this.abort === undefined) {
      this.schedule();
    }
  };

  private schedule(): void {
    const active = this.active;
    if (!active || document.visibilityState === 'hidden') {
      return;
    }
    const remaining = active.startedAt + this.timing.giveUpAfterMs - Date.now();
    if (remaining <= 0) {
      this.giveUp();
      return;
    }
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.check();
    }, Math.min(active.delayMs, remaining));
  }

  private async check(): Promise<void> {
    const active = this.active;
    if (!active?.backend.getIntentStatus) {
      return;
    }
    const abort = new AbortController();
    this.abort = abort;
    try {
      const {status} = await active.backend.getIntentStatus(active.request, {signal: abort.signal});
      if (abort.signal.aborted || this.active !== active) {
        return;
      }
      this.abort = undefined;
      if (status === 'confirmed' || status === 'expired') {
        this.stop();
        active.callbacks.onStatus(status);
        return;
      }
    } catch (error) {
      if (abort.signal.aborted || this.active !== active) {
        return;
      }
      this.abort = undefined;
      active.lastError = error;
    }
    active.delayMs = Math.min(active.delayMs * this.timing.backoffFactor, this.timing.maxDelayMs);
    this.schedule();
  }

  private giveUp(): void {
    const active = this.active;
    this.stop();
    active?.callbacks.onGiveUp(active.lastError);
  }
}

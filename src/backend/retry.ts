import {BackendHttpError, BackendNetworkError, BackendTimeoutError} from './errors.js';

/** Upper bound of the first retry's delay in ms. Each further retry doubles it. */
export const RETRY_BASE_DELAY_MS = 250;
/** Maximum upper bound of a retry delay computed by backoff, in ms. */
export const RETRY_MAX_DELAY_MS = 4000;
/** Maximum delay in ms taken from a `Retry-After` header. A longer requested delay is cut to it. */
export const RETRY_AFTER_MAX_MS = 10_000;

/**
 * Returns whether a failed attempt may succeed when repeated: network errors, timeouts,
 * HTTP 429 and 5xx. Other 4xx and invalid responses would fail the same way again.
 */
export function isRetryable(error: unknown): boolean {
  if (error instanceof BackendNetworkError || error instanceof BackendTimeoutError) {
    return true;
  }
  return error instanceof BackendHttpError && (error.status === 429 || error.status >= 500);
}

/**
 * Returns the delay in ms before retry number `retry` (0 for the first), using exponential
 * backoff with full jitter: uniform in [0, min(max, base · 2^retry)). `random` returns a
 * number in [0, 1), like `Math.random`.
 */
export function backoffDelay(retry: number, random: () => number): number {
  const ceiling = Math.min(RETRY_MAX_DELAY_MS, RETRY_BASE_DELAY_MS * 2 ** retry);
  return random() * ceiling;
}

/**
 * Parses a `Retry-After` header value, given either as seconds or as an HTTP date, into ms from
 * `nowMs`. Returns undefined when the value is missing or invalid, and 0 for a date in the past.
 */
export function parseRetryAfter(value: string | null, nowMs: number): number | undefined {
  if (value === null) {
    return undefined;
  }
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) {
    return Number(trimmed) * 1000;
  }
  const dateMs = Date.parse(trimmed);
  if (Number.isNaN(dateMs)) {
    return undefined;
  }
  return Math.max(0, dateMs - nowMs);
}

/** Returns the delay in ms before retry number `retry` after `error`. */
export function retryDelay(error: unknown, retry: number, random: () => number): number {
  if (error instanceof BackendHttpError && error.retryAfterMs !== undefined) {
    return Math.min(error.retryAfterMs, RETRY_AFTER_MAX_MS);
  }
  return backoffDelay(retry, random);
}

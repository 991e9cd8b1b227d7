/** Failure class of a backend call, which `kind` identifies without `instanceof`. */
export type BackendErrorKind = 'timeout' | 'network' | 'http' | 'invalid-response';

/** The request a backend error belongs to. */
export interface BackendRequestInfo {
  /** HTTP method, e.g. `GET`. */
  method: string;
  /** Path of the API operation relative to the backend URL, e.g. `/widgets/shop/config`. */
  path: string;
  /** Absolute URL that was requested, where the backend is an HTTP one. */
  url?: string;
}

/**
 * Base class of every error a backend client rejects with, except a caller's abort, which
 * rejects with the abort signal's reason.
 */
export class BackendError extends Error {
  override name = 'BackendError';
  readonly kind: BackendErrorKind;
  readonly method: string;
  readonly path: string;
  readonly url: string | undefined;

  constructor(
    kind: BackendErrorKind,
    request: BackendRequestInfo,
    message: string,
    options?: {cause?: unknown},
  ) {
    super(message, options);
    this.kind = kind;
    this.method = request.method;
    this.path = request.path;
    this.url = request.url;
  }
}

/** No response arrived within the time limit of one attempt. */
export class BackendTimeoutError extends BackendError {
  override name = 'BackendTimeoutError';
  declare readonly kind: 'timeout';
  readonly timeoutMs: number;

  constructor(request: BackendRequestInfo, timeoutMs: number) {
    super(
      'timeout',
      request,
      `${request.method} ${request.path} timed out after ${timeoutMs} ms. ` +
        'Check that the backend URL points at a running server.',
    );
    this.timeoutMs = timeoutMs;
  }
}

/** The request failed before any response arrived: offline, DNS, TLS or a CORS rejection. */
export class BackendNetworkError extends BackendError {
  override name = 'BackendNetworkError';
  declare readonly kind: 'network';

  constructor(request: BackendRequestInfo, cause: unknown) {
    super(
      'network',
      request,
      `${request.method} ${request.path} failed before a response arrived ` +
        '(network error or CORS rejection). Check that the server is reachable and that it ' +
        "sends Access-Control-Allow-Origin with this page's origin.",
      {cause},
    );
  }
}

/** The server responded with a status outside 200–299. */
export class BackendHttpError extends BackendError {
  override name = 'BackendHttpError';
  declare readonly kind: 'http';
  readonly status: number;
  /** Delay in ms that the response's `Retry-After` header requested, if it had a valid one. */
  readonly retryAfterMs: number | undefined;

  constructor(request: BackendRequestInfo, status: number, retryAfterMs?: number) {
    super(
      'http',
      request,
      `${request.method} ${request.path} failed with HTTP ${status}. ${adviceForStatus(status)}`,
    );
    this.status = status;
    this.retryAfterMs = retryAfterMs;
  }
}

/** The response body is not JSON, or a field in it is missing or invalid. */
export class BackendInvalidResponseError extends BackendError {
  override name = 'BackendInvalidResponseError';
  declare readonly kind: 'invalid-response';
  /** Location of the invalid value, e.g. `channels[1].type`, or undefined for the whole body. */
  readonly field: string | undefined;

  /** `problem` completes the sentence "… returned an invalid response: ", e.g. `x is 3, expected …`. */
  constructor(request: BackendRequestInfo, problem: string, field?: string, cause?: unknown) {
    super(
      'invalid-response',
      request,
      `${request.method} ${request.path} returned an invalid response: ${problem}. ` +
        'Check that the server implements the messenger-optin HTTP API.',
      {cause},
    );
    this.field = field;
  }
}

/** Returns whether `error` is a backend error of the given kind, or of any kind. */
export function isBackendError(error: unknown, kind?: BackendErrorKind): error is BackendError {
  return error instanceof BackendError && (kind === undefined || error.kind === kind);
}

function adviceForStatus(status: number): string {
  if (status === 404) {
    return 'Check the widget id and the backend URL.';
  }
  if (status === 401 || status === 403) {
    return 'The server must accept these requests without cookies or other credentials.';
  }
  if (status === 429) {
    return 'The server is rate limiting requests. Try again later.';
  }
  if (status >= 500) {
    return 'The server failed. Check its log.';
  }
  return 'The server rejected the request. Check its log for the reason.';
}

// Public API without side effects: importing this module registers nothing. Import
// `messenger-optin/define` to register the <messenger-optin> element.
export {MessengerOptin} from './messenger-optin.js';
export type {
  OptinBackend,
  WidgetConfig,
  ChannelAddress,
  OptinIntent,
  IntentStatus,
  UiAction,
  CallOptions,
} from './backend/types.js';
export {MockBackend, type MockBackendOptions} from './backend/mock.js';
export {HttpBackend, type HttpBackendOptions} from './backend/http.js';
export {
  BackendError,
  BackendHttpError,
  BackendInvalidResponseError,
  BackendNetworkError,
  BackendTimeoutError,
  isBackendError,
  type BackendErrorKind,
  type BackendRequestInfo,
} from './backend/errors.js';
export {CHANNEL_IDS, type ChannelId} from './channels/types.js';
export type {
  OptinStartDetail,
  OptinStartVia,
  OptinPrivacyToggleDetail,
  OptinRecordedDetail,
  OptinConfirmedDetail,
  OptinErrorDetail,
  OptinErrorPhase,
  MessengerOptinEventMap,
} from './events.js';
export {LAYOUTS, VARIANTS, THEMES, DESKTOP_MODES, type Layout, type Variant, type Theme, type DesktopMode} from './options.js';
export {VERSION} from './version.js';

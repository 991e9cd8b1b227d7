// The element's backend calls: loading and checking the configuration, and building and sending
// an opt-in intent. The element imports this module only once it has a backend, so pages that
// work from attributes alone never download it.
import {VERSION} from '../version.js';
import {clientTimestamp, createIntentId, pagePlacement, sha256Hex} from './intent.js';
import type {OptinBackend, OptinIntent, WidgetConfig} from './types.js';
import {parseWidgetConfig} from './validate.js';

export {StatusPoller} from '../status-poller.js';

/**
 * Loads the configuration of `widgetId` from `backend` and validates it, because a custom
 * backend may return anything. Rejects with the backend's error or with the validation error.
 */
export async function loadWidgetConfig(
  backend: OptinBackend,
  {widgetId, locale}: {widgetId: string; locale: string},
  signal: AbortSignal,
): Promise<WidgetConfig> {
  const loaded: unknown = await backend.loadConfig({widgetId, locale}, {signal});
  return parseWidgetConfig(loaded, {method: 'GET', path: `/widgets/${encodeURIComponent(widgetId)}/config`});
}

/** The fields of an opt-in intent that come from the element at the moment of the activation. */
export type IntentFields = Pick<
  OptinIntent,
  'reference' | 'widgetId' | 'channel' | 'locale' | 'businessName' | 'consentText' | 'privacyUrl' | 'uiAction'
>;

/**
 * Completes an intent with its id, the hash of the consent text, the widget version, the page's
 * placement and the time, and sends it to `backend`. Resolves with the intent id once the backend
 * accepted it.
 */
export async function recordOptinIntent(
  backend: OptinBackend,
  fields: IntentFields,
  location: Pick<Location, 'origin' | 'pathname'>,
): Promise<string> {
  const intentId = createIntentId();
  const intent: OptinIntent = {
    ...fields,
    intentId,
    consentTextSha256: await sha256Hex(fields.consentText),
    widgetVersion: VERSION,
    placement: pagePlacement(location),
    clientTimestamp: clientTimestamp(new Date()),
  };
  await backend.recordIntent(intent, {signal: new AbortController().signal});
  return intentId;
}

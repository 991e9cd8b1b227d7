import type {OptinIntent} from '../../src/backend/types.js';

/** Returns a complete intent with fixed values, changed by `overrides`. */
export function sampleIntent(overrides: Partial<OptinIntent> = {}): OptinIntent {
  return {
    intentId: '3f0c6d1e-8a2b-4c5d-9e7f-1a2b3c4d5e6f',
    reference: 'r-7Kq2xP9m',
    widgetId: 'shop',
    channel: 'whatsapp',
    locale: 'de',
    businessName: 'Example Coffee Roasters',
    consentText: 'Ja, ich möchte den Newsletter von Example Coffee Roasters über WhatsApp erhalten.',
    consentTextSha256: '0'.repeat(64),
    privacyUrl: 'https://example.com/privacy',
    widgetVersion: '0.1.0',
    placement: 'https://shop.example/newsletter',
    clientTimestamp: '2026-12-04T20:28:34.123Z',
    uiAction: 'click',
    ...overrides,
  };
}

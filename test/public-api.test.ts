import {expect} from '@open-wc/testing';
import * as api from '../src/index.js';
import type {
  MessengerOptinEventMap,
  OptinConfirmedDetail,
  OptinErrorDetail,
  OptinPrivacyToggleDetail,
  OptinRecordedDetail,
  OptinStartDetail,
} from '../src/index.js';

// The type annotations below fail `tsc` (part of `npm test`) when a documented type is no
// longer exported or an event is no longer typed on `document`.
describe('public API', () => {
  it('exports classes and constants', () => {
    expect(api.MessengerOptin).to.be.a('function');
    expect(api.MockBackend).to.be.a('function');
    expect(api.HttpBackend).to.be.a('function');
    expect(api.BackendError).to.be.a('function');
    expect(api.CHANNEL_IDS).to.deep.equal(['whatsapp', 'messenger', 'telegram', 'instagram']);
    expect(api.LAYOUTS).to.deep.equal(['buttons', 'list', 'icons']);
  });

  it('registers nothing on import', () => {
    // This file imports only the side-effect-free entry, and runs in its own page.
    expect(customElements.get('messenger-optin')).to.equal(undefined);
  });

  it('types event details on document', () => {
    const seen: string[] = [];
    const onStart = (event: CustomEvent<OptinStartDetail>) => seen.push(event.detail.via);
    const onToggle = (event: CustomEvent<OptinPrivacyToggleDetail>) => seen.push(String(event.detail.open));
    const onRecorded = (event: CustomEvent<OptinRecordedDetail>) => seen.push(event.detail.intentId);
    const onConfirmed = (event: CustomEvent<OptinConfirmedDetail>) => seen.push(event.detail.reference);
    const onError = (event: CustomEvent<OptinErrorDetail>) => seen.push(event.detail.phase);
    document.addEventListener('optin-start', onStart);
    document.addEventListener('optin-privacy-toggle', onToggle);
    document.addEventListener('optin-recorded', onRecorded);
    document.addEventListener('optin-confirmed', onConfirmed);
    document.addEventListener('optin-error', onError);
    const names: Array<keyof MessengerOptinEventMap> = ['optin-error'];
    document.dispatchEvent(new CustomEvent(names[0], {detail: {phase: 'config', message: 'test'}}));
    document.removeEventListener('optin-start', onStart);
    document.removeEventListener('optin-privacy-toggle', onToggle);
    document.removeEventListener('optin-recorded', onRecorded);
    document.removeEventListener('optin-confirmed', onConfirmed);
    document.removeEventListener('optin-error', onError);
    expect(seen).to.deep.equal(['config']);
  });
});

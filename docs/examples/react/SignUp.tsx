import 'messenger-optin/define';
import {MockBackend, type MessengerOptin, type OptinBackend, type OptinConfirmedDetail, type OptinStartDetail} from 'messenger-optin';

// Declares the props of <messenger-optin> for TypeScript. String values use the attribute names.
declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
      'messenger-optin': HTMLAttributes<MessengerOptin> &
        Partial<Record<'whatsapp' | 'messenger' | 'telegram' | 'instagram' | 'business-name' | 'topic' | 'privacy-url', string>> & {
          backend?: OptinBackend;
          'onoptin-start'?: (event: CustomEvent<OptinStartDetail>) => void;
          'onoptin-confirmed'?: (event: CustomEvent<OptinConfirmedDetail>) => void;
        };
    }
  }
}

// Demo only: keeps intents in memory and confirms each one after 5 s. It serves
// MockBackend.demoConfig, so the attributes below repeat its values. Created once, outside the
// component, because a new backend on each render would make the widget reload its configuration.
const backend = new MockBackend({confirmAfterMs: 5000});

export function SignUp({onSubscribed}: {onSubscribed?: (detail: OptinConfirmedDetail) => void}) {
  return (
    <messenger-optin
      whatsapp="+49 171 1234567"
      messenger="examplecoffee"
      telegram="ExampleCoffeeBot"
      instagram="example.coffee"
      business-name="Example Coffee Roasters"
      topic="new roasts and brewing tips, about twice a month"
      privacy-url="https://example.com/privacy"
      backend={backend}
      onoptin-start={(event) => console.info(`Sign-up started on ${event.detail.channel} via ${event.detail.via}`)}
      onoptin-confirmed={(event) => onSubscribed?.(event.detail)}
    />
  );
}

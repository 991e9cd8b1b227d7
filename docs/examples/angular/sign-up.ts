import {Component, CUSTOM_ELEMENTS_SCHEMA, output} from '@angular/core';
import 'messenger-optin/define';
import {MockBackend, type OptinConfirmedDetail, type OptinStartDetail} from 'messenger-optin';

@Component({
  selector: 'app-sign-up',
  // Lets the template contain <messenger-optin> and bind any of its properties.
  schemas: [CUSTOM_ELEMENTS_SCHEMA],
  template: `
    <messenger-optin
      whatsapp="+49 171 1234567"
      messenger="examplecoffee"
      telegram="ExampleCoffeeBot"
      instagram="example.coffee"
      business-name="Example Coffee Roasters"
      [attr.topic]="topic"
      privacy-url="https://example.com/privacy"
      [backend]="backend"
      (optin-start)="onStart($event)"
      (optin-confirmed)="subscribed.emit($event.detail)"
    ></messenger-optin>
  `,
})
export class SignUp {
  readonly subscribed = output<OptinConfirmedDetail>();

  protected readonly topic = 'new roasts and brewing tips, about twice a month';

  // Demo only: keeps intents in memory and confirms each one after 5 s. It serves
  // MockBackend.demoConfig, so the attributes above repeat its values.
  protected readonly backend = new MockBackend({confirmAfterMs: 5000});

  protected onStart(event: CustomEvent<OptinStartDetail>): void {
    console.info(`Sign-up started on ${event.detail.channel} via ${event.detail.via}`);
  }
}

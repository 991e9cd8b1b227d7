// The script-tag bundle registers the element, as on a site owner's page. The mock backend comes
// from the npm build, because the bundle does not include it.
import '../../dist/cdn/messenger-optin.js';
import {MockBackend} from '../../dist/backend/mock.js';

const log = document.getElementById('log');
const stay = document.getElementById('stay');

// Configuration the mock backend returns for each widget. The German one has its topic in German.
const configs = {
  'demo-en': MockBackend.demoConfig,
  'demo-de': {...MockBackend.demoConfig, topic: 'neue Röstungen und Brühtipps, etwa zweimal im Monat'},
};

for (const widget of document.querySelectorAll('messenger-optin[widget-id]')) {
  widget.backend = new MockBackend({
    config: configs[widget.widgetId],
    latencyMs: 300,
    confirmAfterMs: 5000,
  });
}

// Keeps the demo on this page by stopping the link's navigation. Cancelling optin-start would do
// that too, but it would also skip recording the intent, which the demo is meant to show.
function stayOnPage(event) {
  const onMessengerLink = event.composedPath().some((node) =>
    node instanceof HTMLAnchorElement && (node.part.contains('channel') || node.part.contains('qr-link')));
  if (stay.checked && onMessengerLink) {
    event.preventDefault();
  }
}
document.addEventListener('click', stayOnPage);
document.addEventListener('auxclick', stayOnPage);

const eventNames = ['optin-start', 'optin-recorded', 'optin-confirmed', 'optin-privacy-toggle', 'optin-error'];
for (const name of eventNames) {
  document.addEventListener(name, (event) => {
    const item = document.createElement('li');
    const {cause, ...detail} = event.detail;
    item.textContent = `${new Date().toLocaleTimeString()} ${name} ${JSON.stringify(detail)}`;
    log.prepend(item);
  });
}

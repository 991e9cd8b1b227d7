// The HTML pages that .scripts/bench.mjs loads, and the probe script that measures in them.

/** URL path of the widget's script-tag bundle on the benchmark server. */
export const WIDGET_SCRIPT_PATH = '/widget/messenger-optin.js';

/** URL path of the baseline bundle on the benchmark server. */
export const BASELINE_SCRIPT_PATH = '/baseline/bench-baseline.js';

/** Base URL of the fake backend on the benchmark server. */
export const BACKEND_PATH = '/api';

/**
 * The elements under test. `selector` and `perElement` define "rendered": the element's shadow
 * root contains exactly `perElement` matches of `selector`. The widget's four channel links come
 * from its attributes, or from the backend's configuration, which also has four channels. The
 * page alone (`none`) loads no script, as a reference for the work of the page itself.
 */
export const SUBJECTS = {
  widget: {tag: 'messenger-optin', scriptPath: WIDGET_SCRIPT_PATH, selector: 'a.channel[href]', perElement: 4},
  baseline: {tag: 'bench-baseline', scriptPath: BASELINE_SCRIPT_PATH, selector: 'button', perElement: 1},
  none: {tag: null, scriptPath: null, selector: null, perElement: 0},
};

// The benchmark runs after a build, so it takes the demo configuration from the built package,
// which imports in Node without a DOM.
const {MockBackend} = await import('../../dist/index.js');

/** The configuration that the fake backend serves: `MockBackend.demoConfig`. */
export const DEMO_CONFIG = MockBackend.demoConfig;

// The same configuration as attributes, so the attribute and backend pages render the same links
// and texts.
const WIDGET_ATTRIBUTES = [
  ...DEMO_CONFIG.channels.map(({type, address}) => `${type}="${address}"`),
  `business-name="${DEMO_CONFIG.businessName}"`,
  `topic="${DEMO_CONFIG.topic}"`,
  `privacy-url="${DEMO_CONFIG.privacyUrl}"`,
].join(' ');

const FILLER_TEXT =
  'Our roastery opened in 2009 in a former print shop. We buy green coffee from a few farms we ' +
  'visit every year, roast twice a week in small batches and ship within two days of roasting.';

/**
 * Records layout shifts, long tasks and the first contentful paint from navigation start. It runs
 * in the page as a classic script in <head>, so it starts before the module script. Its
 * `window.__bench.result()` waits for the first render, then for two frames and `settleMs` so
 * that late layout-shift and long-task entries arrive, and returns the measurements. Times are ms
 * of `performance.now()`, whose zero is navigation start.
 */
function pageProbe({tag, count, selector, perElement, scriptPath, settleMs, timeoutMs, measureHeights}) {
  const layoutShifts = [];
  const longTasks = [];
  const unsupportedEntryTypes = [];
  let firstContentfulPaint = null;

  function observe(type, onEntry) {
    if (!PerformanceObserver.supportedEntryTypes.includes(type)) {
      unsupportedEntryTypes.push(type);
      return;
    }
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        onEntry(entry);
      }
    }).observe({type, buffered: true});
  }

  observe('layout-shift', (entry) => {
    if (!entry.hadRecentInput) {
      layoutShifts.push({value: entry.value, startTime: entry.startTime});
    }
  });
  observe('longtask', (entry) => {
    longTasks.push({startTime: entry.startTime, duration: entry.duration});
  });
  // Long animation frames name the scripts that ran in them, so the time of the subject's own
  // scripts (the bundle and its chunks) in each long frame is separated from the page's.
  const scriptDirectory = scriptPath ? new URL(scriptPath.replace(/[^/]*$/, ''), location.href).href : null;
  const frameScriptTimes = [];
  observe('long-animation-frame', (frame) => {
    const own = frame.scripts.filter((script) => scriptDirectory && script.sourceURL.startsWith(scriptDirectory));
    frameScriptTimes.push({
      startTime: frame.startTime,
      duration: frame.duration,
      scriptMs: own.reduce((sum, script) => sum + script.duration, 0),
    });
  });
  observe('paint', (entry) => {
    if (entry.name === 'first-contentful-paint') {
      firstContentfulPaint = entry.startTime;
    }
  });

  const nextFrame = () => new Promise((resolve) => requestAnimationFrame(() => resolve()));
  const isRendered = (element) =>
    element.shadowRoot !== null && element.shadowRoot.querySelectorAll(selector).length === perElement;
  const heightOf = (element) => element.getBoundingClientRect().height;

  // Resolves after the main thread has produced the next frame: Chromium runs the
  // requestAnimationFrame callbacks, style, layout and paint in one task, and the message is a
  // task queued behind it.
  function afterNextFrame() {
    return new Promise((resolve) => {
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => resolve(performance.now());
        channel.port2.postMessage(null);
      });
    });
  }

  // The module script runs after the document is parsed, so every element exists by the time the
  // tag is defined. An element whose first update has not rendered its content yet (the widget
  // while a backend's configuration loads) is checked again in the next frame. The heights of
  // the first element after its first update and at the end show whether the space it kept
  // while loading was enough. Reading them forces a layout inside the rendering task, so only
  // the layout-shift pages read them (`measureHeights`).
  async function waitForRender() {
    if (!tag) {
      // The page alone: its "render" is the end of parsing.
      if (document.readyState === 'loading') {
        await new Promise((resolve) => document.addEventListener('DOMContentLoaded', resolve, {once: true}));
      }
      const renderedAt = performance.now();
      return {definedAt: renderedAt, renderedAt, paintedAt: await afterNextFrame(), firstHeight: null, finalHeight: null};
    }
    await customElements.whenDefined(tag);
    const definedAt = performance.now();
    let firstHeight = null;
    for (;;) {
      const elements = [...document.querySelectorAll(tag)];
      await Promise.all(elements.map((element) => element.updateComplete));
      if (measureHeights && firstHeight === null && elements.length > 0) {
        firstHeight = heightOf(elements[0]);
      }
      if (elements.length === count && elements.every(isRendered)) {
        const renderedAt = performance.now();
        const paintedAt = await afterNextFrame();
        const finalHeight = measureHeights ? heightOf(elements[0]) : null;
        return {definedAt, renderedAt, paintedAt, firstHeight, finalHeight};
      }
      if (performance.now() > timeoutMs) {
        const done = elements.filter(isRendered).length;
        throw new Error(`${done} of ${count} <${tag}> elements rendered ${perElement} × "${selector}" ` +
          `within ${timeoutMs} ms of navigation start.`);
      }
      await nextFrame();
    }
  }

  const rendered = waitForRender();
  // The rejection is read by result(); this only keeps it from being logged as unhandled.
  rendered.catch(() => {});

  window.__bench = {
    async result() {
      const times = await rendered;
      await nextFrame();
      await nextFrame();
      await new Promise((resolve) => setTimeout(resolve, settleMs));
      const script = scriptPath ? performance.getEntriesByName(new URL(scriptPath, location.href).href)[0] : null;
      return {
        ...times,
        scriptResponseEnd: script?.responseEnd ?? null,
        firstContentfulPaint,
        layoutShifts,
        longTasks,
        frameScriptTimes,
        unsupportedEntryTypes,
      };
    },
  };
}

/** Returns the page HTML. `probe` adds the measuring script, with the options of `pageProbe`. */
function renderPage({title, scriptPath, probe, body}) {
  const probeScript = probe ? `<script>(${pageProbe})(${JSON.stringify(probe)});</script>` : '';
  // The script tag of the README's snippet. `async` runs the module as soon as it has arrived, in
  // a task of its own. `blocking="render"` keeps Chromium from painting the page before that, so
  // the widget is drawn in the first frame and moves nothing.
  const moduleScript = scriptPath ? `<script type="module" async blocking="render" src="${scriptPath}"></script>` : '';
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
<style>body { font-family: system-ui, sans-serif; margin: 1rem auto; max-width: 60rem; padding: 0 1rem; }</style>
${probeScript}
${moduleScript}
</head>
<body>
<h1>${title}</h1>
${body}
</body>
</html>
`;
}

/**
 * Returns the markup of one element. With `backend`, the widget loads its configuration from the
 * fake backend. With `attributes` too, it also has the same values as attributes, as the README
 * advises, so it shows them while the configuration loads.
 */
function elementMarkup(subjectName, {backend = false, attributes = !backend} = {}) {
  if (subjectName === 'baseline') {
    return '<bench-baseline></bench-baseline>';
  }
  if (subjectName === 'none') {
    return '';
  }
  const parts = [backend ? `backend-url="${BACKEND_PATH}"` : '', attributes ? WIDGET_ATTRIBUTES : ''];
  return `<messenger-optin ${parts.filter(Boolean).join(' ')}></messenger-optin>`;
}

function fillerParagraphs(count) {
  return Array.from({length: count}, () => `<p>${FILLER_TEXT}</p>`).join('\n');
}

/**
 * Returns a page with `count` elements of `subjectName` and the probe, as used for the first
 * render, the layout shift and the long tasks. `backend` and `attributes` are those of
 * `elementMarkup`. Three paragraphs follow the elements. The other options are those of
 * `pageProbe`.
 */
export function measuredPage(subjectName, {count, backend = false, attributes = !backend, settleMs, timeoutMs, measureHeights = false}) {
  const subject = SUBJECTS[subjectName];
  const elements = Array.from({length: count}, () => elementMarkup(subjectName, {backend, attributes})).join('\n');
  return renderPage({
    title: subject.tag
      ? `${count} × <${subject.tag}>${backend ? ' with backend-url' : ''}`.replace(/</g, '&lt;')
      : 'The page alone',
    scriptPath: subject.scriptPath,
    probe: {
      tag: subject.tag,
      count,
      selector: subject.selector,
      perElement: subject.perElement,
      scriptPath: subject.scriptPath,
      settleMs,
      timeoutMs,
      measureHeights,
    },
    body: `${elements}\n${fillerParagraphs(3)}`,
  });
}

/**
 * Returns a page for the byte counts: one widget, with or without `backend-url`, or none, and the
 * same heading and paragraphs in each case. It has no probe, so it loads only what a real page would.
 */
export function bytesPage({widget, backend = false}) {
  return renderPage({
    title: 'Example Coffee Roasters',
    scriptPath: widget ? WIDGET_SCRIPT_PATH : null,
    probe: null,
    body: `${widget ? elementMarkup('widget', {backend}) : ''}\n${fillerParagraphs(3)}`,
  });
}

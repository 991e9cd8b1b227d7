// Records every Content-Security-Policy violation of this page in window.cspViolations. It is the
// first script of the page, so it also records violations caused by the scripts after it.
window.cspViolations = [];
window.addEventListener('securitypolicyviolation', (event) => {
  window.cspViolations.push({
    directive: event.effectiveDirective,
    blockedUri: event.blockedURI,
    source: `${event.sourceFile}:${event.lineNumber}`,
    sample: event.sample,
  });
});

// Records errors and unhandled rejections of this page in window.pageErrors, and console warnings
// in window.pageWarnings. It is the first script of the page, so it also records those of the
// scripts after it.
window.pageErrors = [];
window.addEventListener('error', (event) => window.pageErrors.push(String(event.error ?? event.message)));
window.addEventListener('unhandledrejection', (event) => window.pageErrors.push(String(event.reason)));

window.pageWarnings = [];
const originalWarn = console.warn;
console.warn = (...args) => {
  window.pageWarnings.push(args.map(String).join(' '));
  originalWarn.apply(console, args);
};

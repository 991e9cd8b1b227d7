// Records errors and unhandled rejections of this page in window.pageErrors. It is the first
// script of the page, so it also records errors of the scripts after it.
window.pageErrors = [];
window.addEventListener('error', (event) => window.pageErrors.push(String(event.error ?? event.message)));
window.addEventListener('unhandledrejection', (event) => window.pageErrors.push(String(event.reason)));

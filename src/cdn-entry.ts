// Entry of the script-tag module build (dist/cdn/messenger-optin.js). Its chunks import this file
// as ../messenger-optin.js. Served under another name, the chunks fail; with a query string, the
// browser loads the file twice. The warning below names the fix.
export * from './define.js';

/** File name under which the chunks import the script-tag bundle. */
const BUNDLE_FILE_NAME = 'messenger-optin.js';

const scriptUrl = new URL(import.meta.url);
if (scriptUrl.search !== '' || !scriptUrl.pathname.endsWith(`/${BUNDLE_FILE_NAME}`)) {
  console.warn(
    `<messenger-optin> this script was loaded from ${scriptUrl.href}; serve it as ${BUNDLE_FILE_NAME} next to ` +
      'the chunks folder and without a query string, or its chunks fail to load or load it a second time.',
  );
}

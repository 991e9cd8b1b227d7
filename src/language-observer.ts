// One observer for every widget on the page: a change of any `lang` attribute in the document
// may change the language an element inherits, so each connected widget re-reads its own.

type Listener = () => void;

const listeners = new Set<Listener>();
let observer: MutationObserver | null = null;

/** Calls `listener` after any `lang` attribute in the document changes, until the returned function runs. */
export function observeLanguageChanges(document: Document, listener: Listener): () => void {
  listeners.add(listener);
  if (!observer) {
    observer = new MutationObserver(() => {
      for (const notify of listeners) {
        notify();
      }
    });
    observer.observe(document.documentElement, {attributes: true, attributeFilter: ['lang'], subtree: true});
  }
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) {
      observer?.disconnect();
      observer = null;
    }
  };
}

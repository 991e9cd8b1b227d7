// One observer per tree (the document, or a shadow root) for every widget in it: a change of any
// `lang` attribute there may change the language a widget inherits, so each widget in that tree
// re-reads its own. A MutationObserver does not see into shadow roots, so a widget inside
// another component's shadow root also watches that root and every root above it.

type Listener = () => void;

const trees = new Map<Node, {observer: MutationObserver; listeners: Set<Listener>}>();

function observeTree(root: Document | ShadowRoot, listener: Listener): () => void {
  let tree = trees.get(root);
  if (!tree) {
    const listeners = new Set<Listener>();
    const observer = new MutationObserver(() => {
      for (const notify of listeners) {
        notify();
      }
    });
    observer.observe(root, {attributes: true, attributeFilter: ['lang'], subtree: true});
    tree = {observer, listeners};
    trees.set(root, tree);
  }
  tree.listeners.add(listener);
  return () => {
    tree.listeners.delete(listener);
    if (tree.listeners.size === 0) {
      tree.observer.disconnect();
      trees.delete(root);
    }
  };
}

/**
 * Calls `listener` after a `lang` attribute changes anywhere `element` could inherit its language
 * from: its own tree and every tree of the hosts above it. The returned function stops that.
 */
export function observeLanguageChanges(element: Element, listener: Listener): () => void {
  const stops: Array<() => void> = [];
  let root = element.getRootNode();
  while (root instanceof ShadowRoot) {
    stops.push(observeTree(root, listener));
    root = root.host.getRootNode();
  }
  if (root instanceof Document) {
    stops.push(observeTree(root, listener));
  }
  return () => {
    for (const stop of stops) {
      stop();
    }
  };
}

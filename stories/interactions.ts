// Helpers for play functions, which must reach into the element's shadow root.
import type {MessengerOptin} from '../src/index.js';

/** Returns the story's <messenger-optin> once it has rendered. Throws when there is none. */
export async function findOptin(canvasElement: HTMLElement): Promise<MessengerOptin> {
  const element = canvasElement.querySelector('messenger-optin');
  if (!element) {
    throw new Error('No <messenger-optin> element was found in the story.');
  }
  await element.updateComplete;
  return element;
}

/** Returns the first element in the shadow root that exposes `part`, or null. */
export function queryPart(element: MessengerOptin, part: string): HTMLElement | null {
  return element.shadowRoot?.querySelector<HTMLElement>(`[part~="${part}"]`) ?? null;
}

/** Returns the first element in the shadow root that exposes `part`. Throws when there is none. */
export function getPart(element: MessengerOptin, part: string): HTMLElement {
  const found = queryPart(element, part);
  if (!found) {
    throw new Error(`<messenger-optin> has no element with part="${part}".`);
  }
  return found;
}

/**
 * Keeps channel links from opening the messenger while a story runs, and returns the function
 * that restores them. Unlike cancelling `optin-start`, this still lets the element record the
 * intent. For a story's `beforeEach`, which calls the returned function after the story.
 */
export function stopChannelNavigation(): () => void {
  const preventChannelNavigation = (event: MouseEvent) => {
    const onChannelLink = event.composedPath().some(
      (target) => target instanceof HTMLAnchorElement && target.part.contains('channel'),
    );
    if (onChannelLink) {
      event.preventDefault();
    }
  };
  document.addEventListener('click', preventChannelNavigation);
  return () => document.removeEventListener('click', preventChannelNavigation);
}

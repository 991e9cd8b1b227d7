import type {MsgFn, MsgOptions, StrResult, TemplateMap} from '@lit/localize';
import {allLocales, sourceLocale} from './generated/locale-codes.js';
import {templates as germanTemplates} from './generated/locales/de.js';

/** Language of the source texts, used for every language without a translation. */
export const SOURCE_LOCALE: string = sourceLocale;

/** Locales the element can show, from the XLIFF files in `locales/`. */
export const SUPPORTED_LOCALES: readonly string[] = allLocales;

/** Locales written right to left. */
const RIGHT_TO_LEFT_LOCALES: ReadonlySet<string> = new Set(['ar']);

// The element looks texts up per instance instead of configuring @lit/localize globally, because
// a global configuration can be made only once per page and the host page may make it for its own
// components. German is bundled with the English source. Every other language is a separate
// module loaded on first use, so a page downloads only the languages it shows.
const loadedTemplates = new Map<string, TemplateMap>([['de', germanTemplates]]);
const pendingLoads = new Map<string, Promise<TemplateMap>>();

// Written out, not built from a template string, so bundlers see each module and split it off.
const templateLoaders: Record<string, () => Promise<{templates: TemplateMap}>> = {
  ar: () => import('./generated/locales/ar.js'),
  es: () => import('./generated/locales/es.js'),
  fr: () => import('./generated/locales/fr.js'),
  it: () => import('./generated/locales/it.js'),
  nl: () => import('./generated/locales/nl.js'),
  pl: () => import('./generated/locales/pl.js'),
  tr: () => import('./generated/locales/tr.js'),
};

/** Returns true when `locale`'s texts can be shown without loading anything. */
export function isLocaleLoaded(locale: string): boolean {
  return locale === SOURCE_LOCALE || loadedTemplates.has(locale);
}

/** Loads the texts of `locale` once; later calls return the same promise or resolve at once. */
export function loadLocale(locale: string): Promise<void> {
  if (isLocaleLoaded(locale)) {
    return Promise.resolve();
  }
  const loader = templateLoaders[locale];
  if (!loader) {
    return Promise.reject(new Error(`no translation module is registered for locale "${locale}"`));
  }
  let pending = pendingLoads.get(locale);
  if (!pending) {
    pending = loader().then(({templates}) => {
      loadedTemplates.set(locale, templates);
      return templates;
    });
    pending.catch(() => pendingLoads.delete(locale));
    pendingLoads.set(locale, pending);
  }
  return pending.then(() => undefined);
}

/** Returns the text direction of a supported locale. */
export function localeDirection(locale: string): 'ltr' | 'rtl' {
  return RIGHT_TO_LEFT_LOCALES.has(locale) ? 'rtl' : 'ltr';
}

/**
 * Returns the value of the nearest `lang` attribute: the element's own, else its closest
 * ancestor's (crossing shadow roots), else the document element's. Returns '' when none is set.
 */
export function findLanguage(element: Element): string {
  let node: Node | null = element;
  while (node) {
    if (node instanceof Element && node.hasAttribute('lang')) {
      return node.getAttribute('lang') ?? '';
    }
    node = node instanceof ShadowRoot ? node.host : node.parentNode;
  }
  return element.ownerDocument?.documentElement?.getAttribute('lang') ?? '';
}

/**
 * Maps a BCP 47 tag to a supported locale by its primary subtag, so `de-AT` shows German and
 * an unknown or empty tag shows English.
 */
export function matchLocale(languageTag: string): string {
  const primary = languageTag.trim().toLowerCase().split(/[-_]/)[0];
  return SUPPORTED_LOCALES.includes(primary) ? primary : SOURCE_LOCALE;
}

function isStrResult(template: unknown): template is StrResult {
  return typeof template === 'object' && template !== null && 'strTag' in template;
}

function joinStr(strings: readonly string[], values: readonly unknown[], order?: readonly number[]) {
  let text = strings[0];
  for (let i = 1; i < strings.length; i++) {
    text += String(values[order ? order[i - 1] : i - 1]) + strings[i];
  }
  return text;
}

/**
 * Creates a translation function for one locale with the same signature as @lit/localize's
 * `msg`, so `lit-localize extract` finds the calls. Every call must pass an explicit `id`.
 * A locale whose module has not loaded yet gets the English source texts.
 * Only plain strings and `str` templates are supported, because the element renders its
 * markup around translated text rather than inside it.
 */
export function createTranslator(locale: string): MsgFn {
  const templates = loadedTemplates.get(locale);

  const translate = (template: string | StrResult, options?: MsgOptions): string => {
    const localized = options?.id ? templates?.[options.id] : undefined;
    const source = isStrResult(template) ? joinStr(template.strings, template.values) : template;
    if (localized === undefined) {
      return source;
    }
    if (typeof localized === 'string') {
      return localized;
    }
    if (isStrResult(localized) && isStrResult(template)) {
      // A translated `str` template has `${index}` placeholders that give the position of each
      // source value, because a translation may reorder the values.
      return joinStr(localized.strings, template.values, localized.values as number[]);
    }
    return source;
  };
  return translate as MsgFn;
}

import {setCustomElementsManifest, type Decorator, type Preview} from '@storybook/web-components-vite';
import {html} from 'lit';
import {styleMap} from 'lit/directives/style-map.js';
import manifest from '../dist/custom-elements.json';
import '../src/define.js';
import {SUPPORTED_LOCALES} from '../src/localization.js';
import {DESKTOP_MODES, LAYOUTS, THEMES, VARIANTS} from '../src/options.js';
import {enhanceManifestArgTypes, publicApiManifest} from './custom-elements.js';

setCustomElementsManifest(publicApiManifest(manifest));

/** Toolbar entries for every language the element ships, each named in its own language. */
const localeItems = SUPPORTED_LOCALES.map((locale) => ({
  value: locale,
  title: new Intl.DisplayNames([locale], {type: 'language'}).of(locale) ?? locale,
}));

/**
 * Wraps each story in an element that carries the toolbar's language, direction and colour
 * scheme, so the widget inherits them as it would from a page. The toolbar's theme darkens only
 * the page, because the widget's `theme="auto"` follows the operating system's
 * `prefers-color-scheme` and not the page's `color-scheme`. The `theme` control switches the
 * widget itself.
 */
const withPageSettings: Decorator = (story, {globals, viewMode}) => {
  const style = {
    display: 'block',
    boxSizing: 'border-box',
    // A single story fills the frame, so a dark page looks like one. Docs pages list many stories.
    minBlockSize: viewMode === 'story' ? '100vh' : undefined,
    padding: '1rem',
    colorScheme: globals.theme === 'dark' ? 'dark' : 'light',
    background: 'Canvas',
    color: 'CanvasText',
  };
  return html`
    <div class="story-page" lang=${globals.locale} dir=${globals.direction} style=${styleMap(style)}>
      ${story()}
    </div>
  `;
};

const preview: Preview = {
  tags: ['autodocs'],
  decorators: [withPageSettings],
  argTypesEnhancers: [enhanceManifestArgTypes],
  // The manifest names only the TypeScript types of these attributes, so their values are
  // taken from the lists the element validates against.
  argTypes: {
    lang: {control: 'select', options: SUPPORTED_LOCALES},
    layout: {control: 'inline-radio', options: LAYOUTS},
    variant: {control: 'inline-radio', options: VARIANTS},
    theme: {control: 'inline-radio', options: THEMES},
    desktop: {control: 'inline-radio', options: DESKTOP_MODES},
  },
  globalTypes: {
    locale: {
      description: 'Language of the page around the widget (the lang attribute)',
      toolbar: {title: 'Locale', icon: 'globe', items: localeItems, dynamicTitle: true},
    },
    theme: {
      description: 'Colour scheme of the page around the widget (not of the widget itself)',
      toolbar: {
        title: 'Theme',
        icon: 'mirror',
        items: [
          {value: 'light', title: 'Light'},
          {value: 'dark', title: 'Dark'},
        ],
        dynamicTitle: true,
      },
    },
    direction: {
      description: 'Text direction of the page around the widget (the dir attribute)',
      toolbar: {
        title: 'Direction',
        icon: 'transfer',
        items: [
          {value: 'ltr', title: 'Left to right'},
          {value: 'rtl', title: 'Right to left'},
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: {locale: 'en', theme: 'light', direction: 'ltr'},
  parameters: {
    layout: 'fullscreen',
    controls: {
      matchers: {color: /(color|background)$/i},
    },
    a11y: {
      // Violations fail the story in Storybook's test runs instead of only being listed.
      test: 'error',
    },
  },
};

export default preview;

import type {StorybookConfig} from '@storybook/web-components-vite';
import {mergeConfig} from 'vite';

const config: StorybookConfig = {
  framework: {name: '@storybook/web-components-vite', options: {}},
  stories: ['../stories/**/*.stories.ts'],
  // msw-storybook-addon is not listed here: that would start msw's service worker before every
  // story. Only the stories that need it load it, with the addon's `mswLoader`.
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  // Holds mockServiceWorker.js, written by `npx msw init .storybook/public --no-save`. It is
  // served at the root, because a service worker controls only pages at or below its own path.
  staticDirs: ['./public'],
  core: {
    // Nothing may leave the machine: no usage data and no check for Storybook news.
    disableTelemetry: true,
    disableWhatsNewNotifications: true,
  },
  viteFinal: (viteConfig) => mergeConfig(viteConfig, {
    // The web-components renderer of Storybook 10.6 imports lit/directive-helpers.js, which the
    // dev server does not pre-bundle with the rest of lit, so a second copy of lit-html loaded
    // and Lit warned about multiple versions.
    optimizeDeps: {include: ['lit/directive-helpers.js']},
  }),
};

export default config;

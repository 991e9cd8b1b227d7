import type {Meta, StoryObj} from '@storybook/web-components-vite';
import {html} from 'lit';
import {DESKTOP_MODES, LAYOUTS, THEMES, VARIANTS} from '../src/index.js';
import {renderOptin, sampleAddresses, sampleSender, type OptinArgs} from './render.js';

/** The `layout`, `variant` and `theme` attributes, each value on its own and all side by side. */
const meta = {
  title: 'messenger-optin/Layout and variants',
  component: 'messenger-optin',
  render: (args) => renderOptin(args),
  args: {...sampleSender, ...sampleAddresses},
  argTypes: {
    layout: {control: 'inline-radio', options: [...LAYOUTS]},
    variant: {control: 'inline-radio', options: [...VARIANTS]},
    theme: {control: 'inline-radio', options: [...THEMES]},
    desktop: {control: 'inline-radio', options: [...DESKTOP_MODES]},
  },
} satisfies Meta<OptinArgs>;

export default meta;
type Story = StoryObj<OptinArgs>;

export const Buttons: Story = {args: {layout: 'buttons'}};

export const List: Story = {args: {layout: 'list'}};

/** Icon-only links; each keeps "Newsletter via …" as its accessible name. */
export const Icons: Story = {args: {layout: 'icons'}};

export const Outline: Story = {args: {variant: 'outline'}};

/** Every link in the accent colour, here set to a custom one. */
export const Mono: Story = {args: {variant: 'mono', '--messenger-optin-accent': '#6f42c1'}};

export const DarkOutline: Story = {args: {theme: 'dark', variant: 'outline'}};

export const DarkMono: Story = {args: {theme: 'dark', variant: 'mono', layout: 'list'}};

/** Every layout with every variant, in the light and the dark theme, for a side-by-side check. */
export const AllCombinations: Story = {
  render: (args) => html`
    <div style="display: grid; gap: 1rem; grid-template-columns: repeat(auto-fill, minmax(22rem, 1fr));">
      ${THEMES.filter((theme) => theme !== 'auto').map((theme) =>
        LAYOUTS.map((layout) =>
          VARIANTS.map((variant) => renderOptin({...args, layout, variant, theme}))))}
    </div>
  `,
};

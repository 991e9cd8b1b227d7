import type {Meta, StoryObj} from '@storybook/web-components-vite';
import {renderOptin, sampleAddresses, sampleSender, type OptinArgs} from './render.js';

/**
 * The widget in each shipped language, set on the element so the toolbar's locale does not change
 * it. Languages other than English and German load as separate modules on first use.
 */
const meta = {
  title: 'messenger-optin/Languages',
  component: 'messenger-optin',
  render: (args) => renderOptin(args),
  args: {...sampleSender, ...sampleAddresses},
} satisfies Meta<OptinArgs>;

export default meta;
type Story = StoryObj<OptinArgs>;

export const English: Story = {args: {lang: 'en'}};
export const German: Story = {args: {lang: 'de'}};
export const French: Story = {args: {lang: 'fr'}};
export const Spanish: Story = {args: {lang: 'es'}};
export const Italian: Story = {args: {lang: 'it'}};
export const Dutch: Story = {args: {lang: 'nl'}};
export const Polish: Story = {args: {lang: 'pl'}};
export const Turkish: Story = {args: {lang: 'tr'}};

/** Arabic is written right to left; the widget sets the direction itself. */
export const Arabic: Story = {args: {lang: 'ar'}};

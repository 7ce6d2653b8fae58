import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { AUDIENCES, SITUATIONS } from '../src/content/situations.js';
import { quickExit } from '../src/help-panel/quick-exit.js';
import { argTypesFor, controlsFor, renderFromArgs, type AttributeArgs } from './from-manifest.js';
import { darkFrame, forcedColoursNote, narrowFrame } from './frames.js';

// In Storybook the quick exit shows its blank overlay for a moment and comes back, instead of
// taking the preview frame away to another site.
quickExit.navigate = (url) => {
  console.info(`[help-panel story] quick exit would now call location.replace(${JSON.stringify(url)})`);
  setTimeout(() => quickExit.reset(), 1200);
};

const meta: Meta<AttributeArgs> = {
  title: 'Elements/help-panel',
  component: 'help-panel',
  args: { audience: 'young-person' },
  argTypes: argTypesFor('help-panel'),
  render: renderFromArgs('help-panel'),
  parameters: controlsFor('help-panel'),
};
export default meta;
type Story = StoryObj<AttributeArgs>;

export const YoungPerson: Story = {};

export const Parent: Story = { args: { audience: 'parent' } };

/** Professionals see the UKCIS first steps above the chooser. */
export const Professional: Story = { args: { audience: 'professional' } };

/** Every situation, open, for each audience. */
export const EverySituation: Story = {
  render: () => html`<div style="display:grid;gap:2rem">
    ${AUDIENCES.flatMap((audience) =>
      SITUATIONS.map(
        (s) => html`<help-panel audience=${audience} situation=${s.id} heading-level="2" no-quick-exit></help-panel>`,
      ),
    )}
  </div>`,
};

export const Shared: Story = { args: { situation: 'shared' } };
export const Sextortion: Story = { args: { situation: 'sextortion' } };
export const Pressure: Story = { args: { situation: 'pressure' } };
export const Received: Story = { args: { situation: 'received' } };
export const WorriedAboutAFriend: Story = { args: { situation: 'worried-child' } };
export const WorriedAboutAChild: Story = { args: { audience: 'parent', situation: 'worried-child' } };
export const OwnThoughts: Story = { args: { situation: 'own-thoughts' } };

/** For a page that already has its own quick exit. */
export const NoQuickExit: Story = { args: { 'no-quick-exit': true } };

export const Dark: Story = { decorators: [darkFrame], args: { situation: 'sextortion' } };

export const ForcedColours: Story = { decorators: [forcedColoursNote], args: { situation: 'shared' } };

export const Narrow320: Story = { decorators: [narrowFrame], args: { situation: 'sextortion' } };

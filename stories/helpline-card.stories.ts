import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { SERVICE_IDS } from '../src/content/services.js';
import { helplineCardExamples } from '../src/helpline-card/helpline-card.examples.js';
import { argTypesFor, controlsFor, renderFromArgs, type AttributeArgs } from './from-manifest.js';
import { statesOf } from './from-examples.js';
import { darkFrame, forcedColoursNote, narrowFrame } from './frames.js';

const meta: Meta<AttributeArgs> = {
  title: 'Elements/helpline-card',
  component: 'helpline-card',
  argTypes: argTypesFor('helpline-card'),
  render: renderFromArgs('helpline-card'),
  parameters: controlsFor('helpline-card'),
};
export default meta;
type Story = StoryObj<AttributeArgs>;
const stateStory = statesOf('helpline-card', helplineCardExamples);

// <states: written by scripts/stories-from-examples.mjs from the catalogue, one story per state>
export const ServiceChildline: Story = { ...stateStory('service: childline'), name: 'service: childline' };
export const ServiceReportRemove: Story = { ...stateStory('service: report-remove'), name: 'service: report-remove' };
export const ServiceCeop: Story = { ...stateStory('service: ceop'), name: 'service: ceop' };
export const ServiceNspcc: Story = { ...stateStory('service: nspcc'), name: 'service: nspcc' };
export const ServiceStopItNow: Story = { ...stateStory('service: stop-it-now'), name: 'service: stop-it-now' };
export const ServiceShore: Story = { ...stateStory('service: shore'), name: 'service: shore' };
export const ServiceYoungminds: Story = { ...stateStory('service: youngminds'), name: 'service: youngminds' };
export const ServiceStem4: Story = { ...stateStory('service: stem4'), name: 'service: stem4' };
export const ServiceShout: Story = { ...stateStory('service: shout'), name: 'service: shout' };
export const ServiceSamaritans: Story = { ...stateStory('service: samaritans'), name: 'service: samaritans' };
export const ServiceTakeItDown: Story = { ...stateStory('service: take-it-down'), name: 'service: take-it-down' };
export const ServiceIwf: Story = { ...stateStory('service: iwf'), name: 'service: iwf' };
export const ServiceRevengePornHelpline: Story = { ...stateStory('service: revenge-porn-helpline'), name: 'service: revenge-porn-helpline' };
export const ServiceReportHarmfulContent: Story = { ...stateStory('service: report-harmful-content'), name: 'service: report-harmful-content' };
export const ServicePolice: Story = { ...stateStory('service: police'), name: 'service: police' };
export const Compact: Story = { ...stateStory('compact'), name: 'compact' };
export const CustomService: Story = { ...stateStory('custom service'), name: 'custom service' };
// </states>

/** Every service in the built-in directory side by side, as a young person or parent would see it. */
export const EveryBuiltInService: Story = {
  render: () => html`<div style="display:grid;gap:1rem;grid-template-columns:repeat(auto-fill,minmax(18rem,1fr))">
    ${SERVICE_IDS.map((id) => html`<helpline-card service=${id}></helpline-card>`)}
  </div>`,
};

export const Dark: Story = { decorators: [darkFrame], args: { service: 'shout' } };

export const Narrow320: Story = { decorators: [narrowFrame], args: { service: 'nspcc' } };

export const ForcedColours: Story = { decorators: [forcedColoursNote], args: { service: 'childline' } };

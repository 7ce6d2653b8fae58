import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { argTypesFor, controlsFor, renderFromArgs, type AttributeArgs } from './from-manifest.js';
import { darkFrame, forcedColoursNote, narrowFrame } from './frames.js';

const meta: Meta<AttributeArgs> = {
  title: 'Elements/consequences-timeline',
  component: 'consequences-timeline',
  args: { scenario: 'sent', stage: 'moment', jurisdiction: 'england-wales', 'show-all': false },
  argTypes: argTypesFor('consequences-timeline'),
  render: renderFromArgs('consequences-timeline'),
  parameters: controlsFor('consequences-timeline'),
};
export default meta;
type Story = StoryObj<AttributeArgs>;

/** After sending a nude or semi-nude: what can happen, stage by stage, and what you can do. */
export const Sent: Story = {};

/** Someone shared the image without asking: it opens with "It is not your fault". */
export const SharedWithoutConsent: Story = { args: { scenario: 'shared-without-consent' } };

/** Blackmail: don't pay, block, keep the evidence, report. */
export const Sextortion: Story = { args: { scenario: 'sextortion' } };

/** Someone is pressuring a young person to send one. */
export const Pressured: Story = { args: { scenario: 'pressured' } };

/** Opened at a later stage with the `stage` attribute (an id, or a number from 1). */
export const OpenAtMonthsAndYears: Story = { args: { stage: 'years' } };

/** Scotland: the last stage leaves out Outcome 21 (England and Wales only) and adds nothing in its place. */
export const Scotland: Story = { args: { jurisdiction: 'scotland', stage: 'years' } };

/** Narrow container: stages stacked, time line down the side. */
export const Vertical: Story = { decorators: [narrowFrame], args: { 'show-all': true } };

/** Wide container (1200 px): stages side by side, time line across the top. */
export const Horizontal: Story = {
  render: (args) => html`<div style="width: 1200px">${meta.render!(args, {} as never)}</div>`,
  args: { 'show-all': true },
};

/** Wide container, one stage at a time: the open stage widens, the others show their titles. */
export const HorizontalOneAtATime: Story = {
  render: (args) => html`<div style="width: 1200px">${meta.render!(args, {} as never)}</div>`,
  args: { stage: 'hours' },
};

export const Dark: Story = { decorators: [darkFrame], args: { scenario: 'sextortion', 'show-all': true } };

export const ForcedColours: Story = { decorators: [forcedColoursNote], args: { scenario: 'pressured' } };

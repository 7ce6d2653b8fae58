import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { SERVICE_IDS } from '../src/content/services.js';
import { argTypesFor, controlsFor, renderFromArgs, type AttributeArgs } from './from-manifest.js';
import { darkFrame, forcedColoursNote, narrowFrame } from './frames.js';

const meta: Meta<AttributeArgs> = {
  title: 'Elements/helpline-card',
  component: 'helpline-card',
  args: { service: 'childline' },
  argTypes: argTypesFor('helpline-card'),
  render: renderFromArgs('helpline-card'),
  parameters: controlsFor('helpline-card'),
};
export default meta;
type Story = StoryObj<AttributeArgs>;

export const Childline: Story = {};

/** Every service in the built-in directory, as a young person or parent would see it. */
export const EveryBuiltInService: Story = {
  render: () => html`<div style="display:grid;gap:1rem;grid-template-columns:repeat(auto-fill,minmax(18rem,1fr))">
    ${SERVICE_IDS.map((id) => html`<helpline-card service=${id}></helpline-card>`)}
  </div>`,
};

export const Compact: Story = { args: { service: 'childline', compact: true } };

/** A host's own service, given entirely through attributes. */
export const CustomService: Story = {
  render: () => html`<helpline-card
    name="School wellbeing team"
    description="Talk to us in the library at lunchtime, or email us."
    phone="020 7946 0000"
    email="wellbeing@school.example.org"
    url="https://school.example.org/wellbeing"
    hours="School days, 12pm to 1pm"
    eligibility="For our students"
  ></helpline-card>`,
};

/** The NSPCC Helpline late on a Friday night, London time: closed, with the next opening. */
export const Closed: Story = {
  render: () => html`<helpline-card service="nspcc" .now=${new Date('2026-01-09T23:30:00Z')}></helpline-card>`,
};

export const Open: Story = {
  render: () => html`<helpline-card service="nspcc" .now=${new Date('2026-01-05T12:00:00Z')}></helpline-card>`,
};

export const Dark: Story = { decorators: [darkFrame], args: { service: 'shout' } };

export const Narrow320: Story = { decorators: [narrowFrame], args: { service: 'nspcc' } };

export const ForcedColours: Story = { decorators: [forcedColoursNote], args: { service: 'childline' } };

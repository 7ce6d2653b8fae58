import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { argTypesFor, controlsFor, renderFromArgs, type AttributeArgs } from './from-manifest.js';
import { darkFrame, forcedColoursNote, narrowFrame } from './frames.js';

const meta: Meta<AttributeArgs> = {
  title: 'Elements/law-explainer',
  component: 'law-explainer',
  args: { jurisdiction: 'england-wales', level: 'young' },
  argTypes: argTypesFor('law-explainer'),
  render: renderFromArgs('law-explainer'),
  parameters: controlsFor('law-explainer'),
};
export default meta;
type Story = StoryObj<AttributeArgs>;

export const EnglandAndWalesYoung: Story = {};
export const EnglandAndWalesTeen: Story = { args: { level: 'teen' } };
export const EnglandAndWalesAdult: Story = { args: { level: 'adult', open: 'schools' } };
export const ScotlandYoung: Story = { args: { jurisdiction: 'scotland' } };
export const ScotlandTeen: Story = { args: { jurisdiction: 'scotland', level: 'teen' } };
export const ScotlandAdult: Story = { args: { jurisdiction: 'scotland', level: 'adult' } };
export const NorthernIrelandYoung: Story = { args: { jurisdiction: 'northern-ireland' } };
export const NorthernIrelandTeen: Story = { args: { jurisdiction: 'northern-ireland', level: 'teen' } };
export const NorthernIrelandAdult: Story = { args: { jurisdiction: 'northern-ireland', level: 'adult' } };

/** A deep link: one section open on arrival. */
export const PoliceSectionOpen: Story = { args: { open: 'police' } };

/** The "Myth or fact?" check on its own: choose Myth or Fact with mouse, touch or keyboard. */
export const MythOrFact: Story = { args: { sections: 'myths', open: 'myths' } };

/** A host's own order: three sections. */
export const ChosenSections: Story = { args: { sections: 'police,who,why', open: 'who' } };

export const Dark: Story = { decorators: [darkFrame], args: { level: 'teen', open: 'illegal' } };

export const Narrow320: Story = { decorators: [narrowFrame], args: { open: 'myths' } };

export const ForcedColours: Story = { decorators: [forcedColoursNote], args: { open: 'what' } };

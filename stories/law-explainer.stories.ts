import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { lawExplainerExamples } from '../src/law-explainer/law-explainer.examples.js';
import { argTypesFor, controlsFor, renderFromArgs, type AttributeArgs } from './from-manifest.js';
import { statesOf } from './from-examples.js';
import { darkFrame, forcedColoursNote, narrowFrame } from './frames.js';

const meta: Meta<AttributeArgs> = {
  title: 'Elements/law-explainer',
  component: 'law-explainer',
  argTypes: argTypesFor('law-explainer'),
  render: renderFromArgs('law-explainer'),
  parameters: controlsFor('law-explainer'),
};
export default meta;
type Story = StoryObj<AttributeArgs>;
const stateStory = statesOf('law-explainer', lawExplainerExamples);

// <states: written by scripts/stories-from-examples.mjs from the catalogue, one story per state>
export const EnglandWalesYoungAllOpen: Story = { ...stateStory('england-wales, young, all open'), name: 'england-wales, young, all open' };
export const EnglandWalesTeenAllOpen: Story = { ...stateStory('england-wales, teen, all open'), name: 'england-wales, teen, all open' };
export const EnglandWalesAdultAllOpen: Story = { ...stateStory('england-wales, adult, all open'), name: 'england-wales, adult, all open' };
export const ScotlandYoungAllOpen: Story = { ...stateStory('scotland, young, all open'), name: 'scotland, young, all open' };
export const ScotlandTeenAllOpen: Story = { ...stateStory('scotland, teen, all open'), name: 'scotland, teen, all open' };
export const ScotlandAdultAllOpen: Story = { ...stateStory('scotland, adult, all open'), name: 'scotland, adult, all open' };
export const NorthernIrelandYoungAllOpen: Story = { ...stateStory('northern-ireland, young, all open'), name: 'northern-ireland, young, all open' };
export const NorthernIrelandTeenAllOpen: Story = { ...stateStory('northern-ireland, teen, all open'), name: 'northern-ireland, teen, all open' };
export const NorthernIrelandAdultAllOpen: Story = { ...stateStory('northern-ireland, adult, all open'), name: 'northern-ireland, adult, all open' };
export const Closed: Story = { ...stateStory('closed'), name: 'closed' };
export const OneSectionOpenDeepLink: Story = { ...stateStory('one section open (deep link)'), name: 'one section open (deep link)' };
export const MythCheckAnsweredSourcesOpen: Story = { ...stateStory('myth check answered, sources open'), name: 'myth check answered, sources open' };
// </states>

/** The "Myth or fact?" check on its own: choose Myth or Fact with mouse, touch or keyboard. */
export const MythOrFact: Story = { args: { sections: 'myths', open: 'myths' } };

/** A host's own order: three sections. */
export const ChosenSections: Story = { args: { sections: 'police,who,why', open: 'who' } };

export const Dark: Story = { decorators: [darkFrame], args: { level: 'teen', open: 'illegal' } };

export const Narrow320: Story = { decorators: [narrowFrame], args: { open: 'myths' } };

export const ForcedColours: Story = { decorators: [forcedColoursNote], args: { open: 'what' } };

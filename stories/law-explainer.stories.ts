import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { JURISDICTION_IDS } from '../src/content/jurisdictions.js';
import { LEVEL_IDS, SECTION_IDS } from '../src/content/law.js';
import type { LawExplainer } from '../src/law-explainer/law-explainer.js';
import { darkFrame, forcedColoursNote, narrowFrame } from './frames.js';

type Args = Partial<LawExplainer> & { level?: string; 'heading-level'?: number };

const meta: Meta<Args> = {
  title: 'Elements/law-explainer',
  component: 'law-explainer',
  args: { jurisdiction: 'england-wales', level: 'young' },
  argTypes: {
    jurisdiction: { control: 'select', options: JURISDICTION_IDS },
    level: { control: 'select', options: LEVEL_IDS },
    open: { control: 'select', options: ['', ...SECTION_IDS] },
    sections: { control: 'text' },
  },
  render: (args) => html`<law-explainer
    jurisdiction=${args.jurisdiction ?? ''}
    level=${args.level ?? ''}
    sections=${args.sections ?? ''}
    open=${args.open ?? ''}
    heading-level=${args['heading-level'] ?? 3}
  ></law-explainer>`,
};
export default meta;
type Story = StoryObj<Args>;

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

import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { AUDIENCES, SITUATIONS } from '../src/content/situations.js';
import { helpPanelExamples } from '../src/help-panel/help-panel.examples.js';
import { quickExit } from '../src/help-panel/quick-exit.js';
import { argTypesFor, controlsFor, renderFromArgs, type AttributeArgs } from './from-manifest.js';
import { statesOf } from './from-examples.js';
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
  argTypes: argTypesFor('help-panel'),
  render: renderFromArgs('help-panel'),
  parameters: controlsFor('help-panel'),
};
export default meta;
type Story = StoryObj<AttributeArgs>;
const stateStory = statesOf('help-panel', helpPanelExamples);

// <states: written by scripts/stories-from-examples.mjs from the catalogue, one story per state>
export const YoungPersonNothingChosen: Story = { ...stateStory('young-person: nothing chosen'), name: 'young-person: nothing chosen' };
export const YoungPersonShared: Story = { ...stateStory('young-person: shared'), name: 'young-person: shared' };
export const YoungPersonSextortion: Story = { ...stateStory('young-person: sextortion'), name: 'young-person: sextortion' };
export const YoungPersonPressure: Story = { ...stateStory('young-person: pressure'), name: 'young-person: pressure' };
export const YoungPersonReceived: Story = { ...stateStory('young-person: received'), name: 'young-person: received' };
export const YoungPersonWorriedChild: Story = { ...stateStory('young-person: worried-child'), name: 'young-person: worried-child' };
export const YoungPersonOwnThoughts: Story = { ...stateStory('young-person: own-thoughts'), name: 'young-person: own-thoughts' };
export const ParentNothingChosen: Story = { ...stateStory('parent: nothing chosen'), name: 'parent: nothing chosen' };
export const ParentShared: Story = { ...stateStory('parent: shared'), name: 'parent: shared' };
export const ParentSextortion: Story = { ...stateStory('parent: sextortion'), name: 'parent: sextortion' };
export const ParentPressure: Story = { ...stateStory('parent: pressure'), name: 'parent: pressure' };
export const ParentReceived: Story = { ...stateStory('parent: received'), name: 'parent: received' };
export const ParentWorriedChild: Story = { ...stateStory('parent: worried-child'), name: 'parent: worried-child' };
export const ParentOwnThoughts: Story = { ...stateStory('parent: own-thoughts'), name: 'parent: own-thoughts' };
export const ProfessionalNothingChosen: Story = { ...stateStory('professional: nothing chosen'), name: 'professional: nothing chosen' };
export const ProfessionalShared: Story = { ...stateStory('professional: shared'), name: 'professional: shared' };
export const ProfessionalSextortion: Story = { ...stateStory('professional: sextortion'), name: 'professional: sextortion' };
export const ProfessionalPressure: Story = { ...stateStory('professional: pressure'), name: 'professional: pressure' };
export const ProfessionalReceived: Story = { ...stateStory('professional: received'), name: 'professional: received' };
export const ProfessionalWorriedChild: Story = { ...stateStory('professional: worried-child'), name: 'professional: worried-child' };
export const ProfessionalOwnThoughts: Story = { ...stateStory('professional: own-thoughts'), name: 'professional: own-thoughts' };
export const NoQuickExit: Story = { ...stateStory('no quick exit'), name: 'no quick exit' };
// </states>

/** Every situation, open, for each audience, on one page. */
export const EverySituation: Story = {
  render: () => html`<div style="display:grid;gap:2rem">
    ${AUDIENCES.flatMap((audience) =>
      SITUATIONS.map(
        (s) => html`<help-panel audience=${audience} situation=${s.id} heading-level="2" no-quick-exit></help-panel>`,
      ),
    )}
  </div>`,
};

export const Dark: Story = { decorators: [darkFrame], args: { situation: 'sextortion' } };

export const ForcedColours: Story = { decorators: [forcedColoursNote], args: { situation: 'shared' } };

export const Narrow320: Story = { decorators: [narrowFrame], args: { situation: 'sextortion' } };

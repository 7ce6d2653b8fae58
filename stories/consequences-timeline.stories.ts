import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { consequencesTimelineExamples } from '../src/consequences-timeline/consequences-timeline.examples.js';
import { argTypesFor, controlsFor, renderFromArgs, type AttributeArgs } from './from-manifest.js';
import { statesOf } from './from-examples.js';
import { darkFrame, forcedColoursNote, narrowFrame } from './frames.js';

const meta: Meta<AttributeArgs> = {
  title: 'Elements/consequences-timeline',
  component: 'consequences-timeline',
  argTypes: argTypesFor('consequences-timeline'),
  render: renderFromArgs('consequences-timeline'),
  parameters: controlsFor('consequences-timeline'),
};
export default meta;
type Story = StoryObj<AttributeArgs>;
const stateStory = statesOf('consequences-timeline', consequencesTimelineExamples);

// <states: written by scripts/stories-from-examples.mjs from the catalogue, one story per state>
export const ScenarioSentStageMoment: Story = { ...stateStory('scenario: sent, stage: moment'), name: 'scenario: sent, stage: moment' };
export const ScenarioSentStageHours: Story = { ...stateStory('scenario: sent, stage: hours'), name: 'scenario: sent, stage: hours' };
export const ScenarioSentStageWeeks: Story = { ...stateStory('scenario: sent, stage: weeks'), name: 'scenario: sent, stage: weeks' };
export const ScenarioSentStageYears: Story = { ...stateStory('scenario: sent, stage: years'), name: 'scenario: sent, stage: years' };
export const ScenarioSentShowAll: Story = { ...stateStory('scenario: sent, show-all'), name: 'scenario: sent, show-all' };
export const ScenarioSharedWithoutConsentStageMoment: Story = { ...stateStory('scenario: shared-without-consent, stage: moment'), name: 'scenario: shared-without-consent, stage: moment' };
export const ScenarioSharedWithoutConsentStageHours: Story = { ...stateStory('scenario: shared-without-consent, stage: hours'), name: 'scenario: shared-without-consent, stage: hours' };
export const ScenarioSharedWithoutConsentStageWeeks: Story = { ...stateStory('scenario: shared-without-consent, stage: weeks'), name: 'scenario: shared-without-consent, stage: weeks' };
export const ScenarioSharedWithoutConsentStageYears: Story = { ...stateStory('scenario: shared-without-consent, stage: years'), name: 'scenario: shared-without-consent, stage: years' };
export const ScenarioSharedWithoutConsentShowAll: Story = { ...stateStory('scenario: shared-without-consent, show-all'), name: 'scenario: shared-without-consent, show-all' };
export const ScenarioSextortionStageMoment: Story = { ...stateStory('scenario: sextortion, stage: moment'), name: 'scenario: sextortion, stage: moment' };
export const ScenarioSextortionStageHours: Story = { ...stateStory('scenario: sextortion, stage: hours'), name: 'scenario: sextortion, stage: hours' };
export const ScenarioSextortionStageWeeks: Story = { ...stateStory('scenario: sextortion, stage: weeks'), name: 'scenario: sextortion, stage: weeks' };
export const ScenarioSextortionStageYears: Story = { ...stateStory('scenario: sextortion, stage: years'), name: 'scenario: sextortion, stage: years' };
export const ScenarioSextortionShowAll: Story = { ...stateStory('scenario: sextortion, show-all'), name: 'scenario: sextortion, show-all' };
export const ScenarioPressuredStageMoment: Story = { ...stateStory('scenario: pressured, stage: moment'), name: 'scenario: pressured, stage: moment' };
export const ScenarioPressuredStageHours: Story = { ...stateStory('scenario: pressured, stage: hours'), name: 'scenario: pressured, stage: hours' };
export const ScenarioPressuredStageWeeks: Story = { ...stateStory('scenario: pressured, stage: weeks'), name: 'scenario: pressured, stage: weeks' };
export const ScenarioPressuredStageYears: Story = { ...stateStory('scenario: pressured, stage: years'), name: 'scenario: pressured, stage: years' };
export const ScenarioPressuredShowAll: Story = { ...stateStory('scenario: pressured, show-all'), name: 'scenario: pressured, show-all' };
export const JurisdictionScotlandScenarioSentStageYears: Story = { ...stateStory('jurisdiction: scotland, scenario: sent, stage: years'), name: 'jurisdiction: scotland, scenario: sent, stage: years' };
// </states>

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

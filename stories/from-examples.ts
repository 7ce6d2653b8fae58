import type { StoryObj } from '@storybook/web-components-vite';
import { markupOf, type ElementExample } from '../src/core/example.js';
import { attributesOf, type AttributeArgs } from './from-manifest.js';

type Updating = HTMLElement & { updateComplete?: Promise<unknown> };

/**
 * `stateStory(name)` for one element's catalogue: the story of that state. A state given as
 * attributes becomes args (so its controls start from it, every other attribute unset); one given
 * as markup is rendered as pasted. A state's interaction runs as the story's play function, as it
 * runs in the tests.
 */
export function statesOf(tag: string, examples: readonly ElementExample[]) {
  return (name: string): StoryObj<AttributeArgs> => {
    const example = examples.find((e) => e.name === name);
    if (!example) throw new Error(`<${tag}> has no example named "${name}": run node scripts/stories-from-examples.mjs.`);
    const unset = Object.fromEntries(attributesOf(tag).map((a) => [a.name, /^boolean/.test(a.type?.text ?? '') ? false : '']));
    const story: StoryObj<AttributeArgs> = example.attributes
      ? { name, args: { ...unset, ...example.attributes } }
      : {
          name,
          render: () => {
            const template = document.createElement('template');
            template.innerHTML = markupOf(example);
            return template.content;
          },
        };
    if (example.interact) {
      const interact = example.interact;
      story.play = async ({ canvasElement }) => {
        const host = canvasElement.querySelector<Updating>(tag);
        if (!host) throw new Error(`The "${name}" story has no <${tag}>.`);
        await host.updateComplete;
        await interact(host);
      };
    }
    return story;
  };
}

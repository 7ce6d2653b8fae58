import { expect } from '@open-wc/testing';
import { WARN_MEMORY, warnOnce } from '../src/core/warn.js';

describe('warn once, with bounded memory', () => {
  it('many distinct bad values: each still warns once, and the memory stays bounded', () => {
    const said: string[] = [];
    const warn = console.warn;
    console.warn = (line: string) => said.push(line);
    try {
      for (let i = 0; i < WARN_MEMORY * 20; i++) warnOnce('helpline-card', `phone="${i}" is not valid.`);
      // Repeating the most recent ones says nothing new: they are still remembered.
      for (let i = WARN_MEMORY * 20 - 10; i < WARN_MEMORY * 20; i++) warnOnce('helpline-card', `phone="${i}" is not valid.`);
      // The first ones were forgotten, so the memory did not keep all 4000.
      warnOnce('helpline-card', 'phone="0" is not valid.');
    } finally {
      console.warn = warn;
    }
    expect(said).to.have.length(WARN_MEMORY * 20 + 1);
  });
});

// The flows a blind young person takes, each driven by real key presses and checked against what Orca
// says. Expected words come from the built content (dist/), so a wording change does not break a flow
// that still works; the checks are on what is heard, in the order it is heard.
import { SITUATIONS, SITUATION_STRINGS } from '../../dist/content/situations.js';
import { SCENARIOS } from '../../dist/content/consequences.js';
import { SECTION_IDS, mythsFor, shownSection } from '../../dist/content/law.js';
import { SHIFT_WINDOW } from '../../dist/help-panel/quick-exit.js';
import { AssertionError } from './assertion.mjs';

const sextortion = SITUATIONS.find((s) => s.id === 'sextortion');
const sextortionLabel = SITUATION_STRINGS['sextortion.label'];
const firstStep = SITUATION_STRINGS[sextortion.steps.young[0].key];
const stages = SCENARIOS.sent.stages.map((s) => s.title);
const sectionCount = SECTION_IDS.map((id) => shownSection(id, 'england-wales', 'young')).filter(Boolean).length;
const whoFirstLine = shownSection('who', 'england-wales', 'young').blocks[0].text;
const firstMyth = mythsFor('england-wales')[0];

export { AssertionError };

/** What was said, as one line, for messages. */
const heard = (said) => said.join(' | ') || '(nothing)';
const contains = (said, pattern) => said.some((text) => (typeof pattern === 'string' ? text.includes(pattern) : pattern.test(text)));

function expectSaid(said, pattern, why) {
  if (!contains(said, pattern)) throw new AssertionError(`${why}: expected ${pattern} in what Orca said: ${heard(said)}`);
}
function expectNotSaid(said, pattern, why) {
  if (contains(said, pattern)) throw new AssertionError(`${why}: did not expect ${pattern}, but Orca said: ${heard(said)}`);
}
const joined = (said) => said.join(' ');

/** Each flow gets `sr`: open(page), press(...xdotool key args), pressUntil(pattern, ...keys), log(label, said). */
export const FLOWS = [
  {
    name: 'the exit first',
    async run(sr) {
      const read = await sr.open('panel');
      sr.log('page read on load', read);
      const exitAt = read.findIndex((t) => t.startsWith('Exit this page'));
      const headingAt = read.findIndex((t) => t === 'Get help' && read[read.indexOf(t) + 1]?.startsWith('heading level 2'));
      if (exitAt < 0) throw new AssertionError(`the quick exit was not read: ${heard(read)}`);
      if (headingAt >= 0 && headingAt < exitAt) throw new AssertionError('the panel heading was read before the quick exit');
      expectSaid(read, /Quick exit: use Exit this page/, 'the exit note names the control as it is announced');
      expectNotSaid(read, /press the button/i, 'the exit note does not call the link a button');
      const said = await sr.press('Tab');
      sr.log('Tab', said);
      if (!/^Exit this page link/.test(said.find((t) => t.startsWith('Exit')) ?? '')) {
        throw new AssertionError(`the first Tab stop is not the Exit this page link: ${heard(said)}`);
      }
    },
  },
  {
    name: 'choosing a situation',
    async run(sr) {
      sr.log('Tab', await sr.press('Tab'));
      const onChoice = await sr.press('Tab');
      sr.log('Tab', onChoice);
      expectSaid(onChoice, sextortionLabel, 'Tab reaches the second situation');
      expectSaid(onChoice, /not pressed/, 'its pressed state is said');
      const chosen = await sr.pressUntil(new RegExp(`What you can do: ${escape(sextortionLabel)}`), 'Return');
      sr.log('Enter', chosen);
      expectNotSaid(chosen, / link\b|push button/, 'focus goes to the steps, not past them');
      expectSaid(chosen, firstStep, 'the first step is said with the choice');
      const steps = await sr.press('Tab');
      sr.log('Tab', steps);
      expectSaid(steps, /What you can do: /, 'Tab reaches the steps (named by their heading) before the services');
      expectNotSaid(steps, / link\b/, 'Tab reaches the steps before any service link');
      const next = await sr.press('Tab');
      sr.log('Tab', next);
      expectSaid(next, / link\b|push button/, 'the next Tab reaches the services');
    },
  },
  {
    name: 'Shift with another key does not count',
    async run(sr) {
      const shiftTab = await sr.press('shift+Tab');
      sr.log('Shift+Tab', shiftTab);
      expectNotSaid(shiftTab, /Press Shift|Exiting/, 'Shift+Tab does not count towards the quick exit');
      // Shift let go a moment before Tab: still Shift used with another key.
      const sloppy = await sr.press('keydown', 'Shift_L', 'keydown', 'Tab', 'keyup', 'Shift_L', 'keyup', 'Tab');
      sr.log('Shift+Tab, Shift released first', sloppy);
      expectNotSaid(sloppy, /Press Shift|Exiting/, 'Shift released before Tab does not count');
    },
    // Whatever happened, the next flow starts with no Shift presses counted.
    async after(sr) {
      sr.log(`(${SHIFT_WINDOW / 1000} s later)`, await sr.listenUntil(Date.now() + SHIFT_WINDOW + 500));
    },
  },
  {
    name: 'Shift counting',
    async run(sr) {
      // Each press is said, with how many are left (a first press after a reset may say more).
      const first = await sr.pressUntil(/2 more times/, 'shift');
      sr.log('Shift', first);
      const second = await sr.pressUntil(/1 more time\b/, 'shift');
      sr.log('Shift', second);
      // The 5 s window is the product's own timer: wait it out, listening, then start again.
      const reset = await sr.listenUntil(Date.now() + SHIFT_WINDOW + 500);
      sr.log(`(${SHIFT_WINDOW / 1000} s later)`, reset);
      const firstText = first.find((t) => /2 more times/.test(t));
      // A new attempt is said again, in other words: Orca drops a live message identical to the last.
      const again = await sr.pressUntil(/2 more times/, 'shift');
      sr.log('Shift (a new attempt)', again);
      const againText = again.find((t) => /2 more times/.test(t));
      if (againText === firstText) throw new AssertionError('a new attempt repeats the first announcement word for word');
      sr.log('Shift', await sr.pressUntil(/1 more time\b/, 'shift'));
      // The third press leaves: the exit-url (port 9, which Firefox refuses without connecting) loads
      // Firefox's own "Blocked Page", so nothing is fetched from anywhere.
      const gone = await sr.pressUntil(/Finished loading (Blocked Page|Problem loading page)/, 'shift');
      sr.log('Shift (the page leaves)', gone);
    },
  },
  {
    name: "the timeline's steps",
    async run(sr) {
      const read = await sr.open('timeline');
      sr.log('page read on load', read);
      const previous = await sr.press('Tab');
      sr.log('Tab', previous);
      expectSaid(previous, /Previous/, 'Tab reaches Previous');
      expectSaid(previous, /arrow keys/, 'the arrow keys are described');
      sr.log('Tab', await sr.press('Tab'));
      const next = await sr.pressUntil(new RegExp(`Stage 2 of ${stages.length}: ${escape(stages[1])}`), 'Return');
      sr.log('Enter (browse mode)', next);
      sr.log('Tab', await sr.press('Tab'));
      const stage = await sr.press('Tab');
      sr.log('Tab', stage);
      expectSaid(stage, new RegExp(`Stage 2 of ${stages.length}: ${escape(stages[1])}`), 'Tab from the controls reaches the open stage, named for it');
      expectNotSaid(stage, / link\b/, 'Tab reaches the stage before its service links');
      const down = await sr.press('Down');
      const down2 = await sr.press('Down');
      sr.log('Down, Down', [...down, ...down2]);
      expectSaid([...stage, ...down, ...down2], /What can happen/, "the open stage's text follows in reading order");
      // Focus mode: the arrow keys step through.
      sr.log('Shift+Tab', await sr.press('shift+Tab'));
      sr.log('Shift+Tab', await sr.press('shift+Tab'));
      sr.log('Insert+A', await sr.pressUntil(/focus mode/i, 'Insert+a'));
      const right = await sr.pressUntil(new RegExp(`Stage 3 of ${stages.length}: ${escape(stages[2])}`), 'Right');
      sr.log('Right (focus mode)', right);
      sr.log('Insert+A', await sr.pressUntil(/browse mode/i, 'Insert+a'));
    },
  },
  {
    name: 'opening a law section and answering a myth',
    async run(sr) {
      const read = await sr.open('law');
      sr.log('page read on load', read);
      sr.log('Tab', await sr.press('Tab'));
      sr.log('Tab', await sr.press('Tab'));
      const header = await sr.press('Tab');
      sr.log('Tab', header);
      expectSaid(header, /Who is a child in law\?/, 'Tab reaches the first section');
      expectSaid(header, /collapsed/, 'its state is said');
      const opened = await sr.pressUntil(/expanded/, 'Return');
      sr.log('Enter', opened);
      // Orca puts an expandable button in focus mode; the reader goes back to browse mode to read on.
      if (contains([...header, ...opened], /Focus mode/)) sr.log('Insert+A', await sr.pressUntil(/Browse mode/, 'Insert+a'));
      const line = await sr.press('Down');
      sr.log('Down', line);
      expectSaid(line, whoFirstLine, 'the open section is read next');
      sr.log('Shift+Tab to Show all', await tabTo(sr, /^Show all push button/, 'shift+Tab'));
      const all = await sr.pressUntil(new RegExp(`${sectionCount} sections shown`), 'Return');
      sr.log('Enter on Show all', all);
      // APG accordion: every open section is one Tab stop (its heading); the myth buttons come next.
      const stops = [];
      for (let i = 0; i < sectionCount + 4; i++) {
        const said = await sr.press('Tab');
        stops.push(joined(said));
        if (contains(said, /\bMyth toggle button/)) break;
      }
      sr.log('Tab through the open sections', stops);
      expectNotSaid(stops, /Sources/, 'no Sources toggle sits between the sections');
      if (!/\bMyth toggle button/.test(stops.at(-1) ?? '')) {
        throw new AssertionError(`Tab did not reach the first Myth button: ${heard(stops)}`);
      }
      if (stops.length !== sectionCount + 2) throw new AssertionError(`expected ${sectionCount + 2} Tab stops from Show all to the first Myth button, heard ${stops.length}`);
      const answer = await sr.pressUntil(/It is a (myth|fact)\./, 'Return');
      sr.log('Enter on Myth', answer);
      expectSaid(answer, new RegExp(`^${firstMyth.myth ? 'Right' : 'Not quite'}\\.`), 'the answer says whether it was right');
    },
  },
  {
    name: 'copying a number',
    async run(sr) {
      const read = await sr.open('card');
      sr.log('page read on load', read);
      sr.log('Tab', await sr.press('Tab'));
      const copy = await sr.press('Tab');
      sr.log('Tab', copy);
      expectSaid(copy, /Copy number/, 'Tab reaches Copy number');
      const copied = await sr.pressUntil(/copied/i, 'Return');
      sr.log('Enter', copied);
      expectSaid(copied, /0800 1111/, 'the copied number is said');
    },
  },
  {
    name: 'no empty status read aloud',
    async run(sr) {
      const everything = sr.everything();
      const empty = everything.filter((t) => /\bstatusbar\b/i.test(t));
      if (empty.length) {
        throw new AssertionError(`Orca said "statusbar" ${empty.length} times in these flows (an empty role="status" region): ${sr.contextOf(/\bstatusbar\b/i).join(' || ')}`);
      }
    },
  },
];

/** Presses `key` (Tab or Shift+Tab) until Orca names what `pattern` matches; a few presses at most. */
async function tabTo(sr, pattern, key = 'Tab', most = 4) {
  const heardSoFar = [];
  for (let i = 0; i < most; i++) {
    const said = await sr.press(key);
    heardSoFar.push(...said);
    if (contains(said, pattern)) return heardSoFar;
  }
  throw new AssertionError(`${key} ${most} times did not reach ${pattern}: ${heard(heardSoFar)}`);
}

function escape(text) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

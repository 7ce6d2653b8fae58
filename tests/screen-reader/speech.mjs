// What Orca says, read from the JSON lines orca-speech.py writes: each utterance with its time.
// Waiting is always for speech, never for a fixed time: for a phrase to be said, then for Orca to
// fall quiet (no new utterance for QUIET ms), since one key press can bring several utterances.
import { readFileSync } from 'node:fs';

/** How long Orca must stay silent before what it said for one action counts as complete. */
export const QUIET = 700;
const POLL = 50;

/** "SPEECH OUTPUT: 'Exit this page link.'" (and any voice or ACSS details after it) → the text. */
function utterance(line) {
  const match = /^SPEECH OUTPUT: '([\s\S]*)'(?: voice=\w+)?(?: ?\{[\s\S]*\})?$/.exec(line);
  return match ? match[1] : null;
}

export class Speech {
  constructor(file) {
    this.file = file;
  }

  /** Every utterance so far, in order. */
  all() {
    return readFileSync(this.file, 'utf8')
      .split('\n')
      .filter(Boolean)
      .flatMap((json) => {
        try {
          const { t, line } = JSON.parse(json);
          const text = utterance(line);
          return text === null ? [] : [{ t, text: text.replace(/\s+/g, ' ').trim() }];
        } catch {
          return []; // a line still being written
        }
      })
      .filter((u) => u.text);
  }

  /** A place in the speech, to read what was said after it. */
  mark() {
    return this.all().length;
  }

  since(mark) {
    return this.all().slice(mark).map((u) => u.text);
  }

  /** Resolves with what was said since `since` once Orca has been quiet for QUIET ms. */
  async settle({ since = this.mark(), timeout = 15_000 } = {}) {
    const end = Date.now() + timeout;
    let count = this.all().length;
    let changed = Date.now();
    while (Date.now() < end) {
      await new Promise((r) => setTimeout(r, POLL));
      const now = this.all().length;
      if (now !== count) {
        count = now;
        changed = Date.now();
      } else if (Date.now() - changed >= QUIET) {
        return this.since(since);
      }
    }
    throw new Error(`Orca did not fall quiet within ${timeout} ms; it said: ${this.since(since).join(' | ')}`);
  }

  /** Waits for an utterance (after `since`) matching `pattern`, then for Orca to settle. */
  async waitFor(pattern, { since = this.mark(), timeout = 15_000, what = String(pattern) } = {}) {
    const end = Date.now() + timeout;
    while (Date.now() < end) {
      if (this.since(since).some((text) => pattern.test(text))) return this.settle({ since, timeout: Math.max(end - Date.now(), 5000) });
      await new Promise((r) => setTimeout(r, POLL));
    }
    throw new Error(`Waited ${timeout} ms for ${what}; Orca said: ${this.since(since).join(' | ') || '(nothing)'}`);
  }
}

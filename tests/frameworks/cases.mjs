// The tags the framework test writes three ways (a React 19 app, a Vue 3 app, plain HTML): between
// them every documented attribute of every element, each with a value that changes what is shown.
// `true` is a boolean attribute (present); every other value is the attribute's text. The test fails
// when the manifest documents an attribute that no case here uses.
export const CASES = [
  {
    id: 'card-service',
    tag: 'helpline-card',
    attrs: { service: 'shout', 'heading-level': '2', compact: true, strings: '{"copy":"Copy the number"}' },
  },
  {
    id: 'card-own',
    tag: 'helpline-card',
    attrs: {
      name: 'School nurse',
      description: 'Talk to the school nurse about anything that worries you.',
      phone: '020 7946 0000',
      'text-number': '85258',
      'text-keyword': 'NURSE',
      url: 'https://example.org/nurse',
      email: 'nurse@example.org',
      hours: 'Monday to Friday, 9am to 3pm',
      eligibility: 'For pupils at this school',
    },
  },
  {
    id: 'panel-parent',
    tag: 'help-panel',
    attrs: { audience: 'parent', situation: 'sextortion', 'no-quick-exit': true, 'heading-level': '4' },
  },
  {
    id: 'panel-young',
    tag: 'help-panel',
    attrs: { audience: 'young-person', situation: 'shared', 'exit-url': 'https://example.org/', strings: '{"heading":"Need help?"}' },
  },
  {
    id: 'law-scotland',
    tag: 'law-explainer',
    attrs: { jurisdiction: 'scotland', level: 'teen', sections: 'who,police,myths', open: 'police', 'heading-level': '2', strings: '{"title":"The law"}' },
  },
  { id: 'law-adult', tag: 'law-explainer', attrs: { level: 'adult', open: 'schools' } },
  {
    id: 'timeline-stage',
    tag: 'consequences-timeline',
    attrs: { scenario: 'sextortion', stage: '2', jurisdiction: 'northern-ireland', 'heading-level': '4', strings: '{"closing":"Help is there."}' },
  },
  { id: 'timeline-all', tag: 'consequences-timeline', attrs: { scenario: 'shared-without-consent', 'show-all': true, stage: 'weeks' } },
];

/** A case as plain HTML, the way a web editor writes it. */
export function caseHtml({ id, tag, attrs }) {
  const escape = (text) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
  const written = Object.entries(attrs).map(([name, value]) => (value === true ? ` ${name}` : ` ${name}="${escape(value)}"`));
  return `<${tag} data-case="${id}"${written.join('')}></${tag}>`;
}

// The pages a school's Editor publishes in the WordPress test, what kses must keep and strip in each,
// and what each widget must then say on the page.

/** A block as the plugin's block saves it: the comment delimiters around the bare tag. */
const block = (tag, attributes = '') => `<!-- wp:ypsi-widgets/${tag} -->\n<${tag}${attributes}></${tag}>\n<!-- /wp:ypsi-widgets/${tag} -->`;

export const PAGES = {
  singleSite: {
    title: 'Help on one site',
    content: '<!-- wp:html -->\n<helpline-card service="childline"></helpline-card>\n<!-- /wp:html -->',
  },
  blocks: {
    title: 'Blocks page',
    // Every kind of block option: a choice, a true/false, a comma list, and `open`, which HTML also
    // knows as a true/false attribute (the block must save its value).
    content: [
      block('help-panel', ' audience="parent"'),
      block('helpline-card', ' service="shout" compact'),
      block('law-explainer', ' level="teen" sections="who,police" open="police"'),
      block('consequences-timeline', ' scenario="pressured" show-all'),
    ].join('\n\n'),
    kept: [
      '<help-panel audience="parent"></help-panel>',
      '<helpline-card service="shout" compact></helpline-card>',
      '<law-explainer level="teen" sections="who,police" open="police"></law-explainer>',
      '<consequences-timeline scenario="pressured" show-all></consequences-timeline>',
    ],
    widgets: [
      { tag: 'help-panel', says: ['Exit this page'] },
      { tag: 'helpline-card', says: ['Shout', '85258'] },
      { tag: 'law-explainer', says: [] },
      { tag: 'consequences-timeline', says: [] },
    ],
    exitBy: 'its link',
  },
  customHtml: {
    title: 'Custom HTML page',
    content: `<!-- wp:html -->
<help-panel exit-url="javascript:alert(1)" onmouseover="alert(2)" heading-level="3"></help-panel>
<helpline-card service="childline" heading-level="3" data-x="1" strings='{"call": "Ring {number}"}'></helpline-card>
<law-explainer level="teen" open="who"></law-explainer>
<consequences-timeline scenario="sextortion" show-all></consequences-timeline>
<script>alert(3)</script>
<!-- /wp:html -->`,
    kept: [
      // The address is the widget's to refuse: kses does not know the attribute holds one.
      'exit-url="javascript:alert(1)"',
      'heading-level="3"',
      // JSON in single quotes, as the README writes it: kses keeps the quotes it was given.
      `<helpline-card service="childline" heading-level="3" strings='{"call": "Ring {number}"}'>`,
      '<law-explainer level="teen" open="who">',
      '<consequences-timeline scenario="sextortion" show-all>',
    ],
    // kses takes the <script> tags out and leaves their text, as it does for any tag it strips.
    stripped: ['onmouseover', 'data-x', '<script'],
    widgets: [
      { tag: 'help-panel', says: ['Exit this page'] },
      { tag: 'helpline-card', says: ['Childline', 'Ring 0800 1111'] },
      { tag: 'law-explainer', says: [] },
      { tag: 'consequences-timeline', says: [] },
    ],
    exitBy: 'Shift pressed 3 times',
  },
  classic: {
    title: 'Classic editor page',
    // No block delimiters: the classic editor's content, which WordPress runs through wpautop.
    content: 'Our safeguarding lead is Ms Example.\n\n<helpline-card service="childline"></helpline-card>\n\nOr talk to any member of staff.',
    widgets: [{ tag: 'helpline-card', says: ['Childline', '0800 1111'] }],
  },
  plain: {
    title: 'A page with no widget',
    content: '<!-- wp:paragraph -->\n<p>Term dates and the lunch menu.</p>\n<!-- /wp:paragraph -->',
  },
};

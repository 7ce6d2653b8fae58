/**
 * The block editor side of the WordPress plugin: one block per widget, made from the element list that
 * the build reads out of custom-elements.json, so a new attribute or value needs no change here.
 *
 * - Each documented attribute is a control in the block's sidebar: a toggle, a list of choices, a set
 *   of checkboxes for a comma list, or a text field. `strings` (JSON for translators) has no control:
 *   the build leaves it out of the blocks, and a page that needs it uses the tag in a Custom HTML block.
 * - The block shows the widget itself as its preview (the plugin loads the widget script in the
 *   editor). The preview is inert, so a click selects the block instead of following a link, and it
 *   has no quick exit, so pressing Shift while typing can never take an Editor away from unsaved work.
 * - The block saves the plain tag, e.g. `<help-panel audience="parent"></help-panel>`: the same HTML an
 *   Editor could paste, so the plugin's filter and the page's script treat both alike.
 *
 * Compiled to one classic script by scripts/wordpress-plugin.mjs; WordPress provides `wp.*`.
 */
import elements, { type BlockAttributeSpec, type BlockElementSpec } from 'ypsi:elements';

/** Block attribute values: the HTML attribute's text, or for a boolean whether it is present. */
type Values = Record<string, string | boolean | undefined>;

const { createElement: el, Fragment } = wp.element;
const { PanelBody, SelectControl, TextControl, ToggleControl, CheckboxControl, BaseControl, Disabled } = wp.components;
const { useBlockProps, InspectorControls } = wp.blockEditor;

/** The attribute the preview always sets, where an element has it: no page-wide Shift listener in the editor. */
const PREVIEW_ONLY = { 'no-quick-exit': true } as const;

/** `help-panel` → "Help panel"; `exit-url` → "Exit URL". */
const words = (name: string): string =>
  name
    .split('-')
    .map((word, i) => (word === 'url' ? 'URL' : i === 0 ? word[0]!.toUpperCase() + word.slice(1) : word))
    .join(' ');

/** Quotes an attribute value for HTML. */
const quoted = (value: string): string =>
  `"${value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;')}"`;

/** The attributes as they are written in HTML, in the manifest's order; unset ones left out. */
function htmlAttributes(element: BlockElementSpec, values: Values): [string, string][] {
  const out: [string, string][] = [];
  for (const { name, kind } of element.attributes) {
    const value = values[name];
    if (kind === 'boolean' ? value === true : typeof value === 'string' && value !== '') out.push([name, value === true ? '' : String(value)]);
  }
  return out;
}

/**
 * The saved HTML. Written here rather than by wp.element's serializer, which writes an attribute that
 * HTML knows as boolean (such as `open`) without its value, and law-explainer's `open` holds a section id.
 */
function savedHtml(element: BlockElementSpec, values: Values): string {
  const attributes = htmlAttributes(element, values).map(([name, value]) => (value === '' ? ` ${name}` : ` ${name}=${quoted(value)}`));
  return `<${element.tag}${attributes.join('')}></${element.tag}>`;
}

/**
 * The current look of WordPress's controls (current releases warn about the older one); WordPress 6.1
 * does not know these props and ignores them.
 */
const CURRENT_LOOK = { __nextHasNoMarginBottom: true, __next40pxDefaultSize: true } as const;

/** One sidebar control for one attribute. */
function control(spec: BlockAttributeSpec, values: Values, set: (changes: Values) => void): unknown {
  const { name, kind } = spec;
  const common = { key: name, label: words(name), help: spec.description, ...CURRENT_LOOK };
  const value = values[name];
  const text = typeof value === 'string' ? value : '';
  switch (kind) {
    case 'boolean':
      return el(ToggleControl, { ...common, checked: value === true, onChange: (on: boolean) => set({ [name]: on }) });
    case 'choice':
      return el(SelectControl, {
        ...common,
        value: text,
        options: [{ label: 'Default', value: '' }, ...spec.values.map((v) => ({ label: v, value: v }))],
        onChange: (chosen: string) => set({ [name]: chosen || undefined }),
      });
    case 'list': {
      const chosen = new Set(text.split(',').filter(Boolean));
      const toggle = (v: string, on: boolean) => {
        if (on) chosen.add(v);
        else chosen.delete(v);
        const list = spec.values.filter((x) => chosen.has(x)).join(',');
        set({ [name]: list || undefined });
      };
      return el(
        BaseControl,
        common,
        ...spec.values.map((v) => el(CheckboxControl, { key: v, label: v, __nextHasNoMarginBottom: true, checked: chosen.has(v), onChange: (on: boolean) => toggle(v, on) })),
      );
    }
    default:
      return el(TextControl, { ...common, value: text, onChange: (typed: string) => set({ [name]: typed || undefined }) });
  }
}

/** Props for the live preview: React sets them as attributes (`true` present, `undefined` absent). */
function previewProps(element: BlockElementSpec, values: Values): Record<string, string | true> {
  const props: Record<string, string | true> = {};
  for (const [name, value] of htmlAttributes(element, values)) props[name] = value === '' ? true : value;
  for (const [name, value] of Object.entries(PREVIEW_ONLY)) {
    if (element.attributes.some((a) => a.name === name)) props[name] = value;
  }
  return props;
}

function register(element: BlockElementSpec): void {
  const attributes: WpBlockSettings<Values>['attributes'] = {};
  for (const { name, kind } of element.attributes) {
    attributes[name] = { type: kind === 'boolean' ? 'boolean' : 'string', source: 'attribute', selector: element.tag, attribute: name };
  }
  const hasQuickExit = element.attributes.some((a) => a.name in PREVIEW_ONLY);
  wp.blocks.registerBlockType<Values>(`ypsi-widgets/${element.tag}`, {
    apiVersion: 3,
    title: words(element.tag),
    description: element.summary,
    category: 'widgets',
    icon: 'shield',
    keywords: ['safeguarding', 'help', 'nudes', element.tag],
    attributes,
    // The saved HTML is the bare tag; a class or alignment wrapper would not be.
    supports: { html: false, className: false, customClassName: false },
    edit: ({ attributes: values, setAttributes }) =>
      el(
        Fragment,
        null,
        el(
          InspectorControls,
          null,
          el(
            PanelBody,
            { title: 'Options', initialOpen: true },
            hasQuickExit ? el('p', null, 'The preview here has no quick exit, so typing cannot leave the editor. The published page has it.') : null,
            ...element.attributes.map((a) => control(a, values, setAttributes)),
          ),
        ),
        el('div', useBlockProps(), el(Disabled, null, el(element.tag, previewProps(element, values)))),
      ),
    save: ({ attributes: values }) => el(wp.element.RawHTML, null, savedHtml(element, values)),
  });
}

elements.forEach(register);

/**
 * The few parts of WordPress's block editor globals (`window.wp`) that the blocks use. WordPress loads
 * them as the scripts wp-blocks, wp-element, wp-components and wp-block-editor; the plugin lists those
 * as the blocks script's dependencies, so they are there before it runs. Typed by hand, narrowly,
 * instead of installing the @wordpress/* packages for their types.
 */

/** What `wp.element.createElement` returns; the blocks only pass it back to WordPress. */
type WpNode = unknown;
type WpComponent = unknown;
type WpProps = Record<string, unknown>;

interface WpBlockEditProps<A> {
  attributes: A;
  setAttributes(changes: Partial<A>): void;
}

interface WpBlockAttribute {
  type: 'string' | 'boolean';
  source?: 'attribute';
  selector?: string;
  attribute?: string;
}

interface WpBlockSettings<A> {
  apiVersion: number;
  title: string;
  description: string;
  category: string;
  icon: string;
  keywords: string[];
  attributes: Record<string, WpBlockAttribute>;
  supports: Record<string, boolean>;
  edit(props: WpBlockEditProps<A>): WpNode;
  save(props: { attributes: A }): WpNode;
}

declare const wp: {
  blocks: {
    registerBlockType<A>(name: string, settings: WpBlockSettings<A>): unknown;
  };
  element: {
    createElement(type: string | WpComponent, props?: WpProps | null, ...children: WpNode[]): WpNode;
    Fragment: WpComponent;
    /** Its children are written out as HTML, as they are. */
    RawHTML: WpComponent;
  };
  components: {
    PanelBody: WpComponent;
    SelectControl: WpComponent;
    TextControl: WpComponent;
    ToggleControl: WpComponent;
    CheckboxControl: WpComponent;
    BaseControl: WpComponent;
    Disabled: WpComponent;
  };
  blockEditor: {
    useBlockProps(props?: WpProps): WpProps;
    InspectorControls: WpComponent;
  };
};

/** The elements and their documented attributes, read from custom-elements.json when the plugin is built. */
declare module 'ypsi:elements' {
  export interface BlockAttributeSpec {
    /** The HTML attribute, e.g. `heading-level`. */
    name: string;
    /** boolean: present or not; choice: one of `values`; list: a comma list of `values`; text: free text. */
    kind: 'boolean' | 'choice' | 'list' | 'text';
    values: string[];
    description: string;
  }
  export interface BlockElementSpec {
    tag: string;
    summary: string;
    attributes: BlockAttributeSpec[];
  }
  const elements: BlockElementSpec[];
  export default elements;
}

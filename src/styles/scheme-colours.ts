import { unsafeCSS, type CSSResult } from '@lit/reactive-element';

/** A colour custom property's page-level override (a `--ypsi-*` or per-element property), light and dark values. */
export type SchemeColour = readonly [override: string, light: string, dark: string];

/**
 * Declares colour custom properties on `selector` twice: plain light values first, which every engine
 * reads, then light-dark() inside `@supports`, so the dark value follows the host page's
 * `color-scheme` where the engine has light-dark(). An engine without it (Safari before 17.5,
 * Chromium before 123, Firefox before 120) keeps the light palette instead of dropping every colour,
 * and a light-only page never gets a dark box in any engine.
 */
export function schemeColours(selector: string, colours: Record<string, SchemeColour>): CSSResult {
  const declarations = (value: (colour: SchemeColour) => string) =>
    Object.entries(colours)
      .map(([name, colour]) => `${name}:var(${colour[0]},${value(colour)});`)
      .join('');
  const light = declarations(([, lightValue]) => lightValue);
  const lightDark = declarations(([, lightValue, darkValue]) => `light-dark(${lightValue},${darkValue})`);
  return unsafeCSS(`${selector}{${light}}@supports (color:light-dark(#000,#fff)){${selector}{${lightDark}}}`);
}

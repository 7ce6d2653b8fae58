/** The package version, compared when a second copy of the bundle loads. A test keeps it equal to package.json. */
export const VERSION = '0.2.0';

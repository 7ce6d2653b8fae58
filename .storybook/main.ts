import type { StorybookConfig } from '@storybook/web-components-vite';

const config: StorybookConfig = {
  stories: ['../stories/**/*.stories.ts'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  // Docs pages show each element's manifest entry: its description, then attributes, parts, custom
  // properties, events and slots (stories/from-manifest.ts makes the table's rows).
  addons: ['@storybook/addon-docs'],
  // No telemetry: this project's promise is that nothing phones home, and that includes its tools.
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  docs: { defaultName: 'Docs' },
  // Storybook's own preview and docs renderer are each about 1 MB, a known size that no phone ever
  // downloads (the widgets' budgets are in package.json): Vite's chunk warning and its per-file size
  // list would only hide a real warning, so the limit sits above them and only warnings are printed.
  // Rolldown's note on how long Storybook's own plugins took is about Storybook, not this project.
  viteFinal: (vite) => ({
    ...vite,
    logLevel: 'warn',
    build: {
      ...vite.build,
      chunkSizeWarningLimit: 1500,
      rolldownOptions: { ...vite.build?.rolldownOptions, checks: { ...vite.build?.rolldownOptions?.checks, pluginTimings: false } },
    },
  }),
};
export default config;

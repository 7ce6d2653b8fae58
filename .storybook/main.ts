import type { StorybookConfig } from '@storybook/web-components-vite';

const config: StorybookConfig = {
  stories: ['../stories/**/*.stories.ts'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  // Docs pages render each element's manifest entry (description, attributes, parts, custom properties).
  addons: ['@storybook/addon-docs'],
  // No telemetry: this project's promise is that nothing phones home, and that includes its tools.
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  docs: { defaultName: 'Docs' },
};
export default config;

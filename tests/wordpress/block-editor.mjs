// The plugin's blocks in WordPress's block editor, as a site Editor uses them: log in, open the page
// the test published with the blocks, and check that each block is valid (what it saves is what was
// stored), that the preview is the live widget, and that changing an option in the sidebar changes
// the preview and what the block will save.
import { ORIGIN, WORK } from './site.mjs';

export async function editBlocks(browser, { site, user, password, postId }) {
  const tab = await browser.newPage();
  const problems = [];
  tab.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  // The editor's own requests are WordPress's business: it asks other hosts for avatars (there is no
  // network here) and, for an Editor, for theme templates an Editor may not read (HTTP 403). What
  // counts is a script error, or a failed request for one of the plugin's files.
  tab.on('console', (message) => message.type() === 'error' && !/^Failed to load resource/.test(message.text()) && problems.push(`console error: ${message.text()}`));
  tab.on('response', (response) => response.status() >= 400 && response.url().includes('/plugins/ypsi-widgets/') && problems.push(`HTTP ${response.status()}: ${response.url()}`));
  await tab.setViewport({ width: 1400, height: 1000 });
  try {
    await tab.goto(`${ORIGIN}${site}wp-login.php`, { waitUntil: 'load' });
    // Filled in directly: the login page selects the name field a moment after load, which would
    // swallow part of anything typed by then.
    await tab.$eval('#user_login', (el, value) => (el.value = value), user);
    await tab.$eval('#user_pass', (el, value) => (el.value = value), password);
    await Promise.all([tab.waitForNavigation({ timeout: 60000 }), tab.click('#wp-submit')]);
    if (!(await tab.cookies()).some((c) => c.name.startsWith('wordpress_logged_in_'))) throw new Error(`logging in as ${user} in the browser failed`);
    await tab.goto(`${ORIGIN}${site}wp-admin/post.php?post=${postId}&action=edit`, { waitUntil: 'load', timeout: 60000 });
    const block = '.wp-block[data-type="ypsi-widgets/help-panel"]';
    await tab.waitForSelector(`${block} help-panel`, { timeout: 60000 });

    const state = () =>
      tab.evaluate((selector) => {
        const el = document.querySelector(`${selector} help-panel`);
        const { wp } = window;
        const clientId = document.querySelector(selector).dataset.block;
        return {
          clientId,
          invalid: [...document.querySelectorAll('.block-editor-warning')].map((w) => w.textContent.trim()),
          defined: Boolean(customElements.get('help-panel')),
          height: el.getBoundingClientRect().height,
          audience: el.getAttribute('audience'),
          noQuickExit: el.hasAttribute('no-quick-exit'),
          saved: wp.blocks.serialize(wp.data.select('core/block-editor').getBlock(clientId)),
        };
      }, block);
    await tab.waitForFunction((selector) => document.querySelector(`${selector} help-panel`).getBoundingClientRect().height > 40, { timeout: 20000 }, block).catch(() => {});
    const before = await state();
    const blocks = await tab.evaluate(() =>
      window.wp.data.select('core/block-editor').getBlocks().map((b) => ({ name: b.name, valid: b.isValid, preview: Boolean(document.querySelector(`[data-block="${b.clientId}"] ${b.name.split('/')[1]}`)) })),
    );
    for (const b of blocks) if (!b.valid || !b.preview) problems.push(`${b.name}: ${b.valid ? '' : 'invalid'} ${b.preview ? '' : 'no preview'}`);
    if (blocks.length !== 4) problems.push(`the editor shows ${blocks.length} blocks: ${blocks.map((b) => b.name).join(', ')}`);
    if (before.invalid.length) problems.push(`the editor calls a block invalid: ${before.invalid.join(' | ')}`);
    if (!before.defined || before.height <= 40) problems.push(`the preview is not the rendered widget (${before.defined ? `${before.height}px tall` : 'never defined'})`);
    if (before.audience !== 'parent') problems.push(`the preview's audience is ${before.audience}, not the saved "parent"`);
    if (!before.noQuickExit) problems.push('the preview has a quick exit (pressing Shift while typing could leave the editor)');

    // The sidebar: select the block, close the first-run guide if it shows, pick another audience.
    await tab.evaluate((clientId) => {
      const { wp } = window;
      if (wp.data.select('core/edit-post').isFeatureActive('welcomeGuide')) wp.data.dispatch('core/edit-post').toggleFeature('welcomeGuide');
      wp.data.dispatch('core/edit-post').openGeneralSidebar('edit-post/block');
      wp.data.dispatch('core/block-editor').selectBlock(clientId);
    }, before.clientId);
    await tab.waitForFunction(() => [...document.querySelectorAll('label')].some((l) => l.textContent === 'Audience'), { timeout: 20000 });
    const select = await tab.evaluateHandle(() => document.getElementById([...document.querySelectorAll('label')].find((l) => l.textContent === 'Audience').htmlFor));
    const options = await select.evaluate((el) => [...el.options].map((o) => o.value));
    if (options.join() !== ',young-person,parent,professional') problems.push(`the Audience options are ${options.join(', ')}`);
    await select.select('professional');
    await tab.waitForFunction((selector) => document.querySelector(`${selector} help-panel`).getAttribute('audience') === 'professional', { timeout: 10000 }, block).catch(() => {});
    const after = await state();
    if (after.audience !== 'professional') problems.push(`after choosing "professional" the preview's audience is ${after.audience}`);
    if (!after.saved.includes('<help-panel audience="professional"></help-panel>')) problems.push(`after choosing "professional" the block would save: ${after.saved}`);
    // WORDPRESS_SCREENSHOTS=<folder>: the editor with each block selected, to look at its options.
    if (process.env.WORDPRESS_SCREENSHOTS) {
      const ids = await tab.evaluate(() => window.wp.data.select('core/block-editor').getBlocks().map((b) => [b.clientId, b.name.split('/')[1]]));
      for (const [clientId, tag] of ids) {
        await tab.evaluate((id) => window.wp.data.dispatch('core/block-editor').selectBlock(id), clientId);
        await tab.evaluate((id) => document.querySelector(`[data-block="${id}"]`).scrollIntoView(), clientId);
        await new Promise((resolve) => setTimeout(resolve, 500));
        await tab.screenshot({ path: `${process.env.WORDPRESS_SCREENSHOTS}/editor-${tag}.png` });
      }
    }
  } catch (error) {
    problems.push(error.message);
    // What the Editor would have seen, kept with the logs.
    await tab.screenshot({ path: `${WORK}/block-editor.png` }).catch(() => {});
    problems.push(`screenshot: ${WORK}/block-editor.png`);
  } finally {
    await tab.close();
  }
  return { problems };
}

// The steps an administrator takes, done through WordPress's own admin pages and REST API: install,
// upload and activate the plugin from its zip (on one site, and network-wide), create the network,
// add a school's site, and add users.
import { readFileSync } from 'node:fs';
import { ADMIN, Client, enableMultisite, field } from './site.mjs';

/** Installs WordPress as one site (install.php, step 2); returns its administrator, logged in. */
export async function install() {
  const installed = await new Client().request('POST', '/wp-admin/install.php?step=2', {
    form: { weblog_title: 'Trust network', user_name: ADMIN.user, admin_password: ADMIN.password, admin_password2: ADMIN.password, pw_weak: '1', admin_email: ADMIN.email, blog_public: '0', language: '' },
  });
  if (!/Success!|wp-login\.php/.test(installed.text)) throw new Error(`install.php did not install: HTTP ${installed.status} ${installed.text.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ').slice(0, 200)}`);
  const admin = new Client();
  await admin.login(ADMIN.user, ADMIN.password);
  return admin;
}

/** Turns the single site into a multisite (network.php); returns the super admin, logged in again. */
export async function makeNetwork(admin) {
  const form = await admin.request('GET', '/wp-admin/network.php');
  const created = await admin.request('POST', '/wp-admin/network.php', {
    form: { _wpnonce: field(form.text, '_wpnonce'), _wp_http_referer: '/wp-admin/network.php', sitename: 'Trust network', email: ADMIN.email, submit: 'Install' },
  });
  if (!/MULTISITE/.test(created.text)) throw new Error(`network.php made no network: HTTP ${created.status} ${created.text.match(/<div[^>]*error[^>]*>([\s\S]{0,300})/)?.[1] ?? ''}`);
  enableMultisite();
  // The network changes the login cookies: log in again, as network.php says.
  const superAdmin = new Client();
  await superAdmin.login(ADMIN.user, ADMIN.password);
  return superAdmin;
}

/**
 * Plugins → Add New → Upload Plugin, then the result page's Activate link: on one site "Activate
 * Plugin", in Network Admin (`network`) "Network Activate". Returns the plugin as REST reports it.
 */
export async function uploadAndActivate(admin, zipPath, { network }) {
  const base = network ? '/wp-admin/network/' : '/wp-admin/';
  const form = await admin.request('GET', `${base}plugin-install.php?tab=upload`);
  const uploaded = await admin.request('POST', `${base}update.php?action=upload-plugin`, {
    form: { _wpnonce: field(form.text, '_wpnonce'), _wp_http_referer: `${base}plugin-install.php?tab=upload`, 'install-plugin-submit': 'Install Now' },
    file: { field: 'pluginzip', name: zipPath.split('/').pop(), bytes: readFileSync(zipPath) },
  });
  const text = uploaded.text.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
  if (!/Plugin installed successfully/.test(text)) throw new Error(`the upload did not install the plugin: ${text.match(/Installing plugin from uploaded file.{0,300}/)?.[0] ?? text.slice(0, 300)}`);
  const link = uploaded.text.match(/href="([^"]*plugins\.php\?action=activate[^"]*)"/)?.[1]?.replace(/&amp;/g, '&');
  if (!link || network !== link.includes('networkwide=1')) throw new Error(`the upload result has no ${network ? 'Network Activate' : 'Activate Plugin'} link`);
  const activated = await admin.request('GET', new URL(link, `http://localhost${base}`).href);
  if (activated.status !== 302) throw new Error(`${network ? 'Network Activate' : 'Activate Plugin'} answered HTTP ${activated.status}`);
  const [plugin] = await admin.rest('GET', '/', '/wp/v2/plugins?search=ypsi');
  return plugin;
}

/** Deactivates and deletes the plugin (network.php takes no network while a plugin is active). */
export async function removePlugin(admin, plugin) {
  await admin.rest('POST', '/', `/wp/v2/plugins/${plugin.plugin}`, { status: 'inactive' });
  await admin.rest('DELETE', '/', `/wp/v2/plugins/${plugin.plugin}`);
}

/** Network Admin → Sites → Add New: a site at /<slug>/. Returns its path. */
export async function addSite(superAdmin, slug, title) {
  const form = await superAdmin.request('GET', '/wp-admin/network/site-new.php');
  const added = await superAdmin.request('POST', '/wp-admin/network/site-new.php?action=add-site', {
    form: { '_wpnonce_add-blog': field(form.text, '_wpnonce_add-blog'), 'blog[domain]': slug, 'blog[title]': title, 'blog[email]': ADMIN.email, submit: 'Add Site' },
  });
  if (added.status !== 302 || !/update=added/.test(added.headers.location ?? '')) throw new Error(`adding the site answered HTTP ${added.status}`);
  return `/${slug}/`;
}

/**
 * A user with `role` on the site, made by the super admin through REST, with an application password
 * for REST calls of its own. Returns a client that acts as that user.
 */
export async function addUser(superAdmin, site, { user, role }) {
  const password = `${user}-password-for-tests`;
  // Multisite user names are lower-case letters and digits only.
  const made = await superAdmin.rest('POST', site, '/wp/v2/users', { username: user, email: `${user}@example.org`, password, roles: [role] });
  const { password: appPassword } = await superAdmin.rest('POST', site, `/wp/v2/users/${made.id}/application-passwords`, { name: 'ypsi-widgets test' });
  const client = new Client();
  client.basic = `${user}:${appPassword}`;
  return { client, id: made.id, user, password };
}

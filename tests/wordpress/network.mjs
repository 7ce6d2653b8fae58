// The steps a network administrator takes, done through WordPress's own admin pages and REST API:
// install, create the network, upload and network-activate the plugin from its zip, add a school's
// site and give it an Editor.
import { readFileSync } from 'node:fs';
import { ADMIN, Client, enableMultisite, field } from './site.mjs';

/** Installs WordPress (install.php, step 2) and turns it into a multisite (network.php). */
export async function installNetwork() {
  const install = await new Client().request('POST', '/wp-admin/install.php?step=2', {
    form: { weblog_title: 'Trust network', user_name: ADMIN.user, admin_password: ADMIN.password, admin_password2: ADMIN.password, pw_weak: '1', admin_email: ADMIN.email, blog_public: '0', language: '' },
  });
  if (!/Success!|wp-login\.php/.test(install.text)) throw new Error(`install.php did not install: HTTP ${install.status} ${install.text.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ').slice(0, 200)}`);
  const admin = new Client();
  await admin.login(ADMIN.user, ADMIN.password);
  const form = await admin.request('GET', '/wp-admin/network.php');
  const created = await admin.request('POST', '/wp-admin/network.php', {
    form: { _wpnonce: field(form.text, '_wpnonce'), _wp_http_referer: '/wp-admin/network.php', sitename: 'Trust network', email: ADMIN.email, submit: 'Install' },
  });
  if (!/MULTISITE/.test(created.text)) throw new Error(`network.php made no network: HTTP ${created.status}`);
  enableMultisite();
  // The network changes the login cookies: log in again, as network.php says.
  const superAdmin = new Client();
  await superAdmin.login(ADMIN.user, ADMIN.password);
  return superAdmin;
}

/** Network Admin → Plugins → Add New → Upload Plugin, then the result page's "Network Activate". */
export async function uploadAndNetworkActivate(superAdmin, zipPath) {
  const form = await superAdmin.request('GET', '/wp-admin/network/plugin-install.php?tab=upload');
  const uploaded = await superAdmin.request('POST', '/wp-admin/network/update.php?action=upload-plugin', {
    form: { _wpnonce: field(form.text, '_wpnonce'), _wp_http_referer: '/wp-admin/network/plugin-install.php?tab=upload', 'install-plugin-submit': 'Install Now' },
    file: { field: 'pluginzip', name: zipPath.split('/').pop(), bytes: readFileSync(zipPath) },
  });
  const text = uploaded.text.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
  if (!/Plugin installed successfully/.test(text)) throw new Error(`the upload did not install the plugin: ${text.match(/Installing plugin from uploaded file.{0,300}/)?.[0] ?? text.slice(0, 300)}`);
  const activate = uploaded.text.match(/href="([^"]*plugins\.php\?action=activate[^"]*networkwide=1[^"]*)"|href="([^"]*plugins\.php\?action=activate[^"]*)"/);
  if (!activate) throw new Error('the upload result has no Network Activate link');
  const href = (activate[1] ?? activate[2]).replace(/&amp;/g, '&');
  const activated = await superAdmin.request('GET', new URL(href, 'http://localhost/wp-admin/network/').href);
  if (activated.status !== 302) throw new Error(`Network Activate answered HTTP ${activated.status}`);
  const [plugin] = await superAdmin.rest('GET', '/', '/wp/v2/plugins?search=ypsi');
  return plugin;
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

// Test-server middleware: lets a test page be served with the headers a strict host would send.
// A request for any path with ?csp=strict gets the strict Content-Security-Policy of issue #6.
export const STRICT_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html";

export const testMiddleware = [
  async function strictHeaders(context, next) {
    await next();
    if (context.URL.searchParams.get('csp') === 'strict') {
      context.set('Content-Security-Policy', STRICT_CSP);
    }
  },
];

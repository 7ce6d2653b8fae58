// Loaded first, as a classic script, by every embedding test page: writes down what a host page would
// suffer from the widgets (uncaught errors, rejected promises, console warnings and errors, CSP
// violations) and trips a wire on every touch of cookies or storage. The test reads `window.ypsiRecord`.
(() => {
  const record = { errors: [], warnings: [], consoleErrors: [], violations: [], storage: [] };
  window.ypsiRecord = record;
  addEventListener('error', (event) => record.errors.push(String(event.message || event.error)));
  addEventListener('unhandledrejection', (event) => record.errors.push(`unhandled rejection: ${String(event.reason)}`));
  const keep = (list, original) =>
    function (...args) {
      list.push(args.map(String).join(' '));
      return original.apply(this, args);
    };
  console.warn = keep(record.warnings, console.warn);
  console.error = keep(record.consoleErrors, console.error);
  // Capture phase on the document: violations inside shadow roots are composed and reach it too.
  document.addEventListener(
    'securitypolicyviolation',
    (event) => record.violations.push(`${event.effectiveDirective} blocked ${event.blockedURI || 'inline'} (${event.sourceFile}:${event.lineNumber}) ${event.sample}`),
    true,
  );
  // Trip wires: reading or writing any of these, even once, is a touch.
  const wire = (target, name) => {
    let owner = target;
    while (owner && !Object.getOwnPropertyDescriptor(owner, name)) owner = Object.getPrototypeOf(owner);
    const descriptor = owner && Object.getOwnPropertyDescriptor(owner, name);
    if (!descriptor || !descriptor.configurable) return;
    const wrapped = { configurable: true, enumerable: descriptor.enumerable };
    if (descriptor.get) {
      wrapped.get = function () {
        record.storage.push(`read ${name}`);
        return descriptor.get.call(this);
      };
    }
    if (descriptor.set) {
      wrapped.set = function (value) {
        record.storage.push(`wrote ${name}`);
        descriptor.set.call(this, value);
      };
    }
    if ('value' in descriptor) {
      wrapped.value = function (...args) {
        record.storage.push(`called ${name}`);
        return descriptor.value.apply(this, args);
      };
      wrapped.writable = true;
    }
    Object.defineProperty(owner, name, wrapped);
  };
  wire(document, 'cookie');
  for (const name of ['localStorage', 'sessionStorage', 'indexedDB', 'caches', 'cookieStore', 'openDatabase']) wire(window, name);
  wire(navigator, 'serviceWorker');
  wire(navigator, 'storage');
})();

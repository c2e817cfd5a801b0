// Loading a classic script (a vendored library) on demand, as a promise.

/** Load a classic script and resolve when it has run. */
export function loadScript(src) {
  return new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = src;
    script.onload = resolve;
    script.onerror = () => reject(new Error(`battlemap: could not load ${src}`));
    document.head.appendChild(script);
  });
}

// The production pages' one script: both map pages' entries bundled together, the page's options choosing which runs.
const element = document.getElementById('battlemap-options');
const options = element ? JSON.parse(element.textContent) : {};
// esbuild bundles both modules into the one script: each runs only when imported here.
if (options.embed) import('../../static/battlemap/js/embed-page.js');
else import('../../static/battlemap/js/operation-page.js');

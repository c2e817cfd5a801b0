// The example article: as each section of the text comes into view, the embedded map moves to its date and place, through the embed's postMessage API only.
const frame = document.querySelector('iframe[data-role="story-map"]');
const sections = [...document.querySelectorAll('.article-section')];
const send = (message) => frame.contentWindow.postMessage({ battlemap: 1, ...message }, window.location.origin);
const reducedMotion = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
let ready = false;
let current = null;

function show(section) {
  if (!ready || section === current) return;
  current = section;
  for (const other of sections) other.classList.toggle('article-section--current', other === section);
  const { date, time, lat, lng, zoom } = section.dataset;
  send({ type: 'set-date', date, ...(time ? { time } : {}) });
  send({ type: 'fly-to', lat: Number(lat), lng: Number(lng), zoom: Number(zoom), animate: !reducedMotion });
}

// With the script running, the map replaces the stills the text shows without it.
document.documentElement.classList.add('article--live');

window.addEventListener('message', (event) => {
  if (event.source !== frame.contentWindow || event.data?.battlemap !== 1) return;
  if (event.data.type === 'ready') {
    ready = true;
    const visible = sections.find((section) => section.getBoundingClientRect().bottom > window.innerHeight * 0.4);
    show(visible || sections[0]);
  }
});

// The section crossing the middle of the window is the one being read.
const observer = new IntersectionObserver((entries) => {
  for (const entry of entries) if (entry.isIntersecting) show(entry.target);
}, { rootMargin: '-45% 0px -45% 0px' });
for (const section of sections) observer.observe(section);

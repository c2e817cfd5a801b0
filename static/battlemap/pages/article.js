// The example article: as each section of the text is read, the embedded map moves to its date and place (its phone view in a narrow frame), through the embed's postMessage API only.
import { readingLine, sceneView, sectionBeingRead } from './reading-line.js';

const frame = document.querySelector('iframe[data-role="story-map"]');
const mapBox = document.querySelector('.article-map');
const textColumn = document.querySelector('.article-text');
const sections = [...document.querySelectorAll('.article-section')];
const send = (message) => frame.contentWindow.postMessage({ battlemap: 1, ...message }, window.location.origin);
const reducedMotion = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
let ready = false;
let current = null;
// The view last sent, so that a frame turned from narrow to wide (a phone rotated) takes the other view.
let currentView = null;

/** A section's scene: its date and time, its place and zoom, and its phone view if it has one. */
function sceneOf(section) {
  const { date, time, lat, lng, zoom, phoneLat, phoneLng, phoneZoom } = section.dataset;
  const phone = phoneZoom ? { lat: Number(phoneLat), lng: Number(phoneLng), zoom: Number(phoneZoom) } : null;
  return { date, time, lat: Number(lat), lng: Number(lng), zoom: Number(zoom), phone };
}

function show(section) {
  if (!ready) return;
  const scene = sceneOf(section);
  const view = sceneView(scene, frame.clientWidth);
  const sameView = currentView && ['lat', 'lng', 'zoom'].every((key) => currentView[key] === view[key]);
  if (section === current && sameView) return;
  if (section !== current) {
    for (const other of sections) other.classList.toggle('article-section--current', other === section);
    send({ type: 'set-date', date: scene.date, ...(scene.time ? { time: scene.time } : {}) });
  }
  current = section;
  currentView = view;
  send({ type: 'fly-to', ...view, animate: !reducedMotion });
}

/** How far down the window the map covers the text: to its bottom when it lies over the text's column (a phone), else not at all. */
function coveredTo() {
  const map = mapBox.getBoundingClientRect();
  const text = textColumn.getBoundingClientRect();
  const overText = map.left < text.right && map.right > text.left;
  return overText ? map.bottom : 0;
}

/** The section being read now: the first whose text reaches below the reading line. */
function sectionRead() {
  const line = readingLine({ viewportHeight: window.innerHeight, coveredTo: coveredTo() });
  const ends = sections.map((section) => section.lastElementChild.getBoundingClientRect().bottom);
  return sections[sectionBeingRead(ends, line)];
}

// With the script running, the map replaces the stills the text shows without it.
document.documentElement.classList.add('article--live');

window.addEventListener('message', (event) => {
  if (event.source !== frame.contentWindow || event.data?.battlemap !== 1) return;
  if (event.data.type === 'ready') {
    ready = true;
    show(sectionRead());
  }
});

// Measured at most once a frame while the reader scrolls, and when the window's size changes
// (the map's height is a share of it).
let pending = false;
const update = () => {
  if (pending) return;
  pending = true;
  requestAnimationFrame(() => {
    pending = false;
    if (sections.length) show(sectionRead());
  });
};
window.addEventListener('scroll', update, { passive: true });
window.addEventListener('resize', update);

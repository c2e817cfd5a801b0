// The share dialog's PNG buttons: the map's frame as a picture with its title, caption, legend, scale, sources and address.
import { describeTime } from '../time/format.js';
import { downloadCanvas, drawSnapshot } from './snapshot.js';
import { creditsLine, snapshotFileName } from './snapshot-text.js';
import { wireFrameLinks } from './snapshot-frame-links.js';

/**
 * Wire the buttons: the frame at screen or double resolution; the caption is the current key
 * moment's, or else the day's most important event's, and the sources theirs.
 */
export function wireSnapshotButtons({ map, clock, index, canvases, waterAndRail, backdrop, presentation, slug }) {
  wireFrameLinks({ map, clock, index });
  for (const button of document.querySelectorAll('[data-action="download-png"]')) {
    button.addEventListener('click', () => {
      const ratio = Number(button.dataset.ratio) || 1;
      const { date, hhmm, dayIndex } = index.partsOf(clock.time);
      const moment = presentation?.current !== null && presentation?.current !== undefined ? presentation.moments[presentation.current] : null;
      const dayEvents = index.events.filter((event) => Math.floor(event.at) === dayIndex);
      const event = dayEvents.sort((a, b) => b.importance - a.importance)[0];
      const caption = moment ? `${moment.title}. ${moment.caption}` : event ? `${event.title}. ${event.text || ''}` : '';
      const cited = moment ? moment.sources : event ? event.sources : [];
      const lines = map.hasLayer(waterAndRail) ? index.places : [];
      const canvas = drawSnapshot({
        map, canvases, lines, backdrop: backdrop || '#eef0ea', ratio,
        title: `${index.operation.name} · ${describeTime(index, clock.time)}`,
        caption: caption.trim(),
        credits: [creditsLine(index.sources, cited), 'Battlemap'].filter(Boolean).join(' · '),
        sides: index.sides,
        address: window.location.href,
      });
      downloadCanvas(canvas, snapshotFileName(slug, date, hhmm, ratio)).catch((error) => console.error(error));
    });
  }
}

// Marks the current day's located events on the map (each tooltip says how we know it), gathering those close together into one marker that expands; clicking one jumps the clock to it.
import { groupNearby } from '../core/event-groups.js';
import { basisDash, howWeKnowLine } from '../core/basis.js';
import { interpolate, ngettext } from '../core/i18n.js';

const L = window.L;
/** Events closer than this on screen (px) gather into one marker. */
const GATHER_RADIUS = 22;

export const EventLayer = L.LayerGroup.extend({
  options: {
    index: null,
    /** The Clock to follow; by default the map's `clock` option, found when the layer is added. */
    clock: null,
    /** Called with an event record when its marker is clicked. */
    onSelect: null,
  },

  initialize(options) {
    L.LayerGroup.prototype.initialize.call(this, [], options);
    L.setOptions(this, options);
    this._day = null;
    this._onClockChange = () => this._update();
  },

  onAdd(map) {
    this._clock = this.options.clock || map.options.clock;
    if (!this._clock) throw new Error('EventLayer: no clock (neither its clock option nor the map\'s)');
    L.LayerGroup.prototype.onAdd.call(this, map);
    this._clock.on('timechange', this._onClockChange);
    this._onZoom = () => this._update(true);
    map.on('zoomend', this._onZoom);
    this._update(true);
  },

  onRemove(map) {
    this._clock.off('timechange', this._onClockChange);
    map.off('zoomend', this._onZoom);
    L.LayerGroup.prototype.onRemove.call(this, map);
    this._day = null;
  },

  _update(force = false) {
    const day = Math.floor(this._clock.time);
    if (!force && day === this._day) return;
    this._day = day;
    this.clearLayers();
    const located = this.options.index.eventsOnDay(day).filter((event) => event.geometry?.type === 'Point');
    const map = this._map;
    const points = located.map((event) => {
      const [lon, lat] = event.geometry.coordinates;
      const point = map.latLngToLayerPoint([lat, lon]);
      return { x: point.x, y: point.y, weight: event.importance };
    });
    this.lastGroups = groupNearby(points, GATHER_RADIUS).map((group) => group.map((i) => located[i]));
    for (const group of this.lastGroups) {
      if (group.length === 1) this.addLayer(this._eventMarker(group[0]));
      else this.addLayer(this._groupMarker(group));
    }
  },

  _eventMarker(event) {
    const [lon, lat] = event.geometry.coordinates;
    const marker = L.circleMarker([lat, lon], {
      radius: 4 + event.importance * 2.5,
      color: '#111',
      weight: 2,
      fillColor: '#f1c40f',
      fillOpacity: 0.95,
      // The certainty's dash, extended by the basis: a derived or inferred event is drawn broken too.
      dashArray: basisDash(event, event.certainty === 'approximate' ? '3 3' : null),
      className: `bm-event-marker bm-event-marker--${event.importance}`,
    });
    // Leaflet writes a string tooltip as HTML: hand it a text node so a title is never markup.
    const tooltip = document.createElement('span');
    const title = document.createElement('strong');
    title.textContent = `${event.time ? `${event.time} · ` : ''}${event.title}`;
    const known = document.createElement('span');
    known.className = `bm-basis bm-basis--${event.basis || 'stated'}`;
    // Short: the basis and what it rests on; an inferred event's reason is in the story.
    known.textContent = howWeKnowLine(event, this.options.index.sources, { reason: false });
    tooltip.append(title, document.createElement('br'), known);
    marker.bindTooltip(tooltip, { direction: 'top', offset: [0, -6] });
    marker.on('click', () => this.options.onSelect?.(event));
    return marker;
  },

  /**
   * One marker for events close together: it shows how many, and opens a list of them (each a
   * button that jumps to its event). A keyboard reaches it with Tab and opens it with Enter.
   */
  _groupMarker(group) {
    const [lon, lat] = group[0].geometry.coordinates;
    const badge = document.createElement('span');
    badge.textContent = String(group.length);
    const marker = L.marker([lat, lon], {
      icon: L.divIcon({ className: 'bm-event-group', html: badge, iconSize: [30, 30] }),
      title: interpolate(ngettext('%(count)s event here: %(titles)s', '%(count)s events here: %(titles)s', group.length), { count: group.length, titles: group.map((event) => event.title).join('; ') }),
      keyboard: true,
      riseOnHover: true,
    });
    const list = document.createElement('ol');
    list.className = 'bm-event-group__list';
    for (const event of group) {
      const item = document.createElement('li');
      const button = document.createElement('button');
      button.type = 'button';
      button.textContent = `${event.time ? `${event.time} · ` : ''}${event.title}`;
      button.addEventListener('click', () => {
        marker.closePopup();
        this.options.onSelect?.(event);
      });
      item.appendChild(button);
      list.appendChild(item);
    }
    marker.bindPopup(list, { className: 'bm-event-group__popup', maxWidth: 320 });
    return marker;
  },
});

export function eventLayer(options) {
  return new EventLayer(options);
}

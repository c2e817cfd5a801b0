// Marks the current day's located events on the map; clicking one jumps the clock to it.
const L = window.L;

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
    this._update(true);
  },

  onRemove(map) {
    this._clock.off('timechange', this._onClockChange);
    L.LayerGroup.prototype.onRemove.call(this, map);
    this._day = null;
  },

  _update(force = false) {
    const day = Math.floor(this._clock.time);
    if (!force && day === this._day) return;
    this._day = day;
    this.clearLayers();
    for (const event of this.options.index.eventsOnDay(day)) {
      if (event.geometry?.type !== 'Point') continue;
      const [lon, lat] = event.geometry.coordinates;
      const marker = L.circleMarker([lat, lon], {
        radius: 4 + event.importance * 2.5,
        color: '#111',
        weight: 2,
        fillColor: '#f1c40f',
        fillOpacity: 0.95,
        dashArray: event.certainty === 'approximate' ? '3 3' : null,
        className: `bm-event-marker bm-event-marker--${event.importance}`,
      });
      // Leaflet writes a string tooltip as HTML: hand it a text node so a title is never markup.
      marker.bindTooltip(document.createTextNode(`${event.time ? `${event.time} · ` : ''}${event.title}`), { direction: 'top', offset: [0, -6] });
      marker.on('click', () => this.options.onSelect?.(event));
      this.addLayer(marker);
    }
  },
});

export function eventLayer(options) {
  return new EventLayer(options);
}

// Going to an event the reader picked: the clock to its time, the map to its place if that is off screen.

/** Jump the clock to `event`'s time and pan the map to its point when that lies near or past the edge. */
export function jumpToEvent({ map, clock }, event) {
  clock.jumpTo(event.at);
  if (event.geometry?.type === 'Point') {
    const [lon, lat] = event.geometry.coordinates;
    if (!map.getBounds().pad(-0.1).contains([lat, lon])) map.panTo([lat, lon]);
  }
}

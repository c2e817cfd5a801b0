// Indexes the timeline document for fast questions by time: positions, events, movements, stats.
const MINUTES_PER_DAY = 1440;
const DAY_MS = 86400000;
// A destroyed formation stays on the map this many days after its last position, then goes.
const DESTROYED_LINGER_DAYS = 1;

function parseIsoDate(date) {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date ?? '');
  if (!match) return NaN;
  return Date.UTC(+match[1], +match[2] - 1, +match[3]);
}

export class TimelineIndex {
  constructor(timeline) {
    if (!timeline || !Array.isArray(timeline.dates) || timeline.dates.length === 0) {
      throw new TypeError('TimelineIndex: the timeline has no dates');
    }
    if (!timeline.vocabulary) throw new TypeError('TimelineIndex: the timeline has no vocabulary');
    this.timeline = timeline;
    this.operation = timeline.operation;
    // The vocabulary comes with the data (geodata/vocabulary.py), never restated here.
    /** Echelons from the largest down; filters keep everything at or above a chosen echelon. */
    this.echelons = timeline.vocabulary.echelons.map(([echelon]) => echelon);
    /** Each echelon's name for a reader. */
    this.echelonLabels = new Map(timeline.vocabulary.echelons);
    /** Area roles in painting order, bottom first, and certainties from the surest. */
    this.areaRoles = timeline.vocabulary.area_roles;
    this.certainties = timeline.vocabulary.certainties;
    this.dates = timeline.dates;
    this.dayCount = this.dates.length;
    this._dayOfDate = new Map(this.dates.map((date, i) => [date, i]));
    this._startMs = parseIsoDate(this.dates[0]);
    this.sides = timeline.operation.sides;
    this.sideBySlug = new Map(this.sides.map((side) => [side.slug, side]));
    this.formations = timeline.formations || [];
    this.formationById = new Map(this.formations.map((f) => [f.id, f]));
    this.sources = timeline.sources || {};
    this.places = timeline.places || [];
    this.stats = timeline.stats || [];

    this._positionsByFormation = new Map();
    for (const position of timeline.positions || []) {
      const day = this._dayOfDate.get(position.date);
      if (day === undefined) continue;
      if (!this._positionsByFormation.has(position.formation)) this._positionsByFormation.set(position.formation, []);
      this._positionsByFormation.get(position.formation).push({ ...position, day });
    }
    for (const list of this._positionsByFormation.values()) list.sort((a, b) => a.day - b.day);

    this.events = (timeline.events || [])
      .filter((event) => this._dayOfDate.has(event.date))
      .map((event) => ({ ...event, importance: event.importance || 1, at: this.timeOf(event.date, event.time) }))
      .sort((a, b) => a.at - b.at || b.importance - a.importance);

    this.movements = (timeline.movements || [])
      .filter((m) => this._dayOfDate.has(m.start_date) && this._dayOfDate.has(m.end_date))
      .map((m) => ({ ...m, startDay: this._dayOfDate.get(m.start_date), endDay: this._dayOfDate.get(m.end_date) }));
  }

  /** The last time on the slider: 23:59 on the last date. */
  get maxTime() {
    return this.dayCount - 1 / MINUTES_PER_DAY;
  }

  dayIndexOf(date) {
    return this._dayOfDate.get(date);
  }

  /** Time in days from a date and an optional 'HH:MM'; undefined for a date outside the operation. */
  timeOf(date, hhmm = null) {
    const day = this._dayOfDate.get(date);
    if (day === undefined) return undefined;
    const match = /^(\d{1,2}):(\d{2})$/.exec(hhmm ?? '');
    if (!match) return day;
    return day + (Math.min(23, +match[1]) * 60 + Math.min(59, +match[2])) / MINUTES_PER_DAY;
  }

  /** {date: 'YYYY-MM-DD', hhmm: 'HH:MM', dayIndex} of a time, rounded down to the minute. */
  partsOf(time) {
    const minutes = Math.floor(Math.max(0, time) * MINUTES_PER_DAY + 1e-6);
    const dayIndex = Math.min(this.dayCount - 1, Math.floor(minutes / MINUTES_PER_DAY));
    const minuteOfDay = minutes - dayIndex * MINUTES_PER_DAY;
    const hh = String(Math.min(23, Math.floor(minuteOfDay / 60))).padStart(2, '0');
    const mm = String(Math.min(59, minuteOfDay % 60)).padStart(2, '0');
    return { date: this.dates[dayIndex], hhmm: `${hh}:${mm}`, dayIndex };
  }

  /** Milliseconds since the Unix epoch (UTC) of a time, for charts and date formatting. */
  epochMsOf(time) {
    return this._startMs + time * DAY_MS;
  }

  positionsOf(formationId) {
    return this._positionsByFormation.get(formationId) || [];
  }

  /**
   * Where a formation is at a time, or null before its first position. A position holds until
   * the next one; during the last day before the next position the formation glides there.
   */
  positionAt(formationId, time) {
    const positions = this.positionsOf(formationId);
    if (!positions.length || time < positions[0].day) return null;
    let i = 0;
    while (i + 1 < positions.length && positions[i + 1].day <= time) i++;
    const current = positions[i];
    const next = positions[i + 1];
    if (current.status === 'destroyed' && !next && time >= current.day + 1 + DESTROYED_LINGER_DAYS) return null;
    let { lon, lat } = current;
    let gliding = false;
    if (next && time > next.day - 1) {
      const fraction = time - (next.day - 1);
      lon += (next.lon - lon) * fraction;
      lat += (next.lat - lat) * fraction;
      gliding = true;
    }
    return { formation: formationId, lon, lat, gliding, position: current, next: next || null };
  }

  /** Positions of all formations at a time whose echelon is at or above minEchelon (null: all). */
  positionsAt(time, minEchelon = null) {
    const limit = minEchelon ? this.echelons.indexOf(minEchelon) : this.echelons.length;
    const result = [];
    for (const formation of this.formations) {
      if (this.echelons.indexOf(formation.echelon) > limit) continue;
      const where = this.positionAt(formation.id, time);
      if (where) result.push({ ...where, formationRecord: formation });
    }
    return result;
  }

  eventsOnDay(dayIndex) {
    return this.events.filter((event) => Math.floor(event.at) === dayIndex);
  }

  /** The first event strictly after time (with at least minImportance), or null. */
  nextEvent(time, minImportance = 1) {
    return this.events.find((e) => e.at > time + 1e-6 && e.importance >= minImportance) || null;
  }

  /** The last event strictly before time (with at least minImportance), or null. */
  previousEvent(time, minImportance = 1) {
    for (let i = this.events.length - 1; i >= 0; i--) {
      const e = this.events[i];
      if (e.at < time - 1e-6 && e.importance >= minImportance) return e;
    }
    return null;
  }

  /**
   * How far a movement's arrow has grown at a time, 0..1, and how visible it is: the arrow grows
   * from 00:00 on its start date to 24:00 on its end date, then stays a day and fades over the next.
   */
  movementStateAt(movement, time) {
    const start = movement.startDay;
    const end = movement.endDay + 1;
    if (time < start) return { progress: 0, opacity: 0 };
    const progress = Math.min(1, (time - start) / (end - start));
    const opacity = time <= end + 1 ? 1 : Math.max(0, 1 - (time - end - 1));
    return { progress, opacity };
  }

  /** Stats as columns: {epochSeconds: [...], series: {name: [...]}} for the chart. */
  statsColumns() {
    const epochSeconds = [];
    const columns = {};
    const push = (name, i, value) => {
      if (!columns[name]) columns[name] = new Array(this.stats.length).fill(null);
      columns[name][i] = value;
    };
    this.stats.forEach((row, i) => {
      epochSeconds.push(parseIsoDate(row.date) / 1000);
      for (const [side, roles] of Object.entries(row.area_km2 || {})) {
        for (const [role, km2] of Object.entries(roles)) push(`${side}.${role}`, i, km2);
      }
      for (const [side, statuses] of Object.entries(row.formations_by_status || {})) {
        for (const [status, count] of Object.entries(statuses)) push(`${side}.${status}`, i, count);
      }
    });
    return { epochSeconds, columns };
  }
}

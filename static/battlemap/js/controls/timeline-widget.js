// The timeline under the map: a scrubbable ARIA slider with day ticks and event marks, and play controls.
import { PLAY_SPEEDS } from '../time/clock.js';
import { describeDay, describeTime, shortDay } from '../time/format.js';
import { keyHint, timelineAction } from '../time/timeline-keys.js';
import { ClockPanel } from './clock-panel.js';
import { formatNumber } from '../core/number-format.js';
import { gettext, interpolate, ngettext } from '../core/i18n.js';

const MINUTES_PER_DAY = 1440;
/** How long a key's hint stays, in ms. */
const HINT_MS = 6000;

export class TimelineWidget extends ClockPanel {
  /**
   * root: the timeline section of the page (see _timeline.html); index: the TimelineIndex. It
   * follows the map's clock once added. Keys are handled on root only, so the host page's keys
   * are never captured.
   */
  constructor(root, { index }) {
    super();
    this.root = root;
    this.index = index;
    this.track = root.querySelector('[data-role="track"]');
    this.thumb = root.querySelector('[data-role="thumb"]');
    this.progress = root.querySelector('[data-role="progress"]');
    this.dateText = root.querySelector('[data-role="date"]');
    this.clockText = root.querySelector('[data-role="time-of-day"]');
    this.playButton = root.querySelector('[data-action="play"]');
    this.speedSelect = root.querySelector('[data-role="speed"]');
    this._dragging = false;
    this._pageKeys = [];
    this._hinted = new Set();
  }

  clockEvents() {
    return { timechange: this.render, play: this.render, pause: this.render, speedchange: this._showSpeed };
  }

  onAdd() {
    if (this._built) return;
    this._built = true;
    this._buildTicks();
    this._buildSpeeds();
    this._bind();
  }

  _showSpeed() {
    this.speedSelect.value = String(this.clock.speed);
  }

  get span() {
    return this.clock.maxTime - this.clock.minTime;
  }

  /** The end of the track: the end of the clock's last day (a from/to span narrows the track to its days). */
  get _end() {
    return Math.min(this.index.dayCount, Math.floor(this.clock.maxTime) + 1);
  }

  _fractionOf(time) {
    return (time - this.clock.minTime) / (this._end - this.clock.minTime);
  }

  _inSpan(time) {
    return time >= this.clock.minTime - 1e-9 && time <= this.clock.maxTime + 1e-9;
  }

  /** Build the ticks and marks again for the clock's current span (after an embed's from/to). */
  rebuild() {
    this.root.querySelector('[data-role="ticks"]').replaceChildren();
    this.root.querySelector('[data-role="marks"]').replaceChildren();
    this._buildTicks();
    if (this._moments) this.setMoments(this._moments);
    this.render();
  }

  _buildTicks() {
    const ticks = this.root.querySelector('[data-role="ticks"]');
    const marks = this.root.querySelector('[data-role="marks"]');
    this._ticks = [];
    for (let day = Math.ceil(this.clock.minTime - 1e-9); day < this._end; day++) {
      const tick = document.createElement('span');
      tick.className = 'bm-timeline__tick';
      tick.style.left = `${(this._fractionOf(day) * 100).toFixed(3)}%`;
      tick.dataset.label = shortDay(this.index, day);
      ticks.appendChild(tick);
      this._ticks.push(tick);
    }
    // Label as many days as fit the track's width, again whenever it changes. The observer also
    // answers once the track is first laid out, before it is painted; reading its width here
    // would make the browser lay the page out while it is still being built.
    if (this._resizeObserved) this._labelTicks();
    else {
      this._resizeObserved = true;
      new ResizeObserver(() => this._labelTicks()).observe(this.track);
    }
    for (const event of this.index.events.filter((e) => this._inSpan(e.at))) {
      const mark = document.createElement('button');
      mark.type = 'button';
      mark.tabIndex = -1;
      mark.className = `bm-timeline__mark bm-timeline__mark--${event.importance}`;
      mark.style.left = `${(this._fractionOf(event.at) * 100).toFixed(3)}%`;
      mark.title = interpolate(gettext('%(time)s: %(title)s'), { time: describeTime(this.index, event.at), title: event.title });
      mark.setAttribute('aria-label', mark.title);
      mark.addEventListener('click', (e) => {
        e.stopPropagation();
        this._jumpToEvent(event);
      });
      mark.addEventListener('pointerdown', (e) => e.stopPropagation());
      marks.appendChild(mark);
    }
    this.track.setAttribute('aria-valuemin', '0');
    this.track.setAttribute('aria-valuemax', String(Math.round(this.clock.maxTime * MINUTES_PER_DAY)));
  }

  /**
   * Mark the key moments on the track: numbered diamonds above the event marks. A click asks for
   * the moment with a 'battlemap:moment-jump' event {detail: {index}} on the timeline's root.
   */
  setMoments(moments) {
    this._moments = moments;
    const marks = this.root.querySelector('[data-role="marks"]');
    for (const old of marks.querySelectorAll('.bm-timeline__moment')) old.remove();
    moments.forEach((moment, i) => {
      if (!this._inSpan(moment.at)) return;
      const mark = document.createElement('button');
      mark.type = 'button';
      mark.tabIndex = -1;
      mark.className = 'bm-timeline__moment';
      mark.style.left = `${(this._fractionOf(moment.at) * 100).toFixed(3)}%`;
      mark.textContent = String(i + 1);
      mark.title = interpolate(gettext('Key moment %(number)s: %(title)s'), { number: i + 1, title: moment.title });
      mark.setAttribute('aria-label', mark.title);
      mark.addEventListener('click', (e) => {
        e.stopPropagation();
        this.root.dispatchEvent(new CustomEvent('battlemap:moment-jump', { detail: { index: i } }));
      });
      mark.addEventListener('pointerdown', (e) => e.stopPropagation());
      marks.appendChild(mark);
    });
  }

  _labelTicks() {
    const width = this.track.clientWidth || 600;
    // About one label per 64 px, more for longer labels ('11 трав.' needs 80: the first label starts at the track's
    // edge, the next is centred on its day); a track too short for two (a small frame's) labels its first day alone.
    const longest = Math.max(0, ...this._ticks.map((tick) => tick.dataset.label.length));
    const perLabel = Math.max(64, longest * 9 + 8);
    const labels = width < 2 * perLabel ? 1 : Math.max(2, Math.floor(width / perLabel));
    const labelEvery = Math.max(1, Math.ceil(this._ticks.length / labels));
    this._ticks.forEach((tick, day) => tick.classList.toggle('bm-timeline__tick--labelled', day % labelEvery === 0));
  }

  _buildSpeeds() {
    for (const speed of PLAY_SPEEDS) {
      const option = document.createElement('option');
      option.value = String(speed);
      option.textContent = interpolate(ngettext('%(count)s day/s', '%(count)s days/s', speed), { count: formatNumber(speed) });
      this.speedSelect.appendChild(option);
    }
    this.speedSelect.value = String(this.clock.speed);
  }

  _bind() {
    this.speedSelect.addEventListener('change', () => this.clock.setSpeed(Number(this.speedSelect.value)));
    this.root.addEventListener('click', (e) => {
      const button = e.target.closest('[data-action]');
      if (button) this.perform(button.dataset.action);
    });
    this.root.addEventListener('keydown', (e) => this._onKeyDown(e));
    this.root.addEventListener('keyup', (e) => this._onKeyUp(e));
    this.track.addEventListener('pointerdown', (e) => this._onPointerDown(e));
    this.track.addEventListener('pointermove', (e) => this._onPointerMove(e));
    this.track.addEventListener('pointerup', (e) => this._onPointerUp(e));
    this.track.addEventListener('pointercancel', (e) => this._onPointerUp(e));
  }

  /** Run a named action: play, step-back, step-forward, previous-event, next-event, start, end. */
  perform(action) {
    const clock = this.clock;
    switch (action) {
      case 'play': clock.toggle(); break;
      case 'step-back': clock.pause(); clock.stepDays(-1); break;
      case 'step-forward': clock.pause(); clock.stepDays(1); break;
      case 'previous-event': this._jumpToEvent(this.index.previousEvent(clock.time)); break;
      case 'next-event': this._jumpToEvent(this.index.nextEvent(clock.time)); break;
      case 'start': clock.jumpTo(clock.minTime, 'step'); break;
      case 'end': clock.jumpTo(clock.maxTime, 'step'); break;
      default: throw new Error(`TimelineWidget: unknown action '${action}'`);
    }
  }

  _jumpToEvent(event) {
    if (!event) return;
    this.clock.jumpTo(event.at);
    this.root.dispatchEvent(new CustomEvent('battlemap:event-jump', { detail: { event } }));
  }

  _onKeyDown(e) {
    if (e.altKey || e.ctrlKey || e.metaKey) return;
    if (e.target.closest('select, input, textarea')) return;
    const action = timelineAction(e);
    const before = this.clock.time;
    if (action) {
      // Space on a focused button would also click it on keyup; keyup's default is cancelled below.
      e.preventDefault();
      this.perform(action);
    }
    this._hint(keyHint({ key: e.key, action, moved: this.clock.time !== before || action === 'play', pageKeys: this._pageKeys }));
  }

  /** Keys the page answers wherever the focus is (F presents): the timeline gives no hint for them. */
  leaveKeysToPage(keys) {
    this._pageKeys = keys;
  }

  /** Say once, for a few seconds, why a key did nothing. */
  _hint(text) {
    const element = this.root.querySelector('[data-role="key-hint"]');
    if (!text || !element || this._hinted.has(text)) return;
    this._hinted.add(text);
    element.textContent = text;
    element.hidden = false;
    clearTimeout(this._hintTimer);
    this._hintTimer = setTimeout(() => { element.hidden = true; }, HINT_MS);
  }

  _onKeyUp(e) {
    if ((e.key === ' ' || e.key === 'Spacebar') && e.target.closest('button')) e.preventDefault();
  }

  _timeAtPointer(e) {
    const rect = this.track.getBoundingClientRect();
    const fraction = Math.min(1, Math.max(0, (e.clientX - rect.left) / rect.width));
    return this.clock.clamp(this.clock.minTime + fraction * (this._end - this.clock.minTime));
  }

  _onPointerDown(e) {
    if (e.button !== 0) return;
    this._dragging = true;
    this._wasPlaying = this.clock.playing;
    this.clock.pause();
    this.track.setPointerCapture(e.pointerId);
    this.track.focus({ preventScroll: true });
    this.root.classList.add('bm-timeline--dragging');
    this.clock.setTime(this._timeAtPointer(e), 'scrub');
    e.preventDefault();
  }

  _onPointerMove(e) {
    if (!this._dragging) return;
    this.clock.setTime(this._timeAtPointer(e), 'scrub');
  }

  _onPointerUp(e) {
    if (!this._dragging) return;
    this._dragging = false;
    this.root.classList.remove('bm-timeline--dragging');
    if (this.track.hasPointerCapture(e.pointerId)) this.track.releasePointerCapture(e.pointerId);
    this.root.dispatchEvent(new CustomEvent('battlemap:scrub-end'));
  }

  render() {
    const time = this.clock.time;
    const percent = `${(this._fractionOf(time) * 100).toFixed(3)}%`;
    this.thumb.style.left = percent;
    this.progress.style.width = percent;
    const { hhmm } = this.index.partsOf(time);
    const text = describeTime(this.index, time);
    this.dateText.textContent = describeDay(this.index, time);
    this.clockText.textContent = hhmm;
    this.track.setAttribute('aria-valuenow', String(Math.round(time * MINUTES_PER_DAY)));
    this.track.setAttribute('aria-valuetext', text);
    const playing = this.clock.playing;
    this.playButton.setAttribute('aria-pressed', String(playing));
    this.playButton.setAttribute('aria-label', playing ? gettext('Pause (Space)') : gettext('Play (Space)'));
    this.playButton.dataset.state = playing ? 'playing' : 'paused';
  }
}

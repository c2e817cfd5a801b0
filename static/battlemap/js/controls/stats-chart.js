// The stats chart (uPlot): salient and pocket areas and encircled formations, with a cursor tied to the clock.
import { ClockPanel } from './clock-panel.js';

const DAY_MONTH = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', timeZone: 'UTC' });
const SERIES = [
  { key: 'salient', label: 'salient km²', scale: 'km2', dash: [] },
  { key: 'pocket', label: 'pocket km²', scale: 'km2', dash: [6, 3] },
  { key: 'encircled', label: 'encircled', scale: 'count', dash: [2, 3] },
];

export class StatsChart extends ClockPanel {
  /** root: an element to hold the chart; uPlot: the uPlot constructor (window.uPlot). Follows the map's clock once added. */
  constructor(root, { index, uPlot }) {
    super();
    this.root = root;
    this.index = index;
    const { epochSeconds, columns } = index.statsColumns();
    if (!epochSeconds.length || typeof uPlot !== 'function') {
      root.hidden = true;
      return;
    }
    const series = [{}];
    const data = [epochSeconds];
    for (const side of index.sides) {
      for (const spec of SERIES) {
        const values = columns[`${side.slug}.${spec.key}`];
        if (!values || values.every((v) => !v)) continue;
        series.push({ label: `${side.name}: ${spec.label}`, scale: spec.scale, stroke: side.colour, width: 2, dash: spec.dash, points: { show: false } });
        data.push(values);
      }
    }
    this.plot = new uPlot({
      width: Math.max(200, root.clientWidth || 300),
      height: 150,
      cursor: { drag: { x: false, y: false }, points: { show: false } },
      legend: { show: true, live: false },
      scales: { x: { time: true } },
      axes: [
        { stroke: '#222', grid: { stroke: '#ddd' }, ticks: { stroke: '#bbb' }, space: 50, values: (u, splits) => splits.map((s) => DAY_MONTH.format(new Date(s * 1000))) },
        { scale: 'km2', stroke: '#222', grid: { stroke: '#eee' }, size: 48, values: (u, splits) => splits.map((v) => (v >= 1000 ? `${v / 1000}k` : String(v))) },
        { scale: 'count', side: 1, stroke: '#222', grid: { show: false }, size: 30 },
      ],
      series,
      // uPlot lays itself out after construction: place the clock's cursor once it has.
      hooks: { ready: [() => this.render()], setSize: [() => this.render()] },
    }, data, root);
    this.cursor = document.createElement('div');
    this.cursor.className = 'bm-chart__now';
    this.plot.over.appendChild(this.cursor);
    this.plot.over.addEventListener('click', (e) => {
      const seconds = this.plot.posToVal(e.offsetX, 'x');
      this.onPick?.(((seconds * 1000) - index.epochMsOf(0)) / 86400000);
    });
    new ResizeObserver(() => this.plot.setSize({ width: Math.max(200, root.clientWidth), height: 150 })).observe(root);
    this.render();
  }

  render() {
    if (!this.plot || !this.cursor || !this.clock) return;
    const seconds = this.index.epochMsOf(this.clock.time) / 1000;
    this.cursor.style.transform = `translateX(${this.plot.valToPos(seconds, 'x')}px)`;
  }
}

// The stats chart (uPlot): salient and pocket areas and encircled formations, with a cursor tied to the clock.
import { ClockPanel } from './clock-panel.js';
import { dayAndShortMonth, shortSideName } from '../time/format.js';
import { gettext } from '../core/i18n.js';
import { formatNumber } from '../core/number-format.js';

const SERIES = [
  { key: 'salient', label: () => gettext('salient km²'), scale: 'km2', dash: [] },
  { key: 'pocket', label: () => gettext('pocket km²'), scale: 'km2', dash: [6, 3] },
  { key: 'encircled', label: () => gettext('encircled'), scale: 'count', dash: [2, 3] },
];

/** The series' legend: each a short line drawn in its colour and dash, and its label as text. */
function chartLegend(series) {
  const list = document.createElement('ul');
  list.className = 'bm-chart__legend';
  const svgNS = 'http://www.w3.org/2000/svg';
  for (const { label, stroke, dash } of series) {
    const item = document.createElement('li');
    const svg = document.createElementNS(svgNS, 'svg');
    svg.setAttribute('width', '26');
    svg.setAttribute('height', '10');
    svg.setAttribute('aria-hidden', 'true');
    const line = document.createElementNS(svgNS, 'line');
    for (const [name, value] of [['x1', 0], ['y1', 5], ['x2', 26], ['y2', 5], ['stroke', stroke], ['stroke-width', 3]]) line.setAttribute(name, String(value));
    if (dash.length) line.setAttribute('stroke-dasharray', dash.join(' '));
    svg.appendChild(line);
    const text = document.createElement('span');
    text.textContent = label;
    item.append(svg, text);
    list.appendChild(item);
  }
  return list;
}

const HELD = { key: 'held', label: () => gettext('ground held km²'), scale: 'km2', dash: [] };

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
    // An operation with no salient, pocket or encircled units (a broad-front advance, say) is
    // charted by the ground each side holds instead.
    const hasAny = index.sides.some((side) => SERIES.some((spec) => (columns[`${side.slug}.${spec.key}`] || []).some(Boolean)));
    const specs = hasAny ? SERIES : [HELD];
    if (!hasAny) {
      const heading = root.closest('section')?.querySelector('h2');
      if (heading) heading.textContent = gettext('Ground held by each side');
    }
    for (const side of index.sides) {
      for (const spec of specs) {
        const values = columns[`${side.slug}.${spec.key}`];
        if (!values || values.every((v) => !v)) continue;
        series.push({ label: `${shortSideName(side.name)}: ${spec.label()}`, scale: spec.scale, stroke: side.colour, width: 2, dash: spec.dash, points: { show: false } });
        data.push(values);
      }
    }
    this.plot = new uPlot({
      width: Math.max(200, root.clientWidth || 300),
      height: 150,
      cursor: { drag: { x: false, y: false }, points: { show: false } },
      // Our own legend below (a line in each series' colour and dash, and its label), not uPlot's boxes.
      legend: { show: false },
      scales: { x: { time: true } },
      axes: [
        { stroke: '#222', grid: { stroke: '#ddd' }, ticks: { stroke: '#bbb' }, space: 50, values: (u, splits) => splits.map((s) => dayAndShortMonth(new Date(s * 1000))) },
        { scale: 'km2', stroke: '#222', grid: { stroke: '#eee' }, size: 48, values: (u, splits) => splits.map((v) => (v >= 1000 ? `${formatNumber(v / 1000)}k` : formatNumber(v))) },
        { scale: 'count', side: 1, stroke: '#222', grid: { show: false }, size: 30 },
      ],
      series,
      // uPlot lays itself out after construction: place the clock's cursor once it has.
      hooks: { ready: [() => this.render()], setSize: [() => this.render()] },
    }, data, root);
    root.appendChild(chartLegend(series.slice(1)));
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

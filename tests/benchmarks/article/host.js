// The benchmark article's host script: records when each embed says it is ready, and long tasks while the reader scrolls.
(function host() {
  const frames = [...document.querySelectorAll('iframe')];
  const record = { ready: frames.map(() => null), longTasks: [] };
  window.articleRecord = record;
  window.addEventListener('message', (event) => {
    if (event.data?.battlemap !== 1 || event.data.type !== 'ready') return;
    const at = frames.findIndex((frame) => frame.contentWindow === event.source);
    if (at >= 0 && record.ready[at] === null) record.ready[at] = performance.now();
  });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) record.longTasks.push([entry.startTime, entry.duration]);
  }).observe({ type: 'longtask', buffered: true });
}());

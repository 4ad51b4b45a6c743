// What the timeline draws for the current window: only the events that start in view, and where
// more than MOST_PER_SLOT of them start within one slot of the window's width, one cluster for
// the slot instead ("N events", clicking it zooms in). Within two months, where vague dates often
// share their first day and zooming further would not part them, every event is drawn, stacked.
// The whole list is never handed to the drawing.
const SLOT_PIXELS = 110;
const MOST_PER_SLOT = 3;
const NEVER_CLUSTER_BELOW = 62 * 24 * 60 * 60 * 1000;

/** `events` sorted by start (ms); returns the items for vis-timeline for this window. */
export function itemsInView(events, windowStart, windowEnd, widthPixels) {
  const span = windowEnd - windowStart;
  const slot = Math.max(1, span / Math.max(1, Math.floor(widthPixels / SLOT_PIXELS)));
  const clustering = span > NEVER_CLUSTER_BELOW;
  const from = firstAtOrAfter(events, windowStart - span / 2);
  const shown = [];
  let bucket = [];
  let bucketIndex = null;
  for (let i = from; i < events.length && events[i].start <= windowEnd + span / 2; i++) {
    const index = Math.floor((events[i].start - windowStart) / slot);
    if (index !== bucketIndex) {
      shown.push(...drawn(bucket, bucketIndex, windowStart, slot, clustering));
      bucket = [];
      bucketIndex = index;
    }
    bucket.push(events[i]);
  }
  shown.push(...drawn(bucket, bucketIndex, windowStart, slot, clustering));
  return shown;
}

function drawn(bucket, index, windowStart, slot, clustering) {
  if (!clustering || bucket.length <= MOST_PER_SLOT) return bucket;
  const start = windowStart + index * slot;
  const counts = {};
  bucket.forEach((event) => { counts[event.status] = (counts[event.status] || 0) + 1; });
  return [{ id: 'cluster:' + start, start, end: start + slot, type: 'range', isCluster: true, count: bucket.length,
    counts, className: 'cluster' + (counts.conflicting ? ' has-conflicts' : '') }];
}

function firstAtOrAfter(events, time) {
  let [low, high] = [0, events.length];
  while (low < high) {
    const middle = (low + high) >> 1;
    if (events[middle].start < time) low = middle + 1; else high = middle;
  }
  return low;
}

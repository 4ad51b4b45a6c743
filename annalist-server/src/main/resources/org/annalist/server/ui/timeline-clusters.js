// What the timeline draws for the current window: only the events that start in view. Where more
// than MOST_PER_SLOT of them start within one slot of the window's width, the slot names its
// NAMED_PER_SLOT most important events (by the export's importance) and one "+N more" item stands
// for the rest (clicking it zooms in), so every zoom names what matters most instead of counting.
// Within two months, where vague dates often share their first day and zooming further would not
// part them, every event is drawn, stacked. A vague date narrower than NARROWEST_RANGE pixels
// is drawn as a point at its first day, so its title shows whole instead of clipped to the box.
// The whole list is never handed to the drawing.
const SLOT_PIXELS = 110;
const MOST_PER_SLOT = 3;
const NAMED_PER_SLOT = 2;
const NARROWEST_RANGE = 150;
const NEVER_CLUSTER_BELOW = 62 * 24 * 60 * 60 * 1000;

/** `events` sorted by start (ms); returns the items for vis-timeline for this window. */
export function itemsInView(events, windowStart, windowEnd, widthPixels) {
  const span = windowEnd - windowStart;
  const slot = Math.max(1, span / Math.max(1, Math.floor(widthPixels / SLOT_PIXELS)));
  const clustering = span > NEVER_CLUSTER_BELOW;
  const narrowest = NARROWEST_RANGE * span / Math.max(1, widthPixels);
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
  return shown.map((item) => (item.isCluster || item.type !== 'range' || item.end - item.start >= narrowest
    ? item : { ...item, type: 'point', end: undefined }));
}

/** More important first; of equal importance, the earlier. */
export function byImportance(a, b) {
  return (b.importance || 0) - (a.importance || 0) || a.start - b.start;
}

function drawn(bucket, index, windowStart, slot, clustering) {
  if (!clustering || bucket.length <= MOST_PER_SLOT) return bucket;
  const start = windowStart + index * slot;
  const ranked = [...bucket].sort(byImportance);
  const rest = ranked.slice(NAMED_PER_SLOT);
  const counts = {};
  rest.forEach((event) => { counts[event.status] = (counts[event.status] || 0) + 1; });
  return [...ranked.slice(0, NAMED_PER_SLOT), { id: 'cluster:' + start, start, end: start + slot, type: 'range',
    isCluster: true, count: rest.length, counts, importance: -1,
    className: 'cluster' + (counts.conflicting ? ' has-conflicts' : '') }];
}

function firstAtOrAfter(events, time) {
  let [low, high] = [0, events.length];
  while (low < high) {
    const middle = (low + high) >> 1;
    if (events[middle].start < time) low = middle + 1; else high = middle;
  }
  return low;
}

// kimppa search client: decoding the index files (VLQ posting lists and
// doc sets) and the top-k heap of a ranked list.

export const B64 = new Int8Array(128).fill(-1);
"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".split("").forEach((c, i) => { B64[c.charCodeAt(0)] = i; });

export function vlq(s, f) {
  let v = 0, shift = 0;
  for (let i = 0; i < s.length; i++) {
    const d = B64[s.charCodeAt(i)];
    v += (d & 31) * 2 ** shift;
    if (d & 32) shift += 5;
    else { f(v); v = 0; shift = 0; }
  }
}

export function decodeSet(s, n) {
  const ids = [];
  if (s[0] === "b") {
    for (let i = 1; i < s.length; i++) {
      const d = B64[s.charCodeAt(i)];
      for (let b = 0; b < 6; b++) if (d & (1 << b)) ids.push((i - 1) * 6 + b);
    }
  } else {
    let pos = 0, gap = true;
    vlq(s.slice(1), (v) => {
      if (gap) pos += v;
      else { for (let j = 0; j <= v; j++) ids.push(pos + j); pos += v + 1; }
      gap = !gap;
    });
  }
  return Int32Array.from(ids.filter((id) => id < n));
}

export const K1 = 2.0;

// topK returns the k best items of list in order, by a binary heap.
export function topK(list, k, before) {
  const heap = []; // the worst of the best k at heap[0]
  const worse = (a, b) => before(b, a);
  const up = (i) => {
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (!worse(heap[i], heap[p])) break;
      [heap[i], heap[p]] = [heap[p], heap[i]];
      i = p;
    }
  };
  const down = (i) => {
    for (;;) {
      const l = 2 * i + 1, r = l + 1;
      let m = i;
      if (l < heap.length && worse(heap[l], heap[m])) m = l;
      if (r < heap.length && worse(heap[r], heap[m])) m = r;
      if (m === i) return;
      [heap[i], heap[m]] = [heap[m], heap[i]];
      i = m;
    }
  };
  for (const x of list) {
    if (heap.length < k) { heap.push(x); up(heap.length - 1); }
    else if (k > 0 && before(x, heap[0])) { heap[0] = x; down(0); }
  }
  return heap.sort((a, b) => (before(a, b) ? -1 : 1));
}

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

// keyFilter is the index's Bloom filter of its shard keys (Go:
// searchindex keyfilter.go) as a function: false when key is in no
// shard, true when it may be. Probe j of a key is bit (h1 + j·h2) mod m,
// h1 the 32-bit FNV-1a hash of its UTF-8 bytes, h2 = mix(h1) | 1.
const UTF8 = new TextEncoder();
export function keyFilter({ m, k, b }) {
  return (key) => {
    let h = 0x811c9dc5;
    for (const c of UTF8.encode(key)) h = Math.imul(h ^ c, 16777619) >>> 0;
    let h2 = Math.imul((h ^ (h >>> 16)) >>> 0, 0x85ebca6b) >>> 0;
    h2 = ((h2 ^ (h2 >>> 13)) | 1) >>> 0;
    for (let j = 0; j < k; j++) {
      const i = ((h + Math.imul(j, h2)) >>> 0) % m;
      if (!((B64[b.charCodeAt((i / 6) | 0)] >> (i % 6)) & 1)) return false;
    }
    return true;
  };
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

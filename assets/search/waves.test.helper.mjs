// A fake fetch for the search client's tests (not published: its name has
// ".test."; not a test file: node --test runs *.test.mjs only).

/** waveLoader answers the files asked for together at once, so that each
 * wave of files is a round trip a phone waits for. read(path) gives a
 * file's bytes; waves lists the paths of each wave, load is the fetch. */
export function waveLoader(read) {
  const waves = [];
  let pending = [];
  const load = (p) => new Promise((resolve) => {
    if (pending.length === 0) {
      waves.push([]);
      setTimeout(() => { const now = pending; pending = []; for (const f of now) f(); }, 1);
    }
    waves.at(-1).push(p);
    pending.push(() => resolve(read(p)));
  });
  return { waves, load };
}

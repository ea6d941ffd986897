package searchindex

import (
	"encoding/json"
	"slices"
	"strconv"
	"strings"
	"testing"
)

// What a client reads to look a word up comes in one round trip: the
// word's shard, the aliases that shard names and the long posting lists
// of them all.

// TestAliasesInOtherShardsAreCopied: a shard carries the entry of every
// alias its entries name that is in another shard (and of no other key),
// so that match() finds a word's aliases in the round trip that found the
// word.
func TestAliasesInOtherShardsAreCopied(t *testing.T) {
	docs := append(fixtureDocs(), synthDocs(400)...)
	files, entry := builtEntry(t, docs, smallLayout)
	shards := make([]shardJSON, len(entry.ShardFirst))
	where := map[string]int{}  // key → shard
	own := map[string]string{} // key → entry without aliases
	for i := range shards {
		if err := json.Unmarshal(files[entry.Shards+strconv.Itoa(i)+".json"], &shards[i]); err != nil {
			t.Fatal(err)
		}
		for j, k := range shards[i].Keys {
			where[k] = i
			own[k], _, _ = strings.Cut(shards[i].Postings[j], "|")
		}
	}
	copies := 0
	for i, sh := range shards {
		want := map[string]bool{}
		for _, e := range sh.Postings {
			_, as, ok := strings.Cut(e, "|")
			if !ok {
				continue
			}
			for _, a := range strings.Split(as, ",") {
				if where[a] != i {
					want[a] = true
				}
			}
		}
		for a := range want {
			if got, ok := sh.Aliases[a]; !ok || got != own[a] {
				t.Errorf("shard %d: alias %q in shard %d: copy %q, want %q", i, a, where[a], got, own[a])
			}
			copies++
		}
		for a := range sh.Aliases {
			if !want[a] {
				t.Errorf("shard %d copies %q, which none of its entries names from another shard", i, a)
			}
		}
	}
	if copies == 0 {
		t.Fatal("no alias in another shard: the test covers nothing")
	}
}

// TestLongListsAreHinted: the entry names, for a key, every long list (in
// a file of its own) that looking it up reads: its own, its aliases', its
// lemma classes' (key~class).
func TestLongListsAreHinted(t *testing.T) {
	docs := append(fixtureDocs(), synthDocs(400)...)
	files, entry := builtEntry(t, docs, smallLayout)
	hinted := func(k string, n int) {
		if !slices.Contains(entry.Long[k], n) {
			t.Errorf("a lookup of %q reads long list %d, the entry says %v", k, n, entry.Long[k])
		}
	}
	lists := 0
	for i := range entry.ShardFirst {
		var sh shardJSON
		if err := json.Unmarshal(files[entry.Shards+strconv.Itoa(i)+".json"], &sh); err != nil {
			t.Fatal(err)
		}
		for j, k := range sh.Keys {
			list, as, _ := strings.Cut(sh.Postings[j], "|")
			if !strings.HasPrefix(list, "@") {
				continue
			}
			lists++
			n, _ := strconv.Atoi(list[1:])
			hinted(k, n)
			for _, a := range strings.Split(as, ",") {
				if a != "" {
					hinted(a, n)
				}
			}
			if base, _, ok := strings.Cut(k, "~"); ok {
				hinted(base, n)
			}
		}
	}
	if lists == 0 {
		t.Fatal("no long list: the test covers nothing")
	}
}

// TestMatchFragmentsFile: the fragments of every doc match() may suggest
// are in one file, in doc order, the same records as in the fragment
// files; a site whose fragments are too many for it has none.
func TestMatchFragmentsFile(t *testing.T) {
	docs := fixtureDocs()
	want := 0
	for _, d := range docs {
		if suggestable(d) {
			want++
		}
	}
	files, entry := builtEntry(t, docs, defaultLayout)
	var mf matchFragsJSON
	if err := json.Unmarshal(files[entry.MatchFrags], &mf); err != nil {
		t.Fatalf("match fragments %q: %v", entry.MatchFrags, err)
	}
	var ids []int
	switch mf.IDs[0] {
	case 'b':
		for i, c := range []byte(mf.IDs[1:]) {
			d := strings.IndexByte(vlqAlphabet, c)
			for bit := range 6 {
				if d&(1<<bit) != 0 {
					ids = append(ids, i*6+bit)
				}
			}
		}
	default:
		pos, gap := 0, true
		decodeVLQs([]byte(mf.IDs[1:]), func(v int) {
			if gap {
				pos += v
			} else {
				for j := 0; j <= v; j++ {
					ids = append(ids, pos+j)
				}
				pos += v + 1
			}
			gap = !gap
		})
	}
	if len(ids) != want || len(mf.Docs) != want {
		t.Fatalf("%d ids, %d records, %d docs match() may suggest", len(ids), len(mf.Docs), want)
	}
	for i, id := range ids {
		var f struct{ D []json.RawMessage }
		if err := json.Unmarshal(files[entry.Frags+strconv.Itoa(id/entry.FragSize)+".json"], &f); err != nil {
			t.Fatal(err)
		}
		if got, in := string(mf.Docs[i]), string(f.D[id%entry.FragSize]); got != in {
			t.Errorf("doc %d: %s, the fragment files say %s", id, got, in)
		}
	}

	tight := defaultLayout
	tight.maxMatchFrags = 100
	if _, entry := builtEntry(t, docs, tight); entry.MatchFrags != "" {
		t.Errorf("fragments over the limit in %s", entry.MatchFrags)
	}
}

// TestShardBundle: a small index has its shards in one file too, the same
// shards in order; one over the limit has none.
func TestShardBundle(t *testing.T) {
	for _, max := range []int{defaultLayout.maxShardBundle, 100} {
		lay := smallLayout
		lay.maxShardBundle = max
		files, entry := builtEntry(t, fixtureDocs(), lay)
		if max == 100 {
			if entry.ShardBundle != "" {
				t.Errorf("shards over the limit bundled in %s", entry.ShardBundle)
			}
			continue
		}
		var all []json.RawMessage
		if err := json.Unmarshal(files[entry.ShardBundle], &all); err != nil {
			t.Fatalf("bundle %q: %v", entry.ShardBundle, err)
		}
		if len(all) != len(entry.ShardFirst) || len(all) < 2 {
			t.Fatalf("%d shards in the bundle, %d in the entry", len(all), len(entry.ShardFirst))
		}
		for i, sh := range all {
			if want := files[entry.Shards+strconv.Itoa(i)+".json"]; string(sh) != string(want) {
				t.Errorf("shard %d: %s, its file has %s", i, sh, want)
			}
		}
	}
}

// builtEntry builds docs with the fixture's options and the layout lay,
// and returns the files and the entry.
func builtEntry(t *testing.T, docs []Doc, lay layout) (map[string][]byte, entryJSON) {
	t.Helper()
	files, _, err := build(docs, fixtureOptions(), lay, false)
	if err != nil {
		t.Fatal(err)
	}
	var entry entryJSON
	if err := json.Unmarshal(files[entryFile], &entry); err != nil {
		t.Fatal(err)
	}
	return files, entry
}

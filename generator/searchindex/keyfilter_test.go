package searchindex

import (
	"encoding/json"
	"fmt"
	"strconv"
	"testing"
)

// TestKeyFilterHasNoFalseNegatives: the filter holds every key it was
// made of, non-ASCII keys and lemma-class keys too, and lets few others
// pass.
func TestKeyFilterHasNoFalseNegatives(t *testing.T) {
	var keys []string
	for i := range 3000 {
		keys = append(keys, fmt.Sprintf("avain%d", i), fmt.Sprintf("ääni%d~o", i))
	}
	keys = append(keys, "π", "ß", "")
	f := newKeyFilter(keys)
	for _, k := range keys {
		if !f.has(k) {
			t.Errorf("the filter lacks %q", k)
		}
	}
	passed := 0
	for i := range 10000 {
		if f.has(fmt.Sprintf("muu%d", i)) {
			passed++
		}
	}
	if passed > 300 {
		t.Errorf("%d of 10,000 other keys pass the filter, want at most 3 %%", passed)
	}
}

// TestIndexKeyFilterHoldsItsShardKeys: an index without a shard bundle has
// a filter, preloaded as a need's file, holding every key of its shards;
// one with the bundle has none.
func TestIndexKeyFilterHoldsItsShardKeys(t *testing.T) {
	lay := smallLayout
	lay.maxKeyFilter = defaultLayout.maxKeyFilter
	files, entry := builtEntry(t, fixtureDocs(), lay)
	if entry.KeyFilter == "" {
		t.Fatal("no key filter")
	}
	var f keyFilterJSON
	if err := json.Unmarshal(files[entry.KeyFilter], &f); err != nil {
		t.Fatal(err)
	}
	n := 0
	for i := range entry.ShardFirst {
		var sh shardJSON
		if err := json.Unmarshal(files[entry.Shards+strconv.Itoa(i)+".json"], &sh); err != nil {
			t.Fatal(err)
		}
		for _, k := range sh.Keys {
			n++
			if !f.has(k) {
				t.Errorf("the filter lacks %q of shard %d", k, i)
			}
		}
	}
	if n < 100 {
		t.Errorf("%d keys in the shards", n)
	}
	data, _ := json.Marshal(entry)
	if need, _ := NeedFiles(data); len(need) == 0 || need[0] != entry.KeyFilter {
		t.Errorf("the files a need reads, %q, do not start with the key filter %s", need, entry.KeyFilter)
	}
	lay.maxShardBundle = defaultLayout.maxShardBundle
	if _, entry := builtEntry(t, fixtureDocs(), lay); entry.ShardBundle == "" || entry.KeyFilter != "" {
		t.Errorf("with the bundle %q, a key filter %q", entry.ShardBundle, entry.KeyFilter)
	}
}

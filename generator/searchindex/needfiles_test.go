package searchindex

import (
	"encoding/json"
	"slices"
	"testing"
)

// Without a shard bundle a page preloads only the key filter: the rest a
// need reads comes with its shards' round trip and would share a phone's
// bandwidth with the modules the shards wait for. With a bundle it
// preloads everything every need reads, the glossary module too: there
// is no other round trip to ride along.
func TestNeedFilesPreloadTheRestOnlyWithABundle(t *testing.T) {
	lay := defaultLayout
	lay.maxShardBundle = 0
	for _, bundled := range []bool{false, true} {
		if bundled {
			lay.maxShardBundle = defaultLayout.maxShardBundle
		}
		_, entry := builtEntry(t, fixtureDocs(), lay)
		data, err := json.Marshal(entry)
		if err != nil {
			t.Fatal(err)
		}
		need, err := NeedFiles(data)
		if err != nil {
			t.Fatal(err)
		}
		want := []string{entry.KeyFilter}
		if bundled {
			want = []string{entry.ShardBundle, entry.MatchFrags, entry.Match, entry.Facets, GlossaryModule}
		}
		if slices.Contains(want, "") || !slices.Equal(need, want) {
			t.Errorf("bundle %v: a need preloads %q, want %q", bundled, need, want)
		}
	}
}

package searchindex

import (
	"encoding/json"
	"fmt"
)

// NeedFiles lists the files, by their path in the index folder, that
// search.js's match() reads for any need besides the entry file: first
// those it reads before it can ask for the need's shards (the shard
// bundle, else the key filter), then (later) those it reads to rank and
// show them (the result titles (matchFrags), the match data, the facet
// table), those the entry names. A page that matches a need on load
// preloads them with the page, so that they need not wait for the entry
// and the scripts (one round trip and the scripts' transfer), and the
// later ones at a low priority: on a phone they would share the
// bandwidth with the search modules that the need's shards wait for.
func NeedFiles(entry []byte) (first, later []string, err error) {
	var e entryJSON
	if err := json.Unmarshal(entry, &e); err != nil {
		return nil, nil, fmt.Errorf("search index entry: %w", err)
	}
	pick := func(names ...string) []string {
		var out []string
		for _, name := range names {
			if name != "" {
				out = append(out, name)
			}
		}
		return out
	}
	return pick(e.ShardBundle, e.KeyFilter), pick(e.MatchFrags, e.Match, e.Facets), nil
}

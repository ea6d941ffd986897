package searchindex

import (
	"encoding/json"
	"fmt"
)

// NeedFiles lists the files, by their path in the index folder, that
// search.js's match() reads for any need besides the entry file: the
// facet table, the match data, the result titles (matchFrags), the key
// filter and the shard bundle, those the entry names. A page that matches a need on
// load preloads them with the page, so that they need not wait for the
// entry and the scripts (one round trip and the scripts' transfer).
func NeedFiles(entry []byte) ([]string, error) {
	var e entryJSON
	if err := json.Unmarshal(entry, &e); err != nil {
		return nil, fmt.Errorf("search index entry: %w", err)
	}
	var out []string
	for _, name := range []string{e.ShardBundle, e.KeyFilter, e.MatchFrags, e.Match, e.Facets} {
		if name != "" {
			out = append(out, name)
		}
	}
	return out, nil
}

package searchindex

import (
	"encoding/json"
	"fmt"
)

// NeedFiles lists the files, by their path in the index folder, that
// search.js's match() reads for any need, besides the entry file, before
// it can ask for the need's shards: the shard bundle, else the key
// filter, those the entry names. A page that matches a need on load
// preloads them with the page, so that they need not wait for the entry
// and the scripts (one round trip and the scripts' transfer).
//
// The files read only to rank and show the results (the result titles,
// the match data, the facet table) are not preloaded: on a phone every
// file loading at once shares the bandwidth, and these would delay the
// search modules that the need's shards wait for. match() asks for them
// as soon as the modules run, so they arrive while the page is laid out
// and the need's words are read, when the network is idle.
func NeedFiles(entry []byte) ([]string, error) {
	var e entryJSON
	if err := json.Unmarshal(entry, &e); err != nil {
		return nil, fmt.Errorf("search index entry: %w", err)
	}
	var out []string
	for _, name := range []string{e.ShardBundle, e.KeyFilter} {
		if name != "" {
			out = append(out, name)
		}
	}
	return out, nil
}

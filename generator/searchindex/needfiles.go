package searchindex

import (
	"encoding/json"
	"fmt"
)

// GlossaryModule is the search client's module of the glossary's tables
// (assets/search/glossary.js, TestGeneratedJS), by its path in the index
// folder: analysis.js imports it once a need's words are read.
const GlossaryModule = "glossary.js"

// NeedFiles lists the files, by their path in the index folder, that a
// page matching a need on load preloads with the page, so that they need
// not wait for the entry and the scripts (one round trip and the
// scripts' transfer): those match() reads before it can ask for the
// need's shards (the shard bundle, else the key filter), and where the
// index has a shard bundle also the rest it reads for any need (the
// result titles, the match data, the facet table, the glossary module),
// those the entry names.
//
// Without a bundle the need's shards cost a round trip of their own, and
// the rest is not preloaded: on a phone every file loading at once
// shares the bandwidth, and these would delay the search modules that
// the shards wait for; match() asks for them as soon as the modules run,
// so they arrive with the shards. With a bundle nothing else is waited
// for, and a round trip after the modules would cost more than the
// bandwidth they share.
func NeedFiles(entry []byte) ([]string, error) {
	var e entryJSON
	if err := json.Unmarshal(entry, &e); err != nil {
		return nil, fmt.Errorf("search index entry: %w", err)
	}
	names := []string{e.KeyFilter}
	if e.ShardBundle != "" {
		names = []string{e.ShardBundle, e.MatchFrags, e.Match, e.Facets, GlossaryModule}
	}
	var out []string
	for _, name := range names {
		if name != "" {
			out = append(out, name)
		}
	}
	return out, nil
}

package generator_test

import (
	"encoding/json"
	"regexp"
	"strings"
	"testing"
)

// TestKimppahakuPreloadsWhatEveryNeedReads builds a site and checks that
// each partner-search page preloads, besides the entry file, the index
// files its entry names for every need (the shard bundle, the result
// titles, the match data, the facet table), and that every file a page
// preloads is in the output: a need in the URL then waits for no file
// that only the entry or a script names.
func TestKimppahakuPreloadsWhatEveryNeedReads(t *testing.T) {
	s := loadSite(t, "testdata/sites/valid.txtar")
	build(t, s.opts)
	out := tree(t, s.opts.Out)
	var entry map[string]any
	if err := json.Unmarshal(out["search/index.json"], &entry); err != nil {
		t.Fatal(err)
	}
	var want []string
	for _, field := range []string{"shardBundle", "matchFrags", "match", "facets"} {
		if name, _ := entry[field].(string); name != "" {
			want = append(want, "/search/"+name)
		}
	}
	if len(want) < 3 {
		t.Fatalf("the entry names %d of the files a need reads, want at least 3: %s", len(want), out["search/index.json"])
	}
	preload := regexp.MustCompile(`<link rel="preload" href="([^"]+)" as="fetch" crossorigin>`)
	pages := 0
	for path, data := range out {
		if !strings.Contains(string(data), `id="kimppahaku-app"`) {
			continue
		}
		pages++
		got := map[string]bool{}
		for _, m := range preload.FindAllStringSubmatch(string(data), -1) {
			got[m[1]] = true
			if _, ok := out[strings.TrimPrefix(m[1], "/")]; !ok {
				t.Errorf("%s preloads %s, which the build did not write", path, m[1])
			}
		}
		for _, href := range append([]string{"/search/index.json"}, want...) {
			if !got[href] {
				t.Errorf("%s does not preload %s", path, href)
			}
		}
	}
	if pages < 2 {
		t.Errorf("%d partner-search pages, want one per language", pages)
	}
}

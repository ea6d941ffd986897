package searchindex

import (
	"encoding/json"
	"strings"
	"testing"
)

// A doc match() may suggest carries its contact address in its display
// fragment (d/ and matchFrags), read only for the results shown; the
// match data, which every need preloads, carries none, and a doc that is
// never suggested none at all.
func TestContactIsInTheSuggestedDocsFragment(t *testing.T) {
	docs := fixtureDocs()
	want := map[string]string{}
	for i := range docs {
		docs[i].Contact = "info@" + docs[i].Slug + ".example"
		if suggestable(docs[i]) {
			want[docs[i].Slug] = docs[i].Contact
		}
	}
	files, err := Build(docs, fixtureOptions())
	if err != nil {
		t.Fatal(err)
	}
	var entry entryJSON
	if err := json.Unmarshal(files["index.json"], &entry); err != nil {
		t.Fatal(err)
	}
	if strings.Contains(string(files[entry.Match]), "@") {
		t.Errorf("the match data names contacts: %s", files[entry.Match])
	}
	seen := 0
	for name, data := range files {
		if !strings.HasPrefix(name, entry.Frags) && name != entry.MatchFrags {
			continue
		}
		var f struct {
			D [][]any `json:"d"`
		}
		if err := json.Unmarshal(data, &f); err != nil {
			t.Fatal(name, err)
		}
		for _, rec := range f.D {
			slug := rec[0].(string)
			var got string
			if len(rec) == 2+len(entry.Langs) {
				got, _ = rec[len(rec)-1].(string)
			} else if len(rec) != 1+len(entry.Langs) {
				t.Fatalf("%s: %s has %d fields", name, slug, len(rec))
			}
			if got != want[slug] {
				t.Errorf("%s: %s's contact %q, want %q", name, slug, got, want[slug])
			}
			seen++
		}
	}
	if seen < len(docs) {
		t.Errorf("%d fragments read, want at least %d", seen, len(docs))
	}
}

package searchindex

import (
	"encoding/json"
	"slices"
	"testing"
)

// TestFacetTermsFollowTheConfiguredOrder: SDG 2 comes before SDG 11, as
// kimppa.yaml lists them, not after it as text order would have it.
func TestFacetTermsFollowTheConfiguredOrder(t *testing.T) {
	labels := map[string]map[string]map[string]string{"sdg": {
		"":       {"fi": "Kestävän kehityksen tavoitteet"},
		"sdg-2":  {"fi": "2 Ei nälkää"},
		"sdg-11": {"fi": "11 Kestävät kaupungit ja yhteisöt"},
		"sdg-17": {"fi": "17 Yhteistyö ja kumppanuus"},
		"sdg-9":  {"fi": "9 Kestävää teollisuutta, innovaatioita ja infrastruktuureja"},
	}}
	var docs []Doc
	for i, term := range []string{"sdg-11", "sdg-17", "sdg-2", "sdg-9", "extra"} {
		docs = append(docs, Doc{Type: "actors", Slug: "a" + string(rune('a'+i)), Facets: map[string][]string{"sdg": {term}},
			Langs: map[string]DocText{"fi": {URL: "/toimijat/a/", Title: "Toimija"}}})
	}
	order := func(opts Options) []string {
		files, err := Build(docs, opts)
		if err != nil {
			t.Fatal(err)
		}
		var entry entryJSON
		if err := json.Unmarshal(files[entryFile], &entry); err != nil {
			t.Fatal(err)
		}
		var table facetFileJSON
		if err := json.Unmarshal(files[entry.Facets], &table); err != nil {
			t.Fatal(err)
		}
		for _, f := range table.Facets {
			if f.Name == "sdg" {
				var keys []string
				for _, term := range f.Terms {
					keys = append(keys, term.Key)
				}
				return keys
			}
		}
		t.Fatal("no sdg facet")
		return nil
	}
	opts := Options{Languages: []string{"fi"}, FacetLabels: labels,
		FacetOrder: map[string][]string{"sdg": {"sdg-2", "sdg-9", "sdg-11", "sdg-17"}}}
	if got, want := order(opts), []string{"sdg-2", "sdg-9", "sdg-11", "sdg-17", "extra"}; !slices.Equal(got, want) {
		t.Errorf("with FacetOrder: %q, want %q (unlisted terms last)", got, want)
	}
	opts.FacetOrder = nil
	if got, want := order(opts), []string{"sdg-11", "sdg-17", "sdg-2", "sdg-9", "extra"}; !slices.Equal(got, want) {
		t.Errorf("without FacetOrder, by label: %q, want %q", got, want)
	}
}

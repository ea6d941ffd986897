package match_test

import (
	"cmp"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/kimppa/kimppa/generator/model"
	"github.com/kimppa/kimppa/generator/searchindex"
	"github.com/kimppa/kimppa/generator/sitetest"
)

// TestStuffingDoesNotPay adds to a copy of the sample portal a profile
// whose tags and body are the site's most common words and which lists
// every taxonomy term: it must not be among the top five partners of
// most actors, nor among the top five solvers of most challenges.
func TestStuffingDoesNotPay(t *testing.T) {
	dir := t.TempDir()
	if err := os.CopyFS(dir, os.DirFS("../..")); err != nil {
		t.Fatal(err)
	}
	s := sample(t)
	// the words most profiles have, as written
	df := map[string]int{}
	for _, e := range s.Model.Published("actors") {
		seen := map[string]bool{}
		text := s.Model.Title(e, "fi") + " " + e.Str("fi", "summary") + " " + e.Body("fi")
		for _, w := range searchindex.Words("fi", text) {
			if !seen[w.Surface] && len([]rune(w.Surface)) > 3 {
				seen[w.Surface] = true
				df[w.Surface]++
			}
		}
	}
	common := make([]string, 0, len(df))
	for w := range df {
		common = append(common, w)
	}
	slices.SortFunc(common, func(a, b string) int { return cmp.Or(cmp.Compare(df[b], df[a]), cmp.Compare(a, b)) })
	common = common[:min(60, len(common))]
	var terms []string
	for _, tx := range s.Config.Taxonomies {
		var keys []string
		for _, tm := range tx.Terms {
			keys = append(keys, tm.Key)
		}
		terms = append(terms, fmt.Sprintf("%s: [%s]", tx.Key, strings.Join(keys, ", ")))
	}
	stuffed := fmt.Sprintf("---\nname: Kaikki Oy\nkind: company\nmunicipality: Helsinki\ntags: [%s]\n%s\n---\n%s\n",
		strings.Join(common, ", "), strings.Join(terms, "\n"), strings.Repeat(strings.Join(common, " ")+".\n", 3))
	if err := os.WriteFile(filepath.Join(dir, "content/actors/kaikki-oy.md"), []byte(stuffed), 0o644); err != nil {
		t.Fatal(err)
	}
	site := sitetest.Valid(t, dir, sitetest.Options{Today: "2026-12-01"})
	m := matcherOf(t, site)
	r := m.All()
	me := model.Ref{Type: "actors", Slug: "kaikki-oy"}
	top := func(name string, lists map[model.Ref][]model.Ref) {
		in := 0
		for _, l := range lists {
			if slices.Contains(l[:min(5, len(l))], me) {
				in++
			}
		}
		t.Logf("the stuffed profile is in the top five %s of %d of %d", name, in, len(lists))
		if in*2 > len(lists) {
			t.Errorf("the stuffed profile is in the top five %s of %d of %d", name, in, len(lists))
		}
	}
	partners, solvers := map[model.Ref][]model.Ref{}, map[model.Ref][]model.Ref{}
	for a, l := range r.Partners {
		if a != me {
			for _, sg := range l {
				partners[a] = append(partners[a], sg.Ref)
			}
		}
	}
	for c, l := range r.Solvers {
		for _, sg := range l {
			solvers[c] = append(solvers[c], sg.Ref)
		}
	}
	top("partners", partners)
	top("solvers", solvers)
}

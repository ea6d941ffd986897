package searchindex

import (
	"slices"
	"strings"
	"testing"
)

func vias(kws []KeyWeight) []string {
	var out []string
	for _, kw := range kws {
		out = append(out, kw.Via)
	}
	return out
}

// TestConceptKeys: a word reaches its concept's broader, narrower and
// related words in the site's languages, the need's own first, weaker
// than a glossary word; a compound reaches its head's broader concepts
// and what is narrower than both its parts, never a part's narrower ones
// alone; a short stem is looked up as written only.
func TestConceptKeys(t *testing.T) {
	langs := []string{"fi", "en"}
	for _, tc := range []struct {
		lang, word  string
		want, never []string
	}{
		{"fi", "struviitti", []string{"fosfori", "lannoite", "struvite"}, []string{"ravinne", "struviitti"}},
		{"fi", "fosforilannoite", []string{"struviitti", "lannoite"}, []string{"typpi", "lanta"}},
		{"en", "phosphorus", []string{"struviitti", "ravinne", "struvite"}, nil},
		{"fi", "lastenvaate", []string{"tekstiili"}, []string{"työvaate"}},
		{"fi", "pullaa", nil, []string{"pakkaus"}},
		{"sv", "rivningsplats", nil, []string{"purku", "purkumateriaali"}},
	} {
		got := ConceptKeys(tc.lang, langs, []string{fold(tc.word)}, nil)
		vs := vias(got)
		for _, w := range tc.want {
			if !slices.Contains(vs, w) {
				t.Errorf("%s: no %q in %q", tc.word, w, vs)
			}
		}
		for _, w := range tc.never {
			if slices.Contains(vs, w) {
				t.Errorf("%s: %q in %q", tc.word, w, vs)
			}
		}
		english := false
		for _, kw := range got {
			if !kw.Concept || kw.W >= glossaryWeight || kw.Form {
				t.Errorf("%s: %+v is not a weak concept key", tc.word, kw)
			}
			fi := slices.ContainsFunc(conceptTables().list, func(c concept) bool { return slices.Contains(c.words[0], kw.Via) })
			if tc.lang == "fi" && fi && english {
				t.Errorf("%s: an English word before the Finnish %q", tc.word, kw.Via)
			}
			english = english || !fi
		}
	}
	if ConceptKeys("fi", []string{"fi"}, []string{"struviitti"}, nil)[0].Via == "struvite" {
		t.Error("an English word for a site without English")
	}
}

// TestConceptLines: every line of the vocabulary is a chain of concepts
// joined by > or =, each with at most Finnish, English and Swedish
// words, one word each (no spaces), lower case, and no concept is
// linked to itself.
func TestConceptLines(t *testing.T) {
	n := 0
	for _, line := range strings.Split(conceptLines, "\n") {
		f := strings.Fields(line)
		if len(f) == 0 {
			continue
		}
		if len(f)%2 == 0 {
			t.Errorf("%q: not a chain", line)
		}
		for i, x := range f {
			if i%2 == 1 {
				if x != ">" && x != "=" {
					t.Errorf("%q: %q joins concepts", line, x)
				}
				n++
				continue
			}
			parts := strings.Split(x, "/")
			if len(parts) > 3 || parts[0] == "" || x != strings.ToLower(x) {
				t.Errorf("%q: concept %q", line, x)
			}
		}
	}
	m := conceptTables()
	for id, c := range m.list {
		if slices.Contains(c.up, id) || slices.Contains(c.related, id) {
			t.Errorf("%v is linked to itself", c.words)
		}
	}
	if n < 200 {
		t.Errorf("%d links", n)
	}
	t.Logf("%d concepts, %d links", len(m.list), n)
}

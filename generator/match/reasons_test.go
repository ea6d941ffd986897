package match_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/kimppa/kimppa/generator/match"
	"github.com/kimppa/kimppa/generator/model"
	"github.com/kimppa/kimppa/generator/searchdoc"
	"github.com/kimppa/kimppa/generator/searchindex"
	"github.com/kimppa/kimppa/generator/sitetest"
)

// TestEveryReasonIsTrueOfTheData checks each suggestion the sample portal
// gets against the content itself: shared terms are the need's and the
// suggestion's, shared words are words of the need that the suggestion's
// text (or its service's) has a form of, the kind is the actor's and the
// one sought, a via is a service the actor provides or a project both are
// in; owners, drafts and closed calls never appear.
func TestEveryReasonIsTrueOfTheData(t *testing.T) {
	p := sample(t)
	m, idx, err := searchdoc.Matcher(p.Model, p.Today)
	if err != nil {
		t.Fatal(err)
	}
	r := m.All()
	s := p.Model
	check := func(need *model.Entity, sg match.Suggestion) { checkReasons(t, s, idx, need, sg) }
	checked := 0
	for ch, list := range r.Solvers {
		need := s.Entities[ch]
		for _, sg := range list {
			check(need, sg)
			if owner := s.LinksFrom(need, "owner"); len(owner) > 0 && sg.Ref == owner[0].To {
				t.Errorf("%s suggests its own owner", ch)
			}
			if seeking := need.Strings("", "seeking"); sg.Ref.Type == "actors" && len(seeking) > 0 && !slices.Contains(seeking, s.Entities[sg.Ref].Str("", "kind")) {
				t.Errorf("%s: %s is not of a kind sought", ch, sg.Ref)
			}
			checked++
		}
	}
	for a, list := range r.Partners {
		for _, sg := range list {
			if sg.Ref == a {
				t.Errorf("%s is its own partner", a)
			}
			check(s.Entities[a], sg)
			checked++
		}
	}
	for a, list := range r.Calls {
		kind := s.Entities[a].Str("", "kind")
		for _, sg := range list {
			f := s.Entities[sg.Ref]
			if el := f.Strings("", "eligible"); len(el) > 0 && !slices.Contains(el, kind) {
				t.Errorf("%s: call %s/%d is not open to %s", a, sg.Ref, sg.Call, kind)
			}
			if sg.Closes != "" && sg.Closes < "2026-12-01" {
				t.Errorf("%s: call %s/%d closed on %s", a, sg.Ref, sg.Call, sg.Closes)
			}
			check(s.Entities[a], sg)
			checked++
		}
	}
	if checked < 50 {
		t.Errorf("only %d suggestions on the sample portal", checked)
	}
}

func checkReasons(t *testing.T, s *model.Site, idx *searchindex.Index, need *model.Entity, sg match.Suggestion) {
	t.Helper()
	e := s.Entities[sg.Ref]
	if e == nil || !s.IsPublished(sg.Ref) {
		t.Errorf("%s: %s is not published", need.Ref, sg.Ref)
		return
	}
	// the reasons are of the suggestion, or of the service it comes with
	source := e
	if via := sg.Because.Via; via != (model.Ref{}) {
		v := s.Entities[via]
		switch {
		case v == nil:
			t.Errorf("%s → %s: via %s does not exist", need.Ref, sg.Ref, via)
			return
		case via.Type == "services" && !slices.ContainsFunc(s.LinksFrom(v, "providers"), func(l model.Link) bool { return l.To == sg.Ref }):
			t.Errorf("%s → %s: %s does not provide %s", need.Ref, sg.Ref, sg.Ref, via)
		case via.Type == "projects" && !inProject(s, v, sg.Ref):
			t.Errorf("%s → %s: not in project %s", need.Ref, sg.Ref, via)
		case via.Type == "services":
			source = v
		}
	}
	needText := strings.ToLower(text(s, need))
	for tax, terms := range sg.Because.Terms {
		for _, term := range terms {
			// a term the need has, or whose label the need's words name
			if !slices.Contains(need.Strings("", tax), term) && !namesLabel(s, tax, term, needText) || !slices.Contains(source.Strings("", tax), term) {
				t.Errorf("%s → %s: %s %q is not shared with %s", need.Ref, sg.Ref, tax, term, source.Ref)
			}
		}
	}
	doc, ok := idx.ID(source.Type, source.Slug)
	if !ok {
		t.Errorf("%s is not indexed", source.Ref)
		return
	}
	for _, w := range sg.Because.Words {
		if own, bridged, ok := strings.Cut(w, " → "); ok { // a bridge: the need's word, the Finnish word the doc has
			w = bridged
			if !strings.Contains(needText, own) {
				t.Errorf("%s → %s: %q is not a word of the need", need.Ref, sg.Ref, own)
			}
		} else if !strings.Contains(needText, w) {
			t.Errorf("%s → %s: %q is not a word of the need", need.Ref, sg.Ref, w)
		}
		if !hasForm(idx, s.Config.Languages, w, doc) {
			t.Errorf("%s → %s: %s has no form of %q", need.Ref, sg.Ref, source.Ref, w)
		}
	}
	if sg.Because.Kind != "" && e.Type == "actors" && e.Str("", "kind") != sg.Because.Kind {
		t.Errorf("%s → %s: kind %q is not the actor's", need.Ref, sg.Ref, sg.Because.Kind)
	}
}

// namesLabel reports whether text has a word of the label of a
// taxonomy's term, in a language of the site.
func namesLabel(s *model.Site, tax, term, text string) bool {
	for _, tx := range s.Config.Taxonomies {
		tm, ok := tx.Term(term)
		if tx.Key != tax || !ok {
			continue
		}
		for _, lang := range s.Config.Languages {
			for _, k := range searchindex.Analyze(lang, tm.Label.In(lang, s.Config.DefaultLang())) {
				for _, l := range s.Config.Languages {
					if slices.Contains(searchindex.Analyze(l, text), k) {
						return true
					}
				}
			}
		}
	}
	return false
}

// hasForm reports whether the index files doc under a form of word: the
// word's own key, its strong grade, or a key with the same Snowball stem,
// read in a language of the site (a translation's word in its own).
func hasForm(idx *searchindex.Index, langs []string, word string, doc int32) bool {
	for _, lang := range langs {
		if hasFormIn(idx, lang, langs, word, doc) {
			return true
		}
	}
	return false
}

func hasFormIn(idx *searchindex.Index, lang string, langs []string, word string, doc int32) bool {
	for _, w := range searchindex.Words(lang, word) {
		for _, kw := range searchindex.QueryKeys(lang, langs, w.Folded) {
			if !kw.Form {
				continue
			}
			p, aliases, ok := idx.Lookup(kw.Key)
			if ok && slices.Contains(p.Docs, doc) {
				return true
			}
			for _, a := range aliases {
				if ap, _, ok := idx.Lookup(a); ok && slices.Contains(ap.Docs, doc) {
					return true
				}
			}
		}
	}
	return false
}

func inProject(s *model.Site, p *model.Entity, a model.Ref) bool {
	for _, base := range []string{"coordinator", "partners"} {
		if slices.ContainsFunc(s.LinksFrom(p, base), func(l model.Link) bool { return l.To == a }) {
			return true
		}
	}
	return false
}

// text is everything the search index has of an entity, in every
// language.
func text(s *model.Site, e *model.Entity) string {
	if docText == nil {
		docText = map[model.Ref]string{}
		for _, d := range searchdoc.Docs(s, "2026-12-01", nil) {
			var parts []string
			for _, t := range d.Langs {
				parts = append(parts, t.Title, t.Summary, strings.Join(t.Keywords, " "), strings.Join(t.Refs, " "), t.Body)
			}
			docText[model.Ref{Type: d.Type, Slug: d.Slug}] = strings.Join(parts, "\n")
		}
	}
	return docText[e.Ref]
}

var docText map[model.Ref]string

// TestMatchesAreDeterministic: the same site gives the same matches.json,
// though the work is spread over goroutines and maps.
func TestMatchesAreDeterministic(t *testing.T) {
	p := sample(t)
	first := matchesJSON(t, p)
	for range 2 {
		if matchesJSON(t, p) != first {
			t.Fatal("two runs give different matches.json")
		}
	}
}

// matchesJSON is data/matches.json of a loaded site.
func matchesJSON(t *testing.T, p *sitetest.Site) string {
	t.Helper()
	m := matcherOf(t, p)
	b, err := m.All().JSON()
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

package session

import (
	"slices"

	"github.com/kimppa/kimppa/generator/model"
	"github.com/kimppa/kimppa/generator/render"
)

// state is what affected compares: a model and its pages sorted by path.
type state struct {
	model *model.Site
	pages []render.Page
}

// affected lists the pages of now to render again after the entities in
// changed changed since old, and the output paths of old pages that are
// gone; termPageOf tells which page of a term's listing in a language
// shows an entity's card (render.Renderer.TermPageOf). It follows what
// the pages show:
//   - every page's navigation shows how many entities of each type are
//     published and the titles of the free pages, so a change in those
//     touches every page;
//   - an entity's pages show the entities it links to and that link to
//     it (old and new links), as cards with their title, summary and
//     facts;
//   - a card shows the titles of its entity's own links (a service's
//     providers), and a page's schema.org data the types of what its links
//     link to (a project's funding source's funder), so a change of title
//     or of an actor's kind reaches two links away, and the lists and term
//     pages that show the cards of the entity's neighbours;
//   - list pages show their type's cards, term pages the cards of their
//     term, old and new; when an entity keeps its title, its terms and
//     its place, only the term pages that show its card change (a term
//     lists 100 entities to a page);
//   - home, taxonomy, search, 404, sitemap, robots and data pages show
//     figures or every entity, and are always rendered.
//
// dirty lists the entities whose cards may show something new.
//
// Update renders the entity pages of todo and Finish the others.
// affected_test.go holds a case for each rule; the tests in
// session_test.go compare the result with clean builds after edits of
// every kind, so they fail when render shows more than these rules say;
// KIMPPA_SWEEP=all edits every entity of the sample site.
func affected(old, now state, changed map[model.Ref]bool, termPageOf func(ref model.Ref, tax, term, lang string) int) (todo []render.Page, gone []string, dirty map[model.Ref]bool) {
	m, pages := now.model, now.pages
	gone, added := diffPages(old.pages, pages)
	all := !sameCounts(old.model, m, changed)
	dirty = map[model.Ref]bool{}
	types := map[string]bool{}
	terms := map[[2]string]bool{}
	neighbours := func(r model.Ref) []model.Ref {
		var out []model.Ref
		for _, s := range []*model.Site{old.model, m} {
			for _, l := range s.Out[r] {
				out = append(out, l.To)
			}
			for _, l := range s.Back[r] {
				out = append(out, l.From)
			}
		}
		return out
	}
	spots := map[[2]string][]model.Ref{} // entities whose card changed in place
	addTerms := func(ref model.Ref) {
		types[ref.Type] = true
		if staysInTerms(old.model, m, ref) {
			for _, t := range m.Config.Taxonomies {
				for _, term := range m.Entities[ref].Strings("", t.Key) {
					k := [2]string{t.Key, term}
					spots[k] = append(spots[k], ref)
				}
			}
			return
		}
		for _, s := range []*model.Site{old.model, m} {
			e := s.Entities[ref]
			if e == nil {
				continue
			}
			for _, v := range e.Variants(s.Config.Languages) {
				for _, t := range s.Config.Taxonomies {
					keys, _ := v.Fields[t.Key].([]string)
					for _, term := range keys {
						terms[[2]string{t.Key, term}] = true
					}
				}
			}
		}
	}
	for c := range changed {
		// a title, and an actor's kind (the schema.org type of the
		// references to it), show two links away: a project's data names
		// its funding source's funder
		named := !sameTitle(old.model, m, c) || !sameKind(old.model, m, c)
		if named && c.Type == "pages" {
			all = true // the navigation shows free pages by title
		}
		dirty[c] = true
		addTerms(c)
		for _, n := range neighbours(c) {
			dirty[n] = true
			if !named {
				continue
			}
			addTerms(n)
			for _, n2 := range neighbours(n) {
				dirty[n2] = true
			}
		}
	}
	// spotPages are the pages of a term in a language that show the
	// cards changed in place.
	spotted := map[[3]string]map[int]bool{}
	spotPages := func(key [2]string, lang string) map[int]bool {
		k := [3]string{key[0], key[1], lang}
		if nums, ok := spotted[k]; ok {
			return nums
		}
		nums := map[int]bool{}
		for _, ref := range spots[key] {
			nums[termPageOf(ref, key[0], key[1], lang)] = true
		}
		spotted[k] = nums
		return nums
	}
	for _, p := range pages {
		do := all || added[p.Path]
		switch p.Kind {
		case render.KindEntity:
			do = do || dirty[p.Ref]
		case render.KindAttachment, render.KindImage:
			// a bundle file, or an actor's share card, which shows only
			// its logo; the site's images change with the theme only
			do = do || changed[p.Ref]
		case render.KindList:
			do = do || types[p.Type]
		case render.KindTerm:
			key := [2]string{p.Tax, p.Term}
			do = do || terms[key] || spotPages(key, p.Lang)[max(p.Num, 1)]
		default:
			do = true
		}
		if do {
			todo = append(todo, p)
		}
	}
	return todo, gone, dirty
}

// staysInTerms reports whether r keeps its place in every term list from
// a to b: published in both, with the same title and the same terms.
func staysInTerms(a, b *model.Site, r model.Ref) bool {
	if !sameTitle(a, b, r) {
		return false
	}
	for _, t := range b.Config.Taxonomies {
		if !slices.Equal(a.Entities[r].Strings("", t.Key), b.Entities[r].Strings("", t.Key)) {
			return false
		}
	}
	return true
}

// diffPages compares two page lists sorted by path.
func diffPages(old, pages []render.Page) (gone []string, added map[string]bool) {
	added = map[string]bool{}
	i, j := 0, 0
	for i < len(old) || j < len(pages) {
		switch {
		case j == len(pages) || i < len(old) && old[i].Path < pages[j].Path:
			gone = append(gone, old[i].Path)
			i++
		case i == len(old) || pages[j].Path < old[i].Path:
			added[pages[j].Path] = true
			j++
		default:
			i++
			j++
		}
	}
	return gone, added
}

// sameCounts reports whether a and b publish as many entities of each
// type; only the entities in changed can make a difference.
func sameCounts(a, b *model.Site, changed map[model.Ref]bool) bool {
	delta := map[string]int{}
	for r := range changed {
		if a.IsPublished(r) {
			delta[r.Type]--
		}
		if b.IsPublished(r) {
			delta[r.Type]++
		}
	}
	for _, d := range delta {
		if d != 0 {
			return false
		}
	}
	return true
}

// sameTitle reports whether r is published in both a and b with the same
// title, written in the same files, in every language.
func sameTitle(a, b *model.Site, r model.Ref) bool {
	ea, eb := a.Entities[r], b.Entities[r]
	if ea == nil || eb == nil || a.IsPublished(r) != b.IsPublished(r) {
		return false
	}
	field := a.Type(r.Type).TitleField
	for _, lang := range a.Config.Languages {
		if ea.Str(lang, field) != eb.Str(lang, field) || hasField(ea, lang, field) != hasField(eb, lang, field) {
			return false
		}
	}
	return true
}

// sameKind reports whether r has the same kind in a and b (an actor's
// kind is its schema.org type wherever it is referred to).
func sameKind(a, b *model.Site, r model.Ref) bool {
	ea, eb := a.Entities[r], b.Entities[r]
	return ea == nil || eb == nil || ea.Str("", "kind") == eb.Str("", "kind")
}

func hasField(e *model.Entity, lang, field string) bool {
	if t := e.Trans[lang]; t != nil {
		_, ok := t.Fields[field]
		return ok
	}
	return false
}

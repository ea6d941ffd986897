// An entity as pages name it: its text and title in a language (and the
// language they are written in), links to it and to its terms, and
// the order of titles.

package render

import (
	"cmp"
	"slices"
	"strings"
	"sync"

	"github.com/kimppa/kimppa/generator/config"
	"github.com/kimppa/kimppa/generator/model"
	"github.com/kimppa/kimppa/generator/parallel"
)

// text returns a text field of e in lang, marked with the default
// language when the value falls back to it.
func (r *Renderer) text(e *model.Entity, lang, field string) Text {
	return Text{S: e.Str(lang, field), Lang: r.fieldLang(e, lang, field)}
}

// fieldLang is the language of field as shown in lang: "" when it is the
// page's own, else the default language it falls back to.
func (r *Renderer) fieldLang(e *model.Entity, lang, field string) string {
	if lang == r.def {
		return ""
	}
	if t := e.Trans[lang]; t != nil {
		if _, ok := t.Fields[field]; ok {
			return ""
		}
	}
	if _, ok := e.Default.Fields[field]; !ok {
		return ""
	}
	return r.def
}

// bodyLang is like fieldLang for the Markdown body.
func (r *Renderer) bodyLang(e *model.Entity, lang string) string {
	if lang == r.def || e.Default.Body == "" {
		return ""
	}
	if t := e.Trans[lang]; t != nil && t.Body != "" {
		return ""
	}
	return r.def
}

// title is e's name or title in lang.
func (r *Renderer) title(e *model.Entity, lang string) Text {
	return r.text(e, lang, r.site.Type(e.Type).TitleField)
}

// entityLink links to a published entity; an unpublished or unknown one
// is plain text.
func (r *Renderer) entityLink(e *model.Entity, lang string) link {
	t := r.title(e, lang)
	l := link{Text: t.S, Lang: t.Lang}
	if r.site.IsPublished(e.Ref) {
		l.Href = r.urls.Href(r.urls.Entity(e.Type, e.Slug, lang))
	}
	return l
}

// refLink is entityLink by reference; an unknown reference shows its slug.
func (r *Renderer) refLink(ref model.Ref, lang string) link {
	if e := r.site.Entities[ref]; e != nil {
		return r.entityLink(e, lang)
	}
	return link{Text: ref.Slug}
}

// published lists the entities of refs that are published, once each.
func (r *Renderer) published(refs []model.Ref) []*model.Entity {
	var out []*model.Entity
	seen := map[model.Ref]bool{}
	for _, ref := range refs {
		if seen[ref] || !r.site.IsPublished(ref) {
			continue
		}
		seen[ref] = true
		out = append(out, r.site.Entities[ref])
	}
	return out
}

// sortKey is the collation key of e's title in lang, worked out once:
// lists, terms and "latest" sort thousands of entities by it.
func (r *Renderer) sortKey(e *model.Entity, lang string) string {
	key := cardKey{e.Ref, lang}
	if k, ok := r.memo.sortKeys.Load(key); ok {
		return k.(string)
	}
	k := collate(r.title(e, lang).S)
	r.memo.sortKeys.Store(key, k)
	return k
}

// sortByTitle orders entities by their title in lang, then slug; ties
// keep their order.
func (r *Renderer) sortByTitle(es []*model.Entity, lang string) {
	if len(es) < rankedSort {
		slices.SortStableFunc(es, func(a, b *model.Entity) int {
			return cmp.Or(strings.Compare(r.sortKey(a, lang), r.sortKey(b, lang)), strings.Compare(a.Slug, b.Slug))
		})
		return
	}
	rank := r.titleRanks(lang)
	slices.SortStableFunc(es, func(a, b *model.Entity) int { return cmp.Compare(rank[a], rank[b]) })
}

// rankedSort is the length from which sortByTitle sorts by titleRanks:
// shorter lists, such as an entity's reverse links, are sorted on their
// own, so that serve need not rank every title to show one edited page.
const rankedSort = 200

// titleRanks numbers every published entity in the order of its title in
// lang, then slug; entities that tie share a number. Lists and terms sort
// thousands of entities, and comparing two numbers is cheaper than
// comparing two titles.
func (r *Renderer) titleRanks(lang string) map[*model.Entity]int {
	v, _ := r.ranks.LoadOrStore(lang, &ranks{})
	rk := v.(*ranks)
	rk.once.Do(func() {
		var all []*model.Entity
		for _, typ := range typesInOrder() {
			all = append(all, r.pub[typ]...)
		}
		keys := make([]string, len(all))
		parallel.For(len(all), func(i int) { keys[i] = r.sortKey(all[i], lang) })
		idx := make([]int, len(all))
		for i := range idx {
			idx[i] = i
		}
		order := func(i, j int) int {
			return cmp.Or(strings.Compare(keys[i], keys[j]), strings.Compare(all[i].Slug, all[j].Slug))
		}
		slices.SortFunc(idx, order)
		rk.of = make(map[*model.Entity]int, len(all))
		for n, i := range idx {
			if n > 0 && order(idx[n-1], i) == 0 {
				rk.of[all[i]] = rk.of[all[idx[n-1]]]
				continue
			}
			rk.of[all[i]] = n
		}
	})
	return rk.of
}

type ranks struct {
	once sync.Once
	of   map[*model.Entity]int
}

// typeRank orders types as config.Types does.
func typeRank(typ string) int { return slices.Index(config.Types, typ) }

// termLink links to a configured term's page.
func (r *Renderer) termLink(tax, term, lang string) (link, bool) {
	t, ok := r.cfg.Taxonomy(tax)
	if !ok {
		return link{}, false
	}
	tm, ok := t.Term(term)
	if !ok {
		return link{Text: term}, true
	}
	return termLabel(tm, lang, r.def, r.urls.Href(r.urls.Term(tax, term, lang))), true
}

// termLabel links a term by its display label (config.Term.Display),
// with its full name as Full when that is longer.
func termLabel(tm *config.Term, lang, def, href string) link {
	l := link{Text: tm.Display(lang, def), Href: href}
	if full := tm.Label.In(lang, def); full != l.Text {
		l.Full = full
	}
	return l
}

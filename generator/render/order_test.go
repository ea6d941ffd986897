package render

import (
	"cmp"
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"github.com/kimppa/kimppa/generator/config"
	"github.com/kimppa/kimppa/generator/model"
	"github.com/kimppa/kimppa/generator/schema"
	"github.com/kimppa/kimppa/generator/urls"
)

// orderSite is a renderer over n random entities of every listed type,
// with titles that often tie and dates that often repeat, for checking
// the fast orderings against plain sorts.
func orderSite(t *testing.T, n int, seed uint64) *Renderer {
	t.Helper()
	cfg := &config.Config{Languages: []string{"fi", "en"}}
	site := &model.Site{Config: cfg, Types: schema.Types(nil)}
	r := &Renderer{cfg: cfg, site: site, urls: urls.New(cfg), def: "fi", memo: NewMemo(), pub: map[string][]*model.Entity{}}
	rnd := rand.New(rand.NewPCG(seed, 7))
	titles := []string{"Ääkkönen", "Aalto", "aalto", "Öljy", "Zeta", "Åland", "Émile", "Kierto", "kierto"}
	for _, typ := range listTypes {
		field := site.Type(typ).TitleField
		for i := range n {
			f := map[string]any{field: titles[rnd.IntN(len(titles))]}
			if rnd.IntN(3) == 0 {
				f["updated"] = fmt.Sprintf("2025-0%d-01", 1+rnd.IntN(3))
			}
			switch typ {
			case "actors":
				f["member_since"] = fmt.Sprintf("202%d-01-01", rnd.IntN(3))
			case "projects":
				f["start"] = fmt.Sprintf("202%d-01-01", rnd.IntN(3))
			}
			e := &model.Entity{Ref: model.Ref{Type: typ, Slug: fmt.Sprintf("e%02d", i)}, Default: &model.Variant{Lang: "fi", Fields: f}}
			if rnd.IntN(2) == 0 {
				e.Trans = map[string]*model.Variant{"en": {Lang: "en", Fields: map[string]any{field: titles[rnd.IntN(len(titles))]}}}
			}
			r.pub[typ] = append(r.pub[typ], e)
		}
	}
	return r
}

func TestSortByTitleIsAStableSortByTitleAndSlug(t *testing.T) {
	for seed := range uint64(20) {
		r := orderSite(t, rankedSort/len(listTypes)+10, seed)
		for _, lang := range []string{"fi", "en"} {
			var all []*model.Entity
			for _, typ := range listTypes {
				all = append(all, r.pub[typ]...)
			}
			rand.New(rand.NewPCG(seed, 1)).Shuffle(len(all), func(i, j int) { all[i], all[j] = all[j], all[i] })
			// A long list goes by ranks, a short one by its titles.
			for _, es := range [][]*model.Entity{all, all[:20]} {
				want := slices.Clone(es)
				slices.SortStableFunc(want, func(a, b *model.Entity) int {
					return cmp.Or(strings.Compare(collate(r.title(a, lang).S), collate(r.title(b, lang).S)), strings.Compare(a.Slug, b.Slug))
				})
				got := slices.Clone(es)
				r.sortByTitle(got, lang)
				if !slices.Equal(got, want) {
					t.Fatalf("seed %d, %s, %d entities: sortByTitle differs from a stable sort by title and slug", seed, lang, len(es))
				}
			}
		}
	}
}

func TestLatestIsTheHeadOfAFullSort(t *testing.T) {
	for seed := range uint64(20) {
		r := orderSite(t, 15, seed)
		type dated struct {
			e       *model.Entity
			updated bool
			date    string
		}
		var all []dated
		for _, typ := range listTypes {
			for _, e := range r.pub[typ] {
				u, d := e.Str("", "updated"), entityDate(e)
				if d == "" || (typ == "funding" && u == "") {
					continue
				}
				all = append(all, dated{e, u != "", d})
			}
		}
		slices.SortStableFunc(all, func(a, b dated) int {
			if a.updated != b.updated {
				if a.updated {
					return -1
				}
				return 1
			}
			return cmp.Or(strings.Compare(b.date, a.date), strings.Compare(collate(r.title(a.e, "fi").S), collate(r.title(b.e, "fi").S)),
				cmp.Compare(typeRank(a.e.Type), typeRank(b.e.Type)), strings.Compare(a.e.Slug, b.e.Slug))
		})
		for _, n := range []int{0, 1, 6, len(all), len(all) + 3} {
			var want []*model.Entity
			for _, d := range all[:min(n, len(all))] {
				want = append(want, d.e)
			}
			if got := r.latest(n); !slices.Equal(got, want) {
				t.Fatalf("seed %d: latest(%d) differs from the head of a full sort", seed, n)
			}
		}
	}
}

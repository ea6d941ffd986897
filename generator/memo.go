package generator

import (
	"github.com/kimppa/kimppa/generator/memo"
	"github.com/kimppa/kimppa/generator/model"
	"github.com/kimppa/kimppa/generator/render"
	"github.com/kimppa/kimppa/generator/searchindex"
)

// Memo is what a session (generator/session) keeps from one rebuild to the next, so
// that a save costs work in proportion to what it changed: the cards and
// records of the entities (forgotten for the entities a change reaches),
// and the plain text and words of every text (found by the text itself).
// A full rebuild starts a new one: templates or configuration changed.
// The zero value keeps nothing, as a build needs.
type Memo struct {
	render *render.Memo
	docs   *memo.Map[model.Ref, searchindex.Doc] // forgotten with the cards
	bodies *memo.Map[string, string]             // Markdown → plain text
	index  *searchindex.Cache
}

// NewMemo is an empty Memo that keeps what it is given.
func NewMemo() Memo {
	return Memo{render: render.NewMemo(), docs: memo.New[model.Ref, searchindex.Doc](),
		bodies: memo.New[string, string](), index: searchindex.NewCache()}
}

// Forget drops the cards, records and search docs of the entities refs:
// a search doc, like a card, holds the titles of the entities it links to.
func (m Memo) Forget(refs map[model.Ref]bool, langs []string) {
	m.render.Forget(refs, langs)
	for r := range refs {
		m.docs.Delete(r)
	}
}

// sweep forgets the texts the last search index did not use.
func (m Memo) sweep() {
	m.docs.Sweep()
	m.bodies.Sweep()
	m.index.Sweep()
}

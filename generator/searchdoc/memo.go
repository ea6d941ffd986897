package searchdoc

import (
	"github.com/kimppa/kimppa/generator/memo"
	"github.com/kimppa/kimppa/generator/model"
	"github.com/kimppa/kimppa/generator/searchindex"
)

// Memo is what a session (generator/session) keeps of the search index
// from one rebuild to the next, so that a save costs work in proportion
// to what it changed: the search docs of the entities (forgotten for the
// entities a change reaches), the plain text of every body (found by the
// text itself) and each doc's analysis. A nil *Memo keeps nothing, as a
// build needs.
type Memo struct {
	docs   *memo.Map[model.Ref, searchindex.Doc] // forgotten with the cards
	bodies *memo.Map[string, string]             // Markdown → plain text
	index  *searchindex.Cache
}

// NewMemo is an empty Memo that keeps what it is given.
func NewMemo() *Memo {
	return &Memo{docs: memo.New[model.Ref, searchindex.Doc](), bodies: memo.New[string, string](), index: searchindex.NewCache()}
}

// Forget drops the search docs of the entities refs: a search doc, like
// a card, holds the titles of the entities it links to.
func (m *Memo) Forget(refs map[model.Ref]bool) {
	if m == nil {
		return
	}
	for r := range refs {
		m.docs.Delete(r)
	}
}

// sweep forgets the texts the last search index did not use.
func (m *Memo) sweep() {
	if m == nil {
		return
	}
	m.docs.Sweep()
	m.bodies.Sweep()
	m.index.Sweep()
}

func (m *Memo) parts() (*memo.Map[model.Ref, searchindex.Doc], *memo.Map[string, string], *searchindex.Cache) {
	if m == nil {
		return nil, nil, nil
	}
	return m.docs, m.bodies, m.index
}

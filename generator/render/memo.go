package render

import (
	"sync"

	"github.com/kimppa/kimppa/generator/model"
)

// Memo keeps what a Renderer works out about each entity (its cards, the
// sort key of its title, its open-data record and table row, its sitemap entries) for
// the next Renderer of the same site with the same templates and
// configuration: `kimppa serve` renders again after every save, and most
// entities did not change.
// Forget the entities whose cards or records may differ before a Renderer
// uses the Memo. It is safe for concurrent use.
type Memo struct {
	cards     sync.Map // cardKey → card
	listCards sync.Map // cardKey → card with its facets, for list pages
	sortKeys  sync.Map // cardKey → collation key of the title
	records   sync.Map // model.Ref → the entity's minified record in data/entities.json, a packed.Part
	rows      sync.Map // model.Ref → the entity's row in its data/<type>.csv, a packed.Part
	cells     sync.Map // model.Ref → the same row's cells for data/tables.xlsx, joined by NUL, a packed.Part
	sitemap   sync.Map // cardKey → the <url> entry of the entity's page in the sitemap
	bodyRefs  sync.Map // cardKey → linkedFiles: the bundle files a body links to or shows
	matches   sync.Map // model.Ref → matchPart: its entry in data/matches.json
}

// linkedFiles are the bundle files body links to or shows. It is kept
// with the body it was read from, which the next renderer compares: a
// save changes one body, and reading every other again would render
// every bundle's Markdown on every save.
type linkedFiles struct {
	body  string
	names []string
}

// NewMemo returns an empty Memo.
func NewMemo() *Memo { return &Memo{} }

// Forget drops what is known of the entities refs in the languages
// langs; a nil Memo knows nothing. A card shows its entity and the titles
// of the entities it links to; a record and a sort key only their entity.
func (m *Memo) Forget(refs map[model.Ref]bool, langs []string) {
	if m == nil {
		return
	}
	for r := range refs {
		for _, lang := range langs {
			m.cards.Delete(cardKey{r, lang})
			m.listCards.Delete(cardKey{r, lang})
			m.sortKeys.Delete(cardKey{r, lang})
			m.sitemap.Delete(cardKey{r, lang})
		}
		m.records.Delete(r)
		m.rows.Delete(r)
		m.cells.Delete(r)
		m.matches.Delete(r)
	}
}

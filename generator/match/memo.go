package match

import (
	"hash/maphash"
	"strings"
	"sync"

	"github.com/kimppa/kimppa/generator/model"
	"github.com/kimppa/kimppa/generator/searchindex"
)

// Memo keeps, from one matching to the next, what a save rarely changes:
// the language each entity's text is written in. kimppa serve matches
// every actor again after a save, and telling the language of ten
// thousand texts is a fifth of that work. A Memo is safe for concurrent
// use; a nil Memo keeps nothing.
type Memo struct {
	langs sync.Map // model.Ref → detected
	seed  maphash.Seed
	mu    sync.Mutex // one matching at a time reads and updates last
	last  *since     // the last matching's, complete or cancelled
	// how many needs the last complete matching worked out, of how many
	worked, needs int
}

// Worked says how many needs the last complete matching worked out
// again, of how many it has: the rest were taken from the one before.
func (m *Memo) Worked() (worked, needs int) {
	m.mu.Lock()
	defer m.mu.Unlock()
	return m.worked, m.needs
}

// NewMemo returns an empty Memo.
func NewMemo() *Memo { return &Memo{seed: maphash.MakeSeed()} }

// detected is the language of the text whose hash is sum.
type detected struct {
	sum  uint64
	lang string
}

// langOf is the language of ref's text, else fallback (DetectLang),
// told from its first detectBytes: an entity's title, tags, summary and
// the start of its text say it as well as the whole, at a third of the
// cost in a build.
func (m *Memo) langOf(ref model.Ref, text, fallback string) string {
	text = openingOf(text, detectBytes)
	if m == nil {
		return searchindex.DetectLang(text, fallback)
	}
	sum := maphash.String(m.seed, text+"\x00"+fallback)
	if v, ok := m.langs.Load(ref); ok && v.(detected).sum == sum {
		return v.(detected).lang
	}
	lang := searchindex.DetectLang(text, fallback)
	m.langs.Store(ref, detected{sum, lang})
	return lang
}

// detectBytes is how much of an entity's text its language is told from.
const detectBytes = 1000

// openingOf is the start of text, at most n bytes, cut between words.
func openingOf(text string, n int) string {
	if len(text) <= n {
		return text
	}
	if i := strings.LastIndexAny(text[:n], " \n"); i > 0 {
		return text[:i]
	}
	return strings.ToValidUTF8(text[:n], "")
}

package searchindex

import (
	"slices"
	"strings"
	"sync"
)

// Concepts reach what no word of a need names: a need for "recycled
// phosphorus fertiliser" is met by struvite, one for "cooling water" by
// waste heat. A need's word finds the concepts it names (conceptLines);
// each concept leads to the words of its own, its broader concepts (one
// step up: struvite is phosphorus), its narrower ones and its related
// ones, in the site's languages. Such a link
// is weaker evidence than a shared word (ConceptWeight) and is shown as a
// bridge ("fosforilannoite → struviitti"). search.js has the same table
// (CONCEPTS, TestGeneratedJS) and reads it the same way.

// ConceptWeight is what a word found through a concept counts: less than
// a glossary word (glossaryWeight) and a form of the word itself.
const ConceptWeight = 0.5

// conceptLangs are the languages a concept is written in, in order.
var conceptLangs = []string{"fi", "en", "sv"}

// concept is one concept: its words by language (conceptLangs' order)
// and the concepts it links to.
type concept struct {
	words             [3][]string
	up, down, related []int
}

// conceptMaps are the parsed concepts: byWord maps lang + NUL + a folded
// word to the concepts that have it; byKey lang + NUL + its key.
type conceptMaps struct {
	list          []concept
	byWord, byKey map[string][]int
}

var conceptTables = sync.OnceValue(func() conceptMaps { return parseConcepts(conceptLines) })

// parseConcepts reads conceptLines: a concept named again by one of its
// Finnish words is the same concept, and more words given add to it.
func parseConcepts(src string) conceptMaps {
	m := conceptMaps{byWord: map[string][]int{}, byKey: map[string][]int{}}
	fiOf := map[string]int{}
	node := func(spec string) int {
		langs := strings.Split(spec, "/")
		id := -1
		for _, w := range strings.Split(langs[0], ",") {
			if i, ok := fiOf[w]; ok {
				id = i
				break
			}
		}
		if id < 0 {
			id = len(m.list)
			m.list = append(m.list, concept{})
		}
		for l, ws := range langs {
			for _, w := range strings.Split(ws, ",") {
				if w != "" && !slices.Contains(m.list[id].words[l], w) {
					m.list[id].words[l] = append(m.list[id].words[l], w)
					if l == 0 {
						fiOf[w] = id
					}
				}
			}
		}
		return id
	}
	link := func(l *[]int, id int) {
		if !slices.Contains(*l, id) {
			*l = append(*l, id)
		}
	}
	for _, line := range strings.Split(src, "\n") {
		f := strings.Fields(line)
		for i := 0; i+2 < len(f); i += 2 {
			a, b := node(f[i]), node(f[i+2])
			if a == b {
				continue
			}
			if f[i+1] == ">" {
				link(&m.list[a].up, b)
				link(&m.list[b].down, a)
			} else {
				link(&m.list[a].related, b)
				link(&m.list[b].related, a)
			}
		}
	}
	for id, c := range m.list {
		for l, ws := range c.words {
			lang := conceptLangs[l]
			for _, w := range ws {
				f := fold(w)
				m.byWord[lang+"\x00"+f] = appendNew(m.byWord[lang+"\x00"+f], id)
				k := lang + "\x00" + stem(lang, f)
				m.byKey[k] = appendNew(m.byKey[k], id)
			}
		}
	}
	return m
}

func appendNew(l []int, id int) []int {
	if slices.Contains(l, id) {
		return l
	}
	return append(l, id)
}

// minConceptKey is the shortest key a word is looked up by among the
// concepts (as written it is always looked up): a shorter stem is too
// often another word's ("pullaa" is no "pullo").
const minConceptKey = 5

// conceptsOf are the concepts a folded word of a need written in lang
// names: as written, by its key (or its strong grade's), or, in a
// Finnish need, as an English or Swedish concept word written as it is.
func (m conceptMaps) conceptsOf(lang, folded string) []int {
	if ids := m.byWord[lang+"\x00"+folded]; len(ids) > 0 {
		return ids
	}
	if k := stem(lang, folded); len(k) >= minConceptKey {
		if ids := m.byKey[lang+"\x00"+k]; len(ids) > 0 {
			return ids
		}
		if lang == "fi" {
			for _, g := range gradation(k) {
				if ids := m.byKey["fi\x00"+g]; len(ids) > 0 {
					return ids
				}
			}
		}
	}
	if lang == "fi" {
		var out []int
		for _, l := range []string{"en", "sv"} {
			for _, id := range m.byWord[l+"\x00"+folded] {
				out = appendNew(out, id)
			}
		}
		return out
	}
	return nil
}

// minConceptPart is the fewest letters a part of a compound has when it
// is looked up among the concepts.
const minConceptPart = 4

// partConcepts are the concepts a Finnish or Swedish compound that names
// none leads to through its parts. A compound is a kind of its head: the
// head (the longest end that names a concept) and what is broader than
// it, and what is narrower than both the head and the first part
// (looked up as written: a first part is a word's base form):
// "fosfori|lannoite" is struvite, a phosphorus and a fertiliser. Not
// what is narrower than a part alone (a "lastenvaate" is no work wear),
// nor a first part alone (a "rivningsplats" is no demolition).
func (m conceptMaps) partConcepts(lang, folded string) []int {
	if !splitLang(lang) || !isAZ(folded) || len(folded) < 2*minConceptPart {
		return nil
	}
	for i := minConceptPart; i <= len(folded)-minConceptPart; i++ {
		heads := m.conceptsOf(lang, folded[i:])
		if len(heads) == 0 {
			continue
		}
		var out []int
		for _, h := range heads {
			out = m.upward(out, h, 1)
		}
		for _, mod := range m.byWord[lang+"\x00"+folded[:i]] {
			for _, h := range heads {
				for _, d := range m.list[h].down {
					if slices.Contains(m.list[mod].down, d) {
						out = appendNew(out, d)
					}
				}
			}
		}
		return out
	}
	return nil
}

// upward adds to out concept id and what is broader than it, steps up.
func (m conceptMaps) upward(out []int, id, steps int) []int {
	out = appendNew(out, id)
	if steps > 0 {
		for _, u := range m.list[id].up {
			out = m.upward(out, u, steps-1)
		}
	}
	return out
}

// linked are the concepts a concept a word names leads to, itself first,
// then its broader, narrower and related ones, one step: two steps up
// reach words too broad to say much ("tiili" → "rakennusosa" →
// "rakennusmateriaali").
func (m conceptMaps) linked(id int) []int {
	out := m.upward(nil, id, 1)
	c := m.list[id]
	for _, l := range [][]int{c.down, c.related} {
		for _, d := range l {
			out = appendNew(out, d)
		}
	}
	return out
}

// ConceptKeys are the keys a word of a need written in lang reaches
// through the concepts, for a site in langs: forms are the word's
// folded forms (as written, without a possessive suffix), vias the
// Finnish words its glossary bridges lead to (an English word's concepts
// are those of its Finnish words too). Each key is a word of a linked
// concept in one of the site's languages, with that word as Via; keys of
// the forms' own stems are left out. By language, the need's first,
// then by key.
func ConceptKeys(lang string, langs []string, forms, vias []string) []KeyWeight {
	m := conceptTables()
	var ids []int
	for _, f := range forms {
		for _, id := range m.conceptsOf(lang, f) {
			ids = appendNew(ids, id)
		}
	}
	for _, v := range vias {
		for _, id := range m.conceptsOf("fi", fold(v)) {
			ids = appendNew(ids, id)
		}
	}
	var all []int
	for _, id := range ids {
		for _, l := range m.linked(id) {
			all = appendNew(all, l)
		}
	}
	if len(ids) == 0 && len(forms) > 0 {
		all = m.partConcepts(lang, forms[0])
	}
	slices.Sort(all)
	own := map[string]bool{}
	for _, f := range forms {
		own[stem(lang, f)] = true
	}
	var out []KeyWeight
	for _, lng := range conceptOrder(lang) {
		if !slices.Contains(langs, lng) {
			continue
		}
		l := slices.Index(conceptLangs, lng)
		var these []KeyWeight
		for _, id := range all {
			for _, w := range m.list[id].words[l] {
				k := stem(lng, fold(w))
				if own[k] || slices.ContainsFunc(out, func(kw KeyWeight) bool { return kw.Key == k }) || slices.ContainsFunc(these, func(kw KeyWeight) bool { return kw.Key == k }) {
					continue
				}
				these = append(these, KeyWeight{Key: k, W: ConceptWeight, Via: w, Concept: true})
			}
		}
		slices.SortStableFunc(these, func(a, b KeyWeight) int { return strings.Compare(a.Key, b.Key) })
		out = append(out, these...)
	}
	return out
}

// conceptOrder is the order of the languages of a need's concept words:
// its own first, so that a reason is shown in the need's words where the
// doc has them ("teräspalkki → rakennusosa", not "→ component").
func conceptOrder(lang string) []string {
	out := []string{lang}
	for _, l := range conceptLangs {
		if l != lang {
			out = append(out, l)
		}
	}
	return out
}

// conceptsJS is the concepts as search.js's CONCEPTS constant: the
// lines of conceptLines, a tab apart, each with single spaces.
func conceptsJS() string {
	var lines []string
	for _, line := range strings.Split(conceptLines, "\n") {
		if f := strings.Fields(line); len(f) > 0 {
			lines = append(lines, strings.Join(f, " "))
		}
	}
	return strings.Join(lines, "\t")
}

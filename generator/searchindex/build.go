package searchindex

import (
	"cmp"
	"errors"
	"fmt"
	"math"
	"slices"
	"sort"
	"strings"
	"sync"

	"github.com/kimppa/kimppa/generator/parallel"
)

// FormatVersion is the version of the index format. Bump it on any change
// to the files Build writes; search.js has it built in and warns on a
// mismatch.
const FormatVersion = 1

// Doc is one published entity to index.
type Doc struct {
	Type   string             // "actors", "services", "projects", "contracts", "funding", "pages"
	Slug   string             //
	Langs  map[string]DocText // every language the entity is shown in, translation fallback applied
	Facets map[string][]string
	IDs    []string // exact identifiers that must find the doc, e.g. a Y-tunnus

	// For matching needs (search.js's match()):
	Along   []DocRef // docs a match brings along: a service's providers
	Open    bool     // a challenge or funding source that is open now
	Contact string   // the e-mail address to write to
}

// DocText is the text of a Doc in one language.
type DocText struct {
	URL      string   // site-relative, e.g. "/toimijat/vtt/"
	Title    string   // name or title (highest boost)
	Summary  string   //
	Keywords []string // tags and taxonomy term labels
	Refs     []string // names and titles of referenced entities
	Body     string   // plain text of the body and other fields (lowest boost)
}

// Options configures Build.
type Options struct {
	Languages []string // site languages, the first is the default
	// FacetLabels: facet -> term -> lang -> label (including "type" and
	// "kind"). The term "" holds the label of the facet itself.
	FacetLabels map[string]map[string]map[string]string
	// FacetOrder: facet -> term keys in the order the site configures
	// them (a taxonomy's terms as kimppa.yaml lists them). Terms it does
	// not list come after, by default-language label.
	FacetOrder map[string][]string
	// Cache, when set, keeps the words of each text for the next Build:
	// `kimppa serve` indexes the whole site after every save.
	Cache *Cache
}

// Field weights: what an occurrence of a word adds to the doc's weighted
// term frequency, in tenths (integers, so that sums do not depend on order).
const (
	weightTitle    = 50
	weightID       = 30
	weightKeywords = 20
	weightSummary  = 15
	weightRefs     = 10
	weightBody     = 10

	// Other keys of a word, in tenths of its weight.
	weightPart      = 7 // a part of a compound word ("pankki" in "rakennusosapankki")
	weightGradation = 8 // the strong grade of a Finnish word in the weak one ("tieto" in "tiedon")

	bm25K1 = 2.0

	summaryMax = 140 // display fragments cut summaries at a word boundary
)

// typeOrder is the order of types in the index; other types follow by name.
var typeOrder = []string{"actors", "services", "projects", "contracts", "funding", "challenges", "pages"}

// builder holds the state of one Build.
type builder struct {
	opts    Options
	layout  layout
	docs    []*docState
	langs   []string
	words   []wordInfo // unique (language, surface) words
	keys    []string   // index keys, by key id
	keyIDs  map[string]int32
	lists   [][]byte          // posting list of each key id (see encodeList)
	aliases map[int32][]int32 // keys with the same Snowball stem

	avgField [numFieldKinds]float64 // average field lengths in bytes
}

type wordInfo struct {
	lang, surface string
	key           int32         // key id
	extra         []weightedKey // compound parts
}

type weightedKey struct {
	key int32
	w   int32 // tenths
}

type wordOcc struct {
	word int32
	w    int32 // tenths
}

type localWord struct {
	lang    string
	surface string
	w       int32
}

// scratch is one worker's reusable memory for analyzeDoc.
type scratch struct {
	index map[string]int32 // lang+surface → position in words
	words []localWord
	buf   []byte
}

type docState struct {
	doc     Doc
	id      int
	title   string // sort key of the default-language title
	cluster string
	local   []localWord // words and weights (while analysing)
	occ     []wordOcc
	direct  map[string]int32 // keys added directly (identifiers)
	length  int              // number of tokens
}

// Build returns the index files, keyed by path relative to the output's
// search/ folder. The same input gives byte-identical output.
func Build(docs []Doc, opts Options) (map[string][]byte, error) {
	files, _, err := build(docs, opts, defaultLayout, false)
	return files, err
}

// BuildIndex is Build that also returns a view of the index, for
// matching at build time.
func BuildIndex(docs []Doc, opts Options) (map[string][]byte, *Index, error) {
	return build(docs, opts, defaultLayout, true)
}

func build(docs []Doc, opts Options, lay layout, view bool) (map[string][]byte, *Index, error) {
	if len(opts.Languages) == 0 {
		return nil, nil, errors.New("searchindex: no languages")
	}
	if _, err := chainFor("fi"); err != nil {
		return nil, nil, err
	}
	b := &builder{opts: opts, langs: opts.Languages, layout: lay}
	if err := b.order(docs); err != nil {
		return nil, nil, err
	}
	b.analyze()
	b.vocabulary()
	if err := b.postings(); err != nil {
		return nil, nil, err
	}
	var x *Index
	if view {
		x = b.view()
	}
	files, err := b.write()
	return files, x, err
}

// titleKey is the sort key of a title: lower case, diacritics folded, but
// in Finnish and Swedish å, ä and ö sort after z.
func titleKey(lang, title string) string {
	t := strings.ToLower(strings.TrimSpace(title))
	if lang == "fi" || lang == "sv" {
		t = nordicLast.Replace(t)
	}
	return fold(t)
}

// nordicLast puts å, ä and ö after z, as Finnish and Swedish sort them.
var nordicLast = strings.NewReplacer("å", "{", "ä", "|", "ö", "}")

func typeRank(t string) int {
	if i := slices.Index(typeOrder, t); i >= 0 {
		return i
	}
	return len(typeOrder)
}

// order checks the docs and gives them ids: by type, by actor kind and by
// the first term of the most used taxonomy (so that related entities sit in
// the same display chunk and facet sets have long runs), by title and slug.
func (b *builder) order(docs []Doc) error {
	var errs []error
	seen := map[string]bool{}
	counts := map[string]int{}
	for _, d := range docs {
		for f, terms := range d.Facets {
			if f != "type" && f != "kind" && len(terms) > 0 {
				counts[f]++
			}
		}
	}
	clusterFacet, best := "", 0
	for f, n := range counts {
		if n > best || n == best && f < clusterFacet {
			clusterFacet, best = f, n
		}
	}
	for i := range docs {
		d := docs[i]
		id := d.Type + "/" + d.Slug
		switch {
		case d.Type == "" || d.Slug == "":
			errs = append(errs, fmt.Errorf("searchindex: doc %d has no type or slug", i))
			continue
		case seen[id]:
			errs = append(errs, fmt.Errorf("searchindex: duplicate doc %s", id))
			continue
		case len(d.Langs) == 0:
			errs = append(errs, fmt.Errorf("searchindex: doc %s has no language", id))
			continue
		}
		seen[id] = true
		s := &docState{doc: d}
		if t, ok := b.baseText(d); ok {
			s.title = titleKey(b.langs[0], t.Title)
		}
		if terms := d.Facets["kind"]; len(terms) > 0 {
			s.cluster = terms[0]
		}
		if terms := d.Facets[clusterFacet]; len(terms) > 0 {
			s.cluster += "\x00" + terms[0]
		}
		b.docs = append(b.docs, s)
	}
	if len(errs) > 0 {
		return errors.Join(errs...)
	}
	slices.SortFunc(b.docs, func(x, y *docState) int {
		return cmp.Or(
			cmp.Compare(typeRank(x.doc.Type), typeRank(y.doc.Type)),
			cmp.Compare(x.doc.Type, y.doc.Type),
			cmp.Compare(x.cluster, y.cluster),
			cmp.Compare(x.title, y.title),
			cmp.Compare(x.doc.Slug, y.doc.Slug))
	})
	for i, s := range b.docs {
		s.id = i
	}
	return nil
}

// baseText is the doc's text in the first site language it has.
func (b *builder) baseText(d Doc) (DocText, bool) {
	for _, l := range b.langs {
		if t, ok := d.Langs[l]; ok {
			return t, true
		}
	}
	// a language not in the site list: take the smallest for determinism
	ls := make([]string, 0, len(d.Langs))
	for l := range d.Langs {
		ls = append(ls, l)
	}
	sort.Strings(ls)
	if len(ls) == 0 {
		return DocText{}, false
	}
	return d.Langs[ls[0]], true
}

// docLangs lists the languages of d: site languages first, in order.
func (b *builder) docLangs(d Doc) []string {
	var out []string
	for _, l := range b.langs {
		if _, ok := d.Langs[l]; ok {
			out = append(out, l)
		}
	}
	var rest []string
	for l := range d.Langs {
		if !slices.Contains(b.langs, l) {
			rest = append(rest, l)
		}
	}
	sort.Strings(rest)
	return append(out, rest...)
}

// analyze tokenises every doc (in parallel) and records weighted word
// occurrences. A field whose text equals the same field of an earlier
// language (translation fallback) is indexed once.
func (b *builder) analyze() {
	pool := sync.Pool{New: func() any { return &scratch{index: map[string]int32{}} }}
	b.averageFieldLengths()
	parallel.For(len(b.docs), func(i int) {
		sc := pool.Get().(*scratch)
		b.analyzeDoc(b.docs[i], sc)
		pool.Put(sc)
	})
	// Number the words in doc order.
	ids := map[string]map[string]int32{}
	for _, s := range b.docs {
		s.occ = make([]wordOcc, len(s.local))
		for j, lw := range s.local {
			li := ids[lw.lang]
			if li == nil {
				li = map[string]int32{}
				ids[lw.lang] = li
			}
			id, ok := li[lw.surface]
			if !ok {
				id = int32(len(b.words))
				li[lw.surface] = id
				b.words = append(b.words, wordInfo{lang: lw.lang, surface: lw.surface})
			}
			s.occ[j] = wordOcc{id, lw.w}
		}
		s.local = nil
	}
}

// fieldKind is a kind of text field; each has a weight and a length
// normalisation (BM25F: a word in a long field counts for less).
type fieldKind int

const (
	fieldTitle fieldKind = iota
	fieldSummary
	fieldKeywords
	fieldRefs
	fieldBody
	fieldTypeLabel
	numFieldKinds
)

var fieldWeights = [numFieldKinds]float64{weightTitle, weightSummary, weightKeywords, weightRefs, weightBody, weightBody}

// fieldB is BM25's b for each kind: how much the field's length matters.
var fieldB = [numFieldKinds]float64{0.3, 0.5, 0.2, 0.2, 0.75, 0}

// averageFieldLengths computes the average length in bytes of each kind of
// field over all docs, for fieldWeight.
func (b *builder) averageFieldLengths() {
	var sum, n [numFieldKinds]float64
	count := func(k fieldKind, text string) {
		if text != "" {
			sum[k] += float64(len(text))
			n[k]++
		}
	}
	for _, s := range b.docs {
		for _, lang := range b.docLangs(s.doc) {
			t := s.doc.Langs[lang]
			count(fieldTitle, t.Title)
			count(fieldSummary, t.Summary)
			for _, k := range t.Keywords {
				count(fieldKeywords, k)
			}
			for _, r := range t.Refs {
				count(fieldRefs, r)
			}
			count(fieldBody, t.Body)
		}
	}
	for k := range b.avgField {
		b.avgField[k] = max(1, sum[k]/max(1, n[k]))
	}
}

// fieldWeight is what one word of a field of this kind and length (bytes)
// adds to the term frequency, in tenths.
func (b *builder) fieldWeight(k fieldKind, length int) int32 {
	norm := 1 - fieldB[k] + fieldB[k]*float64(length)/b.avgField[k]
	return max(1, int32(math.Round(fieldWeights[k]/norm)))
}

func (b *builder) analyzeDoc(s *docState, sc *scratch) {
	fields := b.fields(s.doc)
	weights := make([]int32, len(fields))
	for i, f := range fields {
		weights[i] = b.fieldWeight(f.kind, len(f.text))
	}
	if a, ok := b.opts.Cache.analysis(s.doc, fields, weights); ok {
		s.local, s.length, s.direct = a.local, a.length, a.direct
		return
	}
	clear(sc.index)
	sc.words = sc.words[:0]
	s.direct = map[string]int32{}
	for i, f := range fields {
		for _, wc := range b.opts.Cache.words(f.lang, f.text) {
			sc.buf = append(append(append(sc.buf[:0], f.lang...), 0), wc.word...)
			j, ok := sc.index[string(sc.buf)]
			if !ok {
				j = int32(len(sc.words))
				sc.index[string(sc.buf)] = j
				sc.words = append(sc.words, localWord{lang: f.lang, surface: wc.word})
			}
			sc.words[j].w += weights[i] * wc.n
			s.length += int(wc.n)
		}
	}
	s.local = slices.Clone(sc.words)
	for _, id := range s.doc.IDs {
		k := fold(strings.ToLower(strings.TrimSpace(id)))
		if k == "" {
			continue
		}
		s.direct[k] += weightID
		if compact := strings.Map(func(r rune) rune {
			if r == '-' || r == ' ' || r == '.' {
				return -1
			}
			return r
		}, k); compact != k && compact != "" {
			s.direct[compact] += weightID
		}
		s.length++
	}
	b.opts.Cache.keep(s.doc, fields, weights, docAnalysis{local: s.local, length: s.length, direct: s.direct})
}

// field is a text of a doc to analyse, in a language.
type field struct {
	lang string
	kind fieldKind
	text string
}

// fields lists the texts of d in the order they are analysed. A field
// whose text equals the same field in an earlier language (the caller's
// translation fallback) is indexed once.
func (b *builder) fields(d Doc) []field {
	type slot struct {
		kind fieldKind
		i    int // which keyword or reference
		text string
	}
	n := 0
	for _, t := range d.Langs {
		n += 4 + len(t.Keywords) + len(t.Refs)
	}
	out := make([]field, 0, n)
	// A field that an earlier language has with the same text in the same
	// slot is left out; a map, since looking through the earlier fields
	// for each was quadratic in a document's keywords and references.
	seen := make(map[slot]bool, n)
	add := func(lang string, kind fieldKind, i int, text string) {
		if text == "" || seen[slot{kind, i, text}] {
			return
		}
		out = append(out, field{lang, kind, text})
		seen[slot{kind, i, text}] = true
	}
	for _, lang := range b.docLangs(d) {
		t := d.Langs[lang]
		add(lang, fieldTitle, 0, t.Title)
		add(lang, fieldSummary, 0, t.Summary)
		for i, k := range t.Keywords {
			add(lang, fieldKeywords, i, k)
		}
		for i, r := range t.Refs {
			add(lang, fieldRefs, i, r)
		}
		add(lang, fieldBody, 0, t.Body)
		if l := b.opts.FacetLabels["type"][d.Type][lang]; l != "" {
			add(lang, fieldTypeLabel, 0, l)
		}
	}
	return out
}

// vocabulary computes each word's key, its compound parts and its Snowball
// bridges.
func (b *builder) vocabulary() {
	keyIDs := map[string]int32{}
	keyID := func(k string) int32 {
		id, ok := keyIDs[k]
		if !ok {
			id = int32(len(b.keys))
			keyIDs[k] = id
			b.keys = append(b.keys, k)
		}
		return id
	}
	folded := make([]string, len(b.words))
	keys := make([]string, len(b.words))
	stems := make([]string, len(b.words))
	parallel.For(len(b.words), func(i int) {
		w := &b.words[i]
		folded[i] = fold(w.surface)
		keys[i] = stem(w.lang, folded[i])
		stems[i] = snowball(w.lang, w.surface)
	})
	vocab := map[string]bool{}
	surfaces := map[string]bool{}
	for i := range b.words {
		b.words[i].key = keyID(keys[i])
		vocab[keys[i]] = true
		surfaces[folded[i]] = true
	}
	for _, terms := range b.opts.FacetLabels {
		for _, byLang := range terms {
			for lang, label := range byLang {
				for _, t := range analyzeTokens(lang, label) {
					vocab[t.key] = true
					surfaces[fold(t.surface)] = true
				}
			}
		}
	}
	sp := newSplitter(vocab, surfaces)
	// compounds
	var long []int
	for i, w := range b.words {
		if splitLang(w.lang) && len(folded[i]) >= minCompound && isAZ(folded[i]) {
			long = append(long, i)
		}
	}
	sp.learnTails(b.words, folded, long)
	parts := make([][]string, len(b.words))
	parallel.For(len(b.words), func(i int) {
		f := folded[i]
		if strings.ContainsAny(f, "-.'") {
			for _, p := range strings.FieldsFunc(f, func(r rune) bool { return r == '-' || r == '.' || r == '\'' }) {
				parts[i] = append(parts[i], stem(b.words[i].lang, p))
			}
		} else if splitLang(b.words[i].lang) && len(f) >= minCompound && isAZ(f) {
			parts[i] = sp.split(b.words[i].lang, f)
		}
	})
	for i := range b.words {
		w := &b.words[i]
		for _, p := range parts[i] {
			if p != keys[i] {
				w.addExtra(keyID(p), weightPart)
			}
		}
	}
	// Consonant gradation: a Finnish word in the weak grade ("tiedon",
	// "luvan") is also filed under the strong grade's key when the site
	// has that key, so that "tieto" finds "tiedon" as "tiedon" finds
	// "tieto" (search.js tries the same keys for query words).
	for i := range b.words {
		w := &b.words[i]
		if w.lang != "fi" {
			continue
		}
		for _, g := range gradation(keys[i]) {
			if vocab[g] && g != keys[i] {
				w.addExtra(keyID(g), weightGradation)
			}
		}
	}
	// Snowball bridges: keys of words of one language with the same Snowball
	// stem are aliases of each other; the client looks the aliases up too.
	classes := map[string][]int32{}
	for i, w := range b.words {
		if stems[i] == "" {
			continue
		}
		c := w.lang + "\x00" + stems[i]
		if !slices.Contains(classes[c], w.key) {
			classes[c] = append(classes[c], w.key)
		}
	}
	b.aliases = map[int32][]int32{}
	for _, ks := range classes {
		if len(ks) < 2 || len(ks) > 4 {
			continue
		}
		for _, k := range ks {
			for _, a := range ks {
				if a != k && !slices.Contains(b.aliases[k], a) {
					b.aliases[k] = append(b.aliases[k], a)
				}
			}
		}
	}
	// identifiers
	for _, s := range b.docs {
		for k := range s.direct {
			keyID(k)
		}
	}
	b.keyIDs = keyIDs
}

func (w *wordInfo) addExtra(k int32, weight int32) {
	for _, e := range w.extra {
		if e.key == k {
			return
		}
	}
	w.extra = append(w.extra, weightedKey{k, weight})
}

func splitLang(lang string) bool { return lang == "fi" || lang == "sv" }

// postings builds each key's posting list: one VLQ number per doc,
// gap<<4 | level, where gap is id-previous-1 (ids ascending, the first from
// -1) and level the impact level 0..15.
func (b *builder) postings() error {
	b.lists = make([][]byte, len(b.keys))
	prev := make([]int32, len(b.keys))
	for i := range prev {
		prev[i] = -1
	}
	tf := make([]int32, len(b.keys))
	// inDoc marks the keys already touched in the current doc. A key is
	// listed once per doc however many of its words add to it, and whatever
	// they add: a word of a long body weighs 1, and its compound part's
	// share rounds to 0 (tf alone cannot tell "not yet seen" then).
	inDoc := make([]bool, len(b.keys))
	var touched []int32
	bump := func(k int32, v int32) {
		if !inDoc[k] {
			inDoc[k] = true
			touched = append(touched, k)
		}
		tf[k] += v
	}
	for _, s := range b.docs {
		for _, o := range s.occ {
			w := &b.words[o.word]
			bump(w.key, o.w)
			for _, e := range w.extra {
				bump(e.key, max(1, o.w*e.w/10))
			}
		}
		for k, v := range s.direct {
			bump(b.keyIDs[k], v)
		}
		for _, k := range touched {
			var err error
			b.lists[k], err = appendVLQ(b.lists[k], int(int32(s.id)-prev[k]-1)<<4|impact(float64(tf[k])/10))
			if err != nil {
				return fmt.Errorf("%s/%s, key %q: %w", s.doc.Type, s.doc.Slug, b.keys[k], err)
			}
			prev[k] = int32(s.id)
			tf[k] = 0
			inDoc[k] = false
		}
		touched = touched[:0]
		s.occ, s.direct = nil, nil
	}
	return nil
}

// impact quantises the BM25F term-frequency component of a
// length-normalised weighted term frequency to a level 0..15; the client
// reads it back as (level+1)/16·(k1+1).
func impact(tf float64) int {
	v := tf * (bm25K1 + 1) / (tf + bm25K1)
	l := int(math.Round(v/(bm25K1+1)*16)) - 1
	return min(15, max(0, l))
}

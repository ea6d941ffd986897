package searchindex

import (
	"cmp"
	"errors"
	"fmt"
	"math"
	"runtime"
	"slices"
	"sort"
	"strings"
	"sync"
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
}

// Field weights: what an occurrence of a word adds to the doc's weighted
// term frequency.
const (
	weightTitle    = 10
	weightID       = 10
	weightKeywords = 5
	weightSummary  = 3
	weightRefs     = 3
	weightBody     = 1

	weightPart   = 0.5 // a part of a compound word ("pankki" in "rakennusosapankki")
	weightBridge = 0.8 // another key of a word with the same Snowball stem

	bm25K1 = 1.2
	bm25B  = 0.75

	summaryMax = 200 // display fragments cut summaries at a word boundary
)

// typeOrder is the order of types in the index; other types follow by name.
var typeOrder = []string{"actors", "services", "projects", "contracts", "funding", "pages"}

// builder holds the state of one Build.
type builder struct {
	opts  Options
	docs  []*docState
	langs []string
	// words: unique (lang, surface) → word info
	words map[wordID]*wordInfo
}

type wordID struct{ lang, surface string }

type wordInfo struct {
	key    string
	extra  []weightedKey // compound parts and Snowball bridges
	isLong bool
}

type weightedKey struct {
	key string
	w   float64
}

type docState struct {
	doc     Doc
	id      int
	title   string // default-language display title
	cluster string
	occ     map[wordID]float64 // weighted occurrences of each word
	direct  map[string]float64 // keys added directly (identifiers)
	length  int                // number of tokens
	tf      map[string]float64
}

// Build returns the index files, keyed by path relative to the output's
// search/ folder. The same input gives byte-identical output.
func Build(docs []Doc, opts Options) (map[string][]byte, error) {
	if len(opts.Languages) == 0 {
		return nil, errors.New("searchindex: no languages")
	}
	if _, err := chainFor("fi"); err != nil {
		return nil, err
	}
	b := &builder{opts: opts, langs: opts.Languages, words: map[wordID]*wordInfo{}}
	if err := b.order(docs); err != nil {
		return nil, err
	}
	b.analyze()
	b.vocabulary()
	b.termFrequencies()
	return b.write()
}

// titleKey is the sort key of a title: lower case, diacritics folded, but
// in Finnish and Swedish å, ä and ö sort after z.
func titleKey(lang, title string) string {
	t := strings.ToLower(strings.TrimSpace(title))
	if lang == "fi" || lang == "sv" {
		t = strings.NewReplacer("å", "{", "ä", "|", "ö", "}").Replace(t)
	}
	return fold(t)
}

func typeRank(t string) int {
	if i := slices.Index(typeOrder, t); i >= 0 {
		return i
	}
	return len(typeOrder)
}

// order checks the docs and gives them ids: by type, by the first term of
// the most used taxonomy (so that related entities sit in the same display
// chunk), by title and slug.
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
		if terms := d.Facets[clusterFacet]; len(terms) > 0 {
			s.cluster = terms[0]
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
	work := make(chan *docState)
	var wg sync.WaitGroup
	for range max(1, runtime.GOMAXPROCS(0)) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for s := range work {
				b.analyzeDoc(s)
			}
		}()
	}
	for _, s := range b.docs {
		work <- s
	}
	close(work)
	wg.Wait()
	for _, s := range b.docs {
		for w := range s.occ {
			if b.words[w] == nil {
				b.words[w] = &wordInfo{}
			}
		}
	}
}

func (b *builder) analyzeDoc(s *docState) {
	s.occ = map[wordID]float64{}
	s.direct = map[string]float64{}
	seen := map[string]bool{}
	add := func(lang, field, text string, w float64) {
		if text == "" || seen[field+"\x00"+text] {
			return
		}
		seen[field+"\x00"+text] = true
		for _, t := range analyzeTokens(lang, text) {
			s.occ[wordID{lang, t.surface}] += w
			s.length++
		}
	}
	for _, lang := range b.docLangs(s.doc) {
		t := s.doc.Langs[lang]
		add(lang, "title", t.Title, weightTitle)
		add(lang, "summary", t.Summary, weightSummary)
		for i, k := range t.Keywords {
			add(lang, fmt.Sprint("kw", i), k, weightKeywords)
		}
		for i, r := range t.Refs {
			add(lang, fmt.Sprint("ref", i), r, weightRefs)
		}
		add(lang, "body", t.Body, weightBody)
		if l := b.opts.FacetLabels["type"][s.doc.Type][lang]; l != "" {
			add(lang, "typelabel", l, weightBody)
		}
	}
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
}

// vocabulary computes each word's key, its compound parts and its Snowball
// bridges.
func (b *builder) vocabulary() {
	ids := make([]wordID, 0, len(b.words))
	for w := range b.words {
		ids = append(ids, w)
	}
	slices.SortFunc(ids, func(x, y wordID) int {
		return cmp.Or(cmp.Compare(x.lang, y.lang), cmp.Compare(x.surface, y.surface))
	})
	// keys and vocabulary of base words
	vocab := map[string]bool{}
	for _, w := range ids {
		info := b.words[w]
		info.key = stem(w.lang, fold(w.surface))
		vocab[info.key] = true
	}
	for _, terms := range b.opts.FacetLabels {
		for _, byLang := range terms {
			for lang, label := range byLang {
				for _, k := range Analyze(lang, label) {
					vocab[k] = true
				}
			}
		}
	}
	// compounds
	sp := &splitter{vocab: vocab, extra: map[string]bool{}}
	var long []wordID
	for _, w := range ids {
		if splitLang(w.lang) && isAZ(fold(w.surface)) && len(fold(w.surface)) >= 8 {
			long = append(long, w)
		}
	}
	sp.learnHeads(long)
	for _, w := range ids {
		info := b.words[w]
		f := fold(w.surface)
		var parts []string
		if strings.ContainsAny(f, "-.'") {
			for _, p := range strings.FieldsFunc(f, func(r rune) bool { return r == '-' || r == '.' || r == '\'' }) {
				parts = append(parts, stem(w.lang, p))
			}
		} else if splitLang(w.lang) && isAZ(f) && len(f) >= 8 {
			parts = sp.split(w.lang, f)
		}
		for _, p := range parts {
			if p != info.key && !hasKey(info.extra, p) {
				info.extra = append(info.extra, weightedKey{p, weightPart})
			}
		}
	}
	// Snowball bridges: words of one language with the same Snowball stem
	// but different keys are indexed under each other's keys too.
	classes := map[wordID][]string{}
	stems := make([]string, len(ids))
	for i, w := range ids {
		stems[i] = snowball(w.lang, w.surface)
	}
	for i, w := range ids {
		sb := stems[i]
		if sb == "" {
			continue
		}
		c := wordID{w.lang, sb}
		k := b.words[w].key
		if !slices.Contains(classes[c], k) {
			classes[c] = append(classes[c], k)
		}
	}
	for i, w := range ids {
		keys := classes[wordID{w.lang, stems[i]}]
		if len(keys) < 2 || len(keys) > 4 {
			continue
		}
		info := b.words[w]
		for _, k := range keys {
			if k != info.key && !hasKey(info.extra, k) {
				info.extra = append(info.extra, weightedKey{k, weightBridge})
			}
		}
	}
}

func hasKey(ks []weightedKey, k string) bool {
	for _, x := range ks {
		if x.key == k {
			return true
		}
	}
	return false
}

func splitLang(lang string) bool { return lang == "fi" || lang == "sv" }

// termFrequencies sums each doc's weighted term frequency per key.
func (b *builder) termFrequencies() {
	for _, s := range b.docs {
		s.tf = make(map[string]float64, len(s.occ)+len(s.direct))
		for w, n := range s.occ {
			info := b.words[w]
			s.tf[info.key] += n
			for _, e := range info.extra {
				s.tf[e.key] += n * e.w
			}
		}
		for k, n := range s.direct {
			s.tf[k] += n
		}
		s.occ = nil
	}
}

// impact quantises a BM25 term-frequency component to a level 0..15; the
// client reads it back as (level+1)/16·(k1+1).
func impact(tf float64, dl, avgdl float64) int {
	norm := bm25K1 * (1 - bm25B + bm25B*dl/avgdl)
	v := tf * (bm25K1 + 1) / (tf + norm)
	l := int(math.Round(v/(bm25K1+1)*16)) - 1
	return min(15, max(0, l))
}

package searchindex

import (
	"cmp"
	"errors"
	"fmt"
	"slices"
	"sort"
	"strings"
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
	// a funding source limited to regions: each folded place name it is
	// open to → the entry of its regions that covers it (match.OpenIn)
	OpenIn map[string]string
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

// localWord is a word of a doc with its weight. A large portal's preview
// keeps millions of them (Cache), so its language is a number (langID).
type localWord struct {
	surface string
	w       int32
	lang    uint8
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

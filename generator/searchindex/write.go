package searchindex

import (
	"bytes"
	"cmp"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"sort"
	"strconv"
	"strings"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/kimppa/kimppa/generator/parallel"
)

// File layout (see doc.go): index.json, t/<hash>-<n>.json (term shards),
// p/<hash>-<n>.json (long posting lists), f/<hash>.json (facet table),
// d/<hash>-<n>.json (display fragments), r/<hash>.json (title order per
// language).

const entryFile = "index.json"

// layout sets how the index is cut into files.
type layout struct {
	maxShards     int // term shards at most
	shardMinBytes int // target size of a term shard, raw, at least
	maxLongLists  int // posting lists in files of their own, at most
	longListBytes int // a posting list this long may get a file of its own
	maxFragFiles  int // display-fragment files at most
	minFragDocs   int // docs per display-fragment file at least
}

// defaultLayout keeps a 10,000-doc site under 500 files (about 160 shards,
// 60 long lists, 270 fragment files, a facet table and the title orders).
var defaultLayout = layout{
	maxShards:     160,
	shardMinBytes: 4 << 10,
	maxLongLists:  60,
	longListBytes: 2 << 10,
	maxFragFiles:  270,
	minFragDocs:   8,
}

type entryJSON struct {
	Format     int                          `json:"format"`
	Langs      []string                     `json:"langs"`
	Docs       int                          `json:"docs"`
	Facets     string                       `json:"facets"`
	Shards     string                       `json:"shards"`
	ShardFirst []string                     `json:"shardFirst"`
	Postings   string                       `json:"postings"`
	Frags      string                       `json:"frags"`
	FragSize   int                          `json:"fragSize"`
	Ranks      map[string]string            `json:"ranks"`
	URLs       map[string]map[string]string `json:"urls"`
	Match      string                       `json:"match,omitempty"` // what match() needs besides the index: matchJSON
}

// matchJSON is what search.js's match() reads besides the index: the docs
// each doc brings along (a service's providers), the challenges and
// funding sources that are open, and the e-mail address to contact.
type matchJSON struct {
	Along   map[string][]int  `json:"along,omitempty"` // doc id → doc ids
	Open    string            `json:"open"`            // a doc set
	Contact map[string]string `json:"contact,omitempty"`
}

type shardJSON struct {
	Keys     []string `json:"k"`
	Postings []string `json:"p"`
}

type facetFileJSON struct {
	Facets []facetJSON `json:"facets"`
}

type facetJSON struct {
	Name  string            `json:"name"`
	Label map[string]string `json:"label,omitempty"`
	Terms []facetTermJSON   `json:"terms"`
}

type facetTermJSON struct {
	Key   string            `json:"key"`
	Label map[string]string `json:"label,omitempty"`
	Docs  string            `json:"docs"`
}

type fragFileJSON struct {
	Docs [][]any `json:"d"`
}

// group is a numbered series of files named dir/<hash>-<n>.json, where hash
// is the content hash of the whole series.
type group struct {
	dir    string
	values []any
	files  [][]byte
}

func (g *group) add(v any) error {
	g.values = append(g.values, v)
	return nil
}

// marshal turns the group's values into files, in parallel.
func (g *group) marshal() error {
	g.files = make([][]byte, len(g.values))
	errs := make([]error, len(g.values))
	parallel.For(len(g.values), func(i int) { g.files[i], errs[i] = marshal(g.values[i]) })
	g.values = nil
	return errors.Join(errs...)
}

// prefix returns the series' name prefix, dir/<hash>-.
func (g *group) prefix() string {
	h := sha256.New()
	for _, f := range g.files {
		fmt.Fprintf(h, "%d\n", len(f))
		h.Write(f)
	}
	return g.dir + "/" + hex.EncodeToString(h.Sum(nil))[:hashLen] + "-"
}

func (g *group) emit(out map[string][]byte) (string, error) {
	if err := g.marshal(); err != nil {
		return "", err
	}
	p := g.prefix()
	for i, f := range g.files {
		out[p+strconv.Itoa(i)+".json"] = f
	}
	return p, nil
}

const hashLen = 10

// single names one file dir/<hash>.json.
func single(out map[string][]byte, dir string, v any) (string, error) {
	data, err := marshal(v)
	if err != nil {
		return "", err
	}
	sum := sha256.Sum256(data)
	name := dir + "/" + hex.EncodeToString(sum[:])[:hashLen] + ".json"
	out[name] = data
	return name, nil
}

func (b *builder) write() (map[string][]byte, error) {
	out := map[string][]byte{}
	n := len(b.docs)
	entry := entryJSON{Format: FormatVersion, Langs: b.langs, Docs: n, Ranks: map[string]string{}}

	// long posting lists: the longest get files of their own
	keys, lists := b.sortedLists()
	order := make([]int, len(keys))
	for i := range order {
		order[i] = i
	}
	slices.SortStableFunc(order, func(x, y int) int { return cmp.Compare(len(lists[y]), len(lists[x])) })
	long := map[int]int{} // key index → postings file
	var postings group
	postings.dir = "p"
	for _, i := range order[:min(len(order), b.layout.maxLongLists)] {
		if len(lists[i]) < b.layout.longListBytes {
			break
		}
		long[i] = -1
	}
	for i := range keys { // number the files in key order
		if _, ok := long[i]; ok {
			long[i] = len(postings.values)
			if err := postings.add(lists[i]); err != nil {
				return nil, err
			}
		}
	}

	// term shards: keys in order, each with its postings or @file, then
	// "|" and its aliases
	entries := make([]string, len(keys))
	total := 0
	for i, k := range keys {
		e := lists[i]
		if f, ok := long[i]; ok {
			e = "@" + strconv.Itoa(f)
		}
		if as := b.aliasesOf(k); len(as) > 0 {
			e += "|" + strings.Join(as, ",")
		}
		entries[i] = e
		total += len(k) + len(e) + 6
	}
	// cut into shards of about target bytes; grow the target until there
	// are few enough
	target := max(b.layout.shardMinBytes, total/b.layout.maxShards+1)
	var cuts []int
	for {
		cuts = cuts[:0]
		for start := 0; start < len(keys); {
			// take keys up to about target bytes, and cut where neighbouring
			// keys share the shortest prefix, so that a prefix being typed
			// seldom spans two shards
			end, size := start+1, len(keys[start])+len(entries[start])+6
			best, bestLCP := -1, 0
			for end < len(keys) {
				next := size + len(keys[end]) + len(entries[end]) + 6
				if size >= target*85/100 {
					if l := lcp(keys[end-1], keys[end]); best < 0 || l < bestLCP {
						best, bestLCP = end, l
					}
				}
				if next > target*115/100 || size >= target && bestLCP <= 2 {
					break
				}
				size = next
				end++
			}
			if end < len(keys) && best > 0 {
				end = best
			}
			cuts = append(cuts, start)
			start = end
		}
		if len(cuts) <= b.layout.maxShards {
			break
		}
		target += target / 10
	}
	var shards group
	shards.dir = "t"
	for i, start := range cuts {
		end := len(keys)
		if i+1 < len(cuts) {
			end = cuts[i+1]
		}
		first := keys[start]
		if start == 0 {
			first = ""
		}
		entry.ShardFirst = append(entry.ShardFirst, first)
		if err := shards.add(shardJSON{Keys: keys[start:end], Postings: entries[start:end]}); err != nil {
			return nil, err
		}
	}
	var err error
	if entry.Shards, err = shards.emit(out); err != nil {
		return nil, err
	}
	if entry.Postings, err = postings.emit(out); err != nil {
		return nil, err
	}

	// matching
	if entry.Match, err = b.matchFile(out); err != nil {
		return nil, err
	}

	// facet table
	facets, err := b.facetTable()
	if err != nil {
		return nil, err
	}
	if entry.Facets, err = single(out, "f", facets); err != nil {
		return nil, err
	}

	// display fragments
	entry.URLs = b.urlPatterns()
	entry.FragSize = max(b.layout.minFragDocs, (n+b.layout.maxFragFiles-1)/b.layout.maxFragFiles)
	var frags group
	frags.dir = "d"
	fragFiles := make([]fragFileJSON, (n+entry.FragSize-1)/entry.FragSize)
	parallel.For(len(fragFiles), func(i int) {
		for _, s := range b.docs[i*entry.FragSize : min(n, (i+1)*entry.FragSize)] {
			fragFiles[i].Docs = append(fragFiles[i].Docs, b.fragment(s, entry.URLs))
		}
	})
	for _, f := range fragFiles {
		if err := frags.add(f); err != nil {
			return nil, err
		}
	}
	fragFiles = nil
	if entry.Frags, err = frags.emit(out); err != nil {
		return nil, err
	}

	// title order per language
	for _, lang := range b.langs {
		if entry.Ranks[lang], err = single(out, "r", b.titleOrder(lang)); err != nil {
			return nil, err
		}
	}

	data, err := marshal(entry)
	if err != nil {
		return nil, err
	}
	out[entryFile] = data
	return out, nil
}

// aliasesOf lists the other keys with the same Snowball stem as k that have
// postings, sorted.
func (b *builder) aliasesOf(k string) []string {
	var out []string
	for _, a := range b.aliases[b.keyIDs[k]] {
		if len(b.lists[a]) > 0 {
			out = append(out, b.keys[a])
		}
	}
	slices.Sort(out)
	return out
}

func marshal(v any) ([]byte, error) {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return nil, err
	}
	return bytes.TrimRight(buf.Bytes(), "\n"), nil
}

// utf16Compare orders strings as JavaScript does (by UTF-16 code units).
func utf16Compare(a, b string) int {
	for a != "" && b != "" {
		ra, na := utf8.DecodeRuneInString(a)
		rb, nb := utf8.DecodeRuneInString(b)
		if ra != rb {
			if ra < 0x10000 && rb < 0x10000 {
				return cmp.Compare(ra, rb)
			}
			ea, eb := utf16.Encode([]rune{ra}), utf16.Encode([]rune{rb})
			return slices.Compare(ea, eb)
		}
		a, b = a[na:], b[nb:]
	}
	return cmp.Compare(len(a), len(b))
}

// matchFile writes what match() needs besides the index.
func (b *builder) matchFile(out map[string][]byte) (string, error) {
	ids := map[DocRef]int{}
	for _, s := range b.docs {
		ids[DocRef{s.doc.Type, s.doc.Slug}] = s.id
	}
	m := matchJSON{Along: map[string][]int{}, Contact: map[string]string{}}
	var open []int
	for _, s := range b.docs {
		key := strconv.Itoa(s.id)
		for _, r := range s.doc.Along {
			if id, ok := ids[r]; ok {
				m.Along[key] = append(m.Along[key], id)
			}
		}
		if s.doc.Open {
			open = append(open, s.id)
		}
		if s.doc.Contact != "" {
			m.Contact[key] = s.doc.Contact
		}
	}
	slices.Sort(open)
	var err error
	if m.Open, err = docSet(open, len(b.docs)); err != nil {
		return "", err
	}
	return single(out, "m", m)
}

// lcp is the length of the longest common prefix of a and b.
func lcp(a, b string) int {
	n := 0
	for n < len(a) && n < len(b) && a[n] == b[n] {
		n++
	}
	return n
}

// sortedLists returns the keys in JavaScript order and their posting lists.
func (b *builder) sortedLists() ([]string, []string) {
	order := make([]int, 0, len(b.keys))
	for i := range b.keys {
		if len(b.lists[i]) > 0 {
			order = append(order, i)
		}
	}
	slices.SortFunc(order, func(x, y int) int { return utf16Compare(b.keys[x], b.keys[y]) })
	keys := make([]string, len(order))
	lists := make([]string, len(order))
	for i, k := range order {
		keys[i], lists[i] = b.keys[k], string(b.lists[k])
	}
	return keys, lists
}

const vlqAlphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"

// errVLQRange is a number appendVLQ cannot represent: VLQ has no sign,
// and a negative number would never shift down to zero.
var errVLQRange = errors.New("searchindex: a negative number cannot be encoded (a posting or doc-id gap went backwards)")

// appendVLQ appends v in base-64 VLQ: 5 bits a digit, least significant
// first, 32 set on every digit but the last. It rejects a negative v.
func appendVLQ(buf []byte, v int) ([]byte, error) {
	if v < 0 {
		return buf, errVLQRange
	}
	return appendUVLQ(buf, uint(v)), nil
}

func appendUVLQ(buf []byte, v uint) []byte {
	for {
		d := v & 31
		v >>= 5
		if v == 0 {
			return append(buf, vlqAlphabet[d])
		}
		buf = append(buf, vlqAlphabet[d|32])
	}
}

// docSet encodes a sorted set of doc ids: "b" + a base-64 bitset (6 docs a
// digit, lowest bit first) or "r" + VLQ runs (gap, length-1, gap, …),
// whichever is shorter.
func docSet(ids []int, n int) (string, error) {
	var runs []byte
	prev := -1
	for i := 0; i < len(ids); {
		j := i
		for j+1 < len(ids) && ids[j+1] == ids[j]+1 {
			j++
		}
		var err error
		if runs, err = appendVLQ(runs, ids[i]-prev-1); err != nil {
			return "", err
		}
		runs = appendUVLQ(runs, uint(j-i))
		prev = ids[j]
		i = j + 1
	}
	bits := make([]byte, (n+5)/6)
	for _, id := range ids {
		bits[id/6] |= 1 << (id % 6)
	}
	// trailing zero digits are implied
	for len(bits) > 0 && bits[len(bits)-1] == 0 {
		bits = bits[:len(bits)-1]
	}
	if len(bits) < len(runs) {
		for i := range bits {
			bits[i] = vlqAlphabet[bits[i]]
		}
		return "b" + string(bits), nil
	}
	return "r" + string(runs), nil
}

// facetTable lists every facet, its terms, labels and doc sets. "type" is
// first, then "kind", then the others by name; terms of "type" in type
// order, the others in Options.FacetOrder and then by default-language
// label.
func (b *builder) facetTable() (facetFileJSON, error) {
	members := map[string]map[string][]int{}
	addTerm := func(f, t string, id int) {
		if members[f] == nil {
			members[f] = map[string][]int{}
		}
		ids := members[f][t]
		if len(ids) == 0 || ids[len(ids)-1] != id {
			members[f][t] = append(ids, id)
		}
	}
	for _, s := range b.docs {
		addTerm("type", s.doc.Type, s.id)
		for f, terms := range s.doc.Facets {
			if f == "type" {
				continue
			}
			for _, t := range slices.Sorted(slices.Values(terms)) {
				addTerm(f, t, s.id)
			}
		}
	}
	for f, terms := range b.opts.FacetLabels {
		if members[f] == nil {
			members[f] = map[string][]int{}
		}
		for t := range terms {
			if _, ok := members[f][t]; !ok && t != "" {
				members[f][t] = nil
			}
		}
	}
	names := make([]string, 0, len(members))
	for f := range members {
		names = append(names, f)
	}
	rank := func(f string) int {
		switch f {
		case "type":
			return 0
		case "kind":
			return 1
		}
		return 2
	}
	slices.SortFunc(names, func(x, y string) int { return cmp.Or(cmp.Compare(rank(x), rank(y)), cmp.Compare(x, y)) })
	def := b.langs[0]
	var out facetFileJSON
	for _, f := range names {
		labels := b.opts.FacetLabels[f]
		fj := facetJSON{Name: f, Label: nonEmpty(labels[""])}
		terms := make([]string, 0, len(members[f]))
		for t := range members[f] {
			terms = append(terms, t)
		}
		order := map[string]int{}
		for i, t := range b.opts.FacetOrder[f] {
			order[t] = i + 1
		}
		configured := func(t string) int {
			if i := order[t]; i > 0 {
				return i
			}
			return len(order) + 1
		}
		slices.SortFunc(terms, func(x, y string) int {
			if f == "type" {
				if c := cmp.Compare(typeRank(x), typeRank(y)); c != 0 {
					return c
				}
			} else if c := cmp.Compare(configured(x), configured(y)); c != 0 {
				return c
			} else {
				lx, ly := labels[x][def], labels[y][def]
				if lx == "" {
					lx = x
				}
				if ly == "" {
					ly = y
				}
				if c := cmp.Compare(fold(strings.ToLower(lx)), fold(strings.ToLower(ly))); c != 0 {
					return c
				}
			}
			return cmp.Compare(x, y)
		})
		for _, t := range terms {
			docs, err := docSet(members[f][t], len(b.docs))
			if err != nil {
				return out, fmt.Errorf("facet %s=%s: %w", f, t, err)
			}
			fj.Terms = append(fj.Terms, facetTermJSON{Key: t, Label: nonEmpty(labels[t]), Docs: docs})
		}
		out.Facets = append(out.Facets, fj)
	}
	return out, nil
}

func nonEmpty(m map[string]string) map[string]string {
	if len(m) == 0 {
		return nil
	}
	return m
}

// urlPatterns finds, for each type and language, the URL prefix most docs
// use as prefix+slug+"/"; fragments leave such URLs out.
func (b *builder) urlPatterns() map[string]map[string]string {
	counts := map[string]map[string]map[string]int{}
	for _, s := range b.docs {
		for lang, t := range s.doc.Langs {
			suffix := s.doc.Slug + "/"
			if !strings.HasSuffix(t.URL, suffix) {
				continue
			}
			p := strings.TrimSuffix(t.URL, suffix)
			if counts[s.doc.Type] == nil {
				counts[s.doc.Type] = map[string]map[string]int{}
			}
			if counts[s.doc.Type][lang] == nil {
				counts[s.doc.Type][lang] = map[string]int{}
			}
			counts[s.doc.Type][lang][p]++
		}
	}
	out := map[string]map[string]string{}
	for typ, byLang := range counts {
		out[typ] = map[string]string{}
		for lang, ps := range byLang {
			best, bn := "", 0
			for p, c := range ps {
				if c > bn || c == bn && p < best {
					best, bn = p, c
				}
			}
			out[typ][lang] = best
		}
	}
	return out
}

// fragment is the display data of one doc: [slug, per site language
// [title, summary, url] or null]. In languages after the first one the doc
// has, 0 stands for "same as that language"; a url of 0 is the pattern's.
func (b *builder) fragment(s *docState, patterns map[string]map[string]string) []any {
	out := []any{s.doc.Slug}
	var base *DocText
	for _, lang := range b.langs {
		t, ok := s.doc.Langs[lang]
		if !ok {
			out = append(out, nil)
			continue
		}
		summary := b.opts.Cache.cutSummary(t.Summary)
		var url any = t.URL
		if p, ok := patterns[s.doc.Type][lang]; ok && p+s.doc.Slug+"/" == t.URL {
			url = 0
		}
		if base == nil {
			base = &t
			out = append(out, []any{t.Title, summary, url})
			continue
		}
		var title, sum any = t.Title, summary
		if t.Title == base.Title {
			title = 0
		}
		if summary == b.opts.Cache.cutSummary(base.Summary) {
			sum = 0
		}
		out = append(out, []any{title, sum, url})
	}
	return out
}

// cutSummary shortens a summary to summaryMax characters at a word boundary.
func cutSummary(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	if utf8.RuneCountInString(s) <= summaryMax {
		return s
	}
	r := []rune(s)[:summaryMax]
	cut := string(r)
	if i := strings.LastIndexByte(cut, ' '); i > summaryMax/2 {
		cut = cut[:i]
	}
	return strings.TrimRight(cut, " ,.;:–-") + "…"
}

// titleOrder lists the doc ids sorted by their title in lang (the first
// language the doc has when it has no lang), as VLQ numbers.
func (b *builder) titleOrder(lang string) string {
	type rec struct {
		id    int
		title string
	}
	recs := make([]rec, len(b.docs))
	for i, s := range b.docs {
		t, ok := s.doc.Langs[lang]
		if !ok {
			t, _ = b.baseText(s.doc)
		}
		recs[i] = rec{s.id, titleKey(lang, t.Title)}
	}
	sort.SliceStable(recs, func(i, j int) bool {
		if recs[i].title != recs[j].title {
			return recs[i].title < recs[j].title
		}
		return recs[i].id < recs[j].id
	})
	var buf []byte
	for _, r := range recs {
		buf = appendUVLQ(buf, uint(r.id))
	}
	return string(buf)
}

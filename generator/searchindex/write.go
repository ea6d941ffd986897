package searchindex

import (
	"bytes"
	"cmp"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"slices"
	"sort"
	"strings"
	"unicode/utf16"
	"unicode/utf8"
)

// File layout (see doc.go): index.json, t/<hash>.json (term shards),
// f/<hash>.json (facet table), d/<hash>.json (display fragments),
// r/<hash>.json (title order per language).

const (
	entryFile = "index.json"

	maxShards      = 120      // term shards at most (they grow past shardMinBytes to stay under)
	shardMinBytes  = 6 << 10  // target size of a term shard, raw
	shardMaxTarget = 48 << 10 // never aim above this
	maxFragFiles   = 300      // display-fragment files at most
	minFragDocs    = 8        // docs per display-fragment file at least
)

type entryJSON struct {
	Format     int                          `json:"format"`
	Langs      []string                     `json:"langs"`
	Docs       int                          `json:"docs"`
	Facets     string                       `json:"facets"`
	ShardFirst []string                     `json:"shardFirst"`
	Shards     []string                     `json:"shards"`
	FragSize   int                          `json:"fragSize"`
	Frags      []string                     `json:"frags"`
	Ranks      map[string]string            `json:"ranks"`
	URLs       map[string]map[string]string `json:"urls"`
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

// pending is a file waiting for its content-hash name.
type pending struct {
	dir  string
	data []byte
	name *string
}

func (b *builder) write() (map[string][]byte, error) {
	var files []*pending
	add := func(dir string, v any) (*string, error) {
		data, err := marshal(v)
		if err != nil {
			return nil, err
		}
		p := &pending{dir: dir, data: data, name: new(string)}
		files = append(files, p)
		return p.name, nil
	}

	n := len(b.docs)
	entry := entryJSON{Format: FormatVersion, Langs: b.langs, Docs: n, Ranks: map[string]string{}}

	// term shards
	keys, lists := b.postings()
	total := 0
	for i := range keys {
		total += len(keys[i]) + len(lists[i]) + 6
	}
	target := min(shardMaxTarget, max(shardMinBytes, total/maxShards+1))
	var shardNames []*string
	for start := 0; start < len(keys); {
		end, size := start, 0
		for end < len(keys) && (end == start || size+len(keys[end])+len(lists[end]) <= target) {
			size += len(keys[end]) + len(lists[end]) + 6
			end++
		}
		first := keys[start]
		if start == 0 {
			first = ""
		}
		entry.ShardFirst = append(entry.ShardFirst, first)
		name, err := add("t", shardJSON{Keys: keys[start:end], Postings: lists[start:end]})
		if err != nil {
			return nil, err
		}
		shardNames = append(shardNames, name)
		start = end
	}

	// facet table
	facetName, err := add("f", b.facetTable())
	if err != nil {
		return nil, err
	}

	// display fragments
	entry.URLs = b.urlPatterns()
	entry.FragSize = max(minFragDocs, (n+maxFragFiles-1)/maxFragFiles)
	var fragNames []*string
	for start := 0; start < n; start += entry.FragSize {
		var f fragFileJSON
		for _, s := range b.docs[start:min(n, start+entry.FragSize)] {
			f.Docs = append(f.Docs, b.fragment(s, entry.URLs))
		}
		name, err := add("d", f)
		if err != nil {
			return nil, err
		}
		fragNames = append(fragNames, name)
	}

	// title order per language
	rankNames := map[string]*string{}
	for _, lang := range b.langs {
		name, err := add("r", b.titleOrder(lang))
		if err != nil {
			return nil, err
		}
		rankNames[lang] = name
	}

	out := nameFiles(files)
	for _, p := range shardNames {
		entry.Shards = append(entry.Shards, *p)
	}
	entry.Facets = *facetName
	for _, p := range fragNames {
		entry.Frags = append(entry.Frags, *p)
	}
	for l, p := range rankNames {
		entry.Ranks[l] = *p
	}
	data, err := marshal(entry)
	if err != nil {
		return nil, err
	}
	out[entryFile] = data
	return out, nil
}

// nameFiles names each file dir/<hash>.json with the shortest hash prefix
// (8 hex digits at least) that keeps every name unique.
func nameFiles(files []*pending) map[string][]byte {
	sums := make([]string, len(files))
	for i, f := range files {
		s := sha256.Sum256(f.data)
		sums[i] = hex.EncodeToString(s[:])
	}
	n := 8
	for ; n < 64; n++ {
		seen := map[string]bool{}
		dup := false
		for i, f := range files {
			k := f.dir + sums[i][:n]
			if seen[k] && !dupContent(files, sums, i, n) {
				dup = true
				break
			}
			seen[k] = true
		}
		if !dup {
			break
		}
	}
	out := make(map[string][]byte, len(files)+1)
	for i, f := range files {
		*f.name = f.dir + "/" + sums[i][:n] + ".json"
		out[*f.name] = f.data
	}
	return out
}

// dupContent reports whether file i has the same content as an earlier file
// with the same prefix (identical files may share a name).
func dupContent(files []*pending, sums []string, i, n int) bool {
	for j := 0; j < i; j++ {
		if files[j].dir == files[i].dir && sums[j][:n] == sums[i][:n] {
			return sums[j] == sums[i]
		}
	}
	return false
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

// postings returns the sorted keys and each key's encoded posting list:
// VLQ numbers (delta-1)<<4 | impact level, doc ids ascending.
func (b *builder) postings() ([]string, []string) {
	avg := 0.0
	for _, s := range b.docs {
		avg += float64(s.length)
	}
	avg = max(1, avg/float64(max(1, len(b.docs))))
	type list struct {
		buf  []byte
		prev int
	}
	lists := map[string]*list{}
	for _, s := range b.docs {
		dl := float64(s.length)
		for k, tf := range s.tf {
			l := lists[k]
			if l == nil {
				l = &list{prev: -1}
				lists[k] = l
			}
			l.buf = appendVLQ(l.buf, (s.id-l.prev-1)<<4|impact(tf, dl, avg))
			l.prev = s.id
		}
		s.tf = nil
	}
	keys := make([]string, 0, len(lists))
	for k := range lists {
		keys = append(keys, k)
	}
	slices.SortFunc(keys, utf16Compare)
	enc := make([]string, len(keys))
	for i, k := range keys {
		enc[i] = string(lists[k].buf)
	}
	return keys, enc
}

const vlqAlphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"

// appendVLQ appends v in base-64 VLQ: 5 bits a digit, least significant
// first, 32 set on every digit but the last.
func appendVLQ(buf []byte, v int) []byte {
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
func docSet(ids []int, n int) string {
	var runs []byte
	prev := -1
	for i := 0; i < len(ids); {
		j := i
		for j+1 < len(ids) && ids[j+1] == ids[j]+1 {
			j++
		}
		runs = appendVLQ(runs, ids[i]-prev-1)
		runs = appendVLQ(runs, j-i)
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
		return "b" + string(bits)
	}
	return "r" + string(runs)
}

// facetTable lists every facet, its terms, labels and doc sets. "type" is
// first, then "kind", then the others by name; terms of "type" in type
// order, the others by default-language label.
func (b *builder) facetTable() facetFileJSON {
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
		slices.SortFunc(terms, func(x, y string) int {
			if f == "type" {
				if c := cmp.Compare(typeRank(x), typeRank(y)); c != 0 {
					return c
				}
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
			fj.Terms = append(fj.Terms, facetTermJSON{Key: t, Label: nonEmpty(labels[t]), Docs: docSet(members[f][t], len(b.docs))})
		}
		out.Facets = append(out.Facets, fj)
	}
	return out
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
		summary := cutSummary(t.Summary)
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
		if summary == cutSummary(base.Summary) {
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
		buf = appendVLQ(buf, r.id)
	}
	return string(buf)
}

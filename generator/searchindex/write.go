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
	// the size, raw, up to which the fragments of the docs match() may
	// suggest get a file of their own: about as many gzipped bytes as a
	// phone receives in the round trip the file saves (with their contact
	// addresses, which compress well beside the slugs)
	maxMatchFrags int
	// the size, raw, up to which the term shards also come in one file
	maxShardBundle int
	// the size, raw, up to which the keys get a filter (keyfilter.go)
	maxKeyFilter int
}

// defaultLayout cuts a 10,000-doc index into about 1,800 files (480
// shards, 60 long lists, 1,250 fragment files, a facet table and the title
// orders; its site has 10,000 pages besides). A need on /kimppahaku/ reads
// one key or two of each shard its words lead to, and one result's title
// of each fragment file: at 160 shards of 6.5 KB gzipped a 10,000-doc
// need read 148 KB of shards (0.7 s on a phone's 1.6 Mbps), at 480 65 KB
// (a 1,000-doc need's 45 KB became 25); and at 270 fragment files of 38
// docs its 20 results' titles 30 KB, at 1,250 of 8 10 KB.
var defaultLayout = layout{
	maxShards:      480,
	shardMinBytes:  2 << 10,
	maxLongLists:   60,
	longListBytes:  2 << 10,
	maxFragFiles:   1250,
	minFragDocs:    8,
	maxMatchFrags:  128 << 10,
	maxShardBundle: 96 << 10,
	maxKeyFilter:   64 << 10,
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
	// MatchFrags: the display fragments of every doc match() may suggest,
	// in one file (matchFragsJSON) fetched with a need's shards, where they
	// are few enough: the results' titles then cost no round trip
	MatchFrags string `json:"matchFrags,omitempty"`
	// ShardBundle: every term shard in one file (a JSON array of the
	// shards), where they are small: match(), whose need leads to most
	// shards of a small index, loads it instead, in one request
	ShardBundle string `json:"shardBundle,omitempty"`
	// Long: for each key whose lookup reads posting lists in files of
	// their own (its own, an alias's, a lemma class's key~class), the
	// numbers of those files, so that a client fetches them with the
	// key's shard rather than after it
	Long map[string][]int `json:"long,omitempty"`
	// KeyFilter: a Bloom filter of every shard key (keyFilterJSON), so
	// that a client fetches no shard for a key the index does not have
	KeyFilter string `json:"keyFilter,omitempty"`
}

// matchJSON is what search.js's match() reads besides the index: the docs
// each doc brings along (a service's providers), the challenges and
// funding sources that are open, and the places a funding source limited
// to regions is open to. (The e-mail address to contact is in the doc's
// display fragment.)
type matchJSON struct {
	Along  map[string][]int             `json:"along,omitempty"`  // doc id → doc ids
	Open   string                       `json:"open"`             // a doc set
	OpenIn map[string]map[string]string `json:"openIn,omitempty"` // doc id → folded place name → the region entry that covers it
}

type shardJSON struct {
	Keys     []string `json:"k"`
	Postings []string `json:"p"`
	// Aliases: the entries (without their own aliases) of the aliases
	// that this shard's entries name and that are in other shards, so that
	// a lookup needs no second round trip for them
	Aliases map[string]string `json:"x,omitempty"`
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

// bundle writes files (JSON values) as one JSON array, dir/<hash>.json,
// where together they are at most max bytes, and returns its name.
func bundle(out map[string][]byte, dir string, files [][]byte, max int) (string, error) {
	size := 1
	for _, f := range files {
		size += len(f) + 1
	}
	if len(files) == 0 || size > max {
		return "", nil
	}
	buf := make([]byte, 0, size)
	for i, f := range files {
		if i == 0 {
			buf = append(buf, '[')
		} else {
			buf = append(buf, ',')
		}
		buf = append(buf, f...)
	}
	buf = append(buf, ']')
	return single(out, dir, json.RawMessage(buf))
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
			b.hintLong(&entry, keys[i], len(postings.values))
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
	shardOf := make([]int, len(keys))
	for i, start := range cuts {
		end := len(keys)
		if i+1 < len(cuts) {
			end = cuts[i+1]
		}
		for j := start; j < end; j++ {
			shardOf[j] = i
		}
	}
	at := make(map[string]int, len(keys))
	for i, k := range keys {
		at[k] = i
	}
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
		sh := shardJSON{Keys: keys[start:end], Postings: entries[start:end]}
		for j := start; j < end; j++ {
			for _, a := range b.aliasesOf(keys[j]) {
				if ai, ok := at[a]; ok && shardOf[ai] != i {
					if sh.Aliases == nil {
						sh.Aliases = map[string]string{}
					}
					sh.Aliases[a], _, _ = strings.Cut(entries[ai], "|")
				}
			}
		}
		if err := shards.add(sh); err != nil {
			return nil, err
		}
	}
	var err error
	if entry.Shards, err = shards.emit(out); err != nil {
		return nil, err
	}
	if entry.ShardBundle, err = bundle(out, "t", shards.files, b.layout.maxShardBundle); err != nil {
		return nil, err
	}
	if entry.ShardBundle == "" { // with the bundle, a need fetches every shard at once
		if entry.KeyFilter, err = keyFilterFile(out, keys, b.layout.maxKeyFilter); err != nil {
			return nil, err
		}
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
	if entry.MatchFrags, err = b.matchFrags(out, entry.URLs); err != nil {
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

// hintLong notes in the entry that a lookup of k, of its aliases and of
// the key it is a lemma class of (k is key~class) reads long list n.
func (b *builder) hintLong(entry *entryJSON, k string, n int) {
	if entry.Long == nil {
		entry.Long = map[string][]int{}
	}
	add := func(k string) {
		if !slices.Contains(entry.Long[k], n) {
			entry.Long[k] = append(entry.Long[k], n)
		}
	}
	add(k)
	for _, a := range b.aliasesOf(k) {
		add(a)
	}
	if base, _, ok := strings.Cut(k, "~"); ok {
		add(base)
	}
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

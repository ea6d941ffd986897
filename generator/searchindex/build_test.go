package searchindex

import (
	"bytes"
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"os"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"

	bleveregexp "github.com/blevesearch/bleve/v2/analysis/tokenizer/regexp"
)

func TestBuildIsDeterministic(t *testing.T) {
	docs := append(fixtureDocs(), synthDocs(300)...)
	a, err := Build(docs, fixtureOptions())
	if err != nil {
		t.Fatal(err)
	}
	// the same docs in another order, built again
	shuffled := slices.Clone(docs)
	rand.New(rand.NewPCG(1, 2)).Shuffle(len(shuffled), func(i, j int) { shuffled[i], shuffled[j] = shuffled[j], shuffled[i] })
	for range 2 {
		b, err := Build(shuffled, fixtureOptions())
		if err != nil {
			t.Fatal(err)
		}
		if len(a) != len(b) {
			t.Fatalf("%d files, then %d", len(a), len(b))
		}
		for name, data := range a {
			if !bytes.Equal(data, b[name]) {
				t.Fatalf("%s differs between two builds", name)
			}
		}
	}
}

func TestBuildRejectsBadDocs(t *testing.T) {
	ok := fixtureDocs()[0]
	for name, docs := range map[string][]Doc{
		"duplicate":   {ok, ok},
		"no slug":     {{Type: "actors", Langs: ok.Langs}},
		"no language": {{Type: "actors", Slug: "x"}},
	} {
		if _, err := Build(docs, fixtureOptions()); err == nil {
			t.Errorf("%s: no error", name)
		}
	}
	if _, err := Build([]Doc{ok}, Options{}); err == nil {
		t.Error("no languages: no error")
	}
	if files, err := Build(nil, fixtureOptions()); err != nil || files[entryFile] == nil {
		t.Errorf("no docs: %v", err)
	}
}

func TestInflectedFormsShareAKey(t *testing.T) {
	groups := map[string][][]string{
		"fi": {
			{"muovi", "muovin", "muoveja", "muovit", "muovien", "muoveista", "Muovia"},
			{"kierrätys", "kierrätyksen", "kierrätystä", "kierrätyksiä", "kierratys"},
			{"rakennusosat", "rakennusosien", "rakennusosia", "rakennusosa"},
			{"kiertotalous", "kiertotalouden", "kiertotaloutta", "kiertotalouteen", "kiertotaloudessa"},
			{"sähkö", "sahko", "SÄHKÖN", "sähköä"},
			{"pankki", "pankin", "pankit", "pankkia"},
			{"kunta", "kunnan", "kuntien", "kunnat"},
			{"hanke", "hankkeen", "hankkeet", "hankkeita", "hankkeisiin"},
			{"palvelu", "palvelut", "palveluja", "palveluiden", "palvelujen"},
			{"yritys", "yrityksen", "yritysten", "yrityksille"},
		},
		"en": {
			{"plastic", "plastics"},
			{"recycling", "recycled", "recycle", "recycles"},
			{"company", "companies"},
			{"service", "services", "servicing"},
		},
	}
	for lang, gs := range groups {
		for _, g := range gs {
			want := Analyze(lang, g[0])
			if len(want) != 1 {
				t.Errorf("%s %q: %q", lang, g[0], want)
				continue
			}
			for _, w := range g[1:] {
				if got := Analyze(lang, w); !slices.Equal(got, want) {
					t.Errorf("%s %q: %q, want %q like %q", lang, w, got, want, g[0])
				}
			}
		}
	}
	for lang, stop := range map[string]string{"fi": "ja että on se", "en": "the and of is"} {
		if got := Analyze(lang, stop); len(got) != 0 {
			t.Errorf("%s stop words %q: %q", lang, stop, got)
		}
	}
	if got := Analyze("fi", "Y-tunnus 0201256-6, raaka-aineet ja kimppa.fi"); !slices.Equal(got, []string{"y-tunn", "0201256-6", "raaka-ain", "kimppa.fi"}) {
		t.Errorf("joined words: %q", got)
	}
}

var bleveTokenizer = bleveregexp.NewRegexpTokenizer(regexp.MustCompile(tokenPattern))

// TestTokenizerMatchesRegexp: spans finds the tokens bleve's regexp
// tokenizer finds with tokenPattern (and search.js's TOKEN_RE).
func TestTokenizerMatchesRegexp(t *testing.T) {
	texts := []string{
		"Muovien kierrätys – rakennusosapankki, Y-tunnus 0201256-6; www.kimppa.fi.",
		"cluster's VTT’s 'quoted' a.-b a--b -a- .a. 3.5 1,5 2021–2024 e\u0301tude naïve Ωmega 北京 😀x",
		"end with joiner- and.", "'", "-", "a'", "x’’y", "a.b.c-d'e",
	}
	for _, d := range fixtureDocs() {
		for _, l := range d.Langs {
			texts = append(texts, l.Title, l.Summary, l.Body)
		}
	}
	r := rand.New(rand.NewPCG(3, 4))
	alphabet := []rune("aZ09 .-'’,äÅ\u0301😀\u00a0x")
	for range 2000 {
		n := r.IntN(12)
		var b strings.Builder
		for range n {
			b.WriteRune(alphabet[r.IntN(len(alphabet))])
		}
		texts = append(texts, b.String())
	}
	for _, text := range texts {
		var got, want [][]int
		spans([]byte(text), func(s, e int) { got = append(got, []int{s, e}) })
		for _, tok := range bleveTokenizer.Tokenize([]byte(text)) {
			want = append(want, []int{tok.Start, tok.End})
		}
		if len(got) != len(want) {
			t.Fatalf("%q: %v, bleve %v", text, got, want)
		}
		for i := range got {
			if !slices.Equal(got[i], want[i]) {
				t.Fatalf("%q: %v, bleve %v", text, got, want)
			}
		}
	}
}

func TestCompoundsAreSplitAgainstTheVocabulary(t *testing.T) {
	vocab, surfaces := map[string]bool{}, map[string]bool{}
	for _, w := range strings.Fields("rakennusosat pankki kierto talous kiertotalous klusteri materiaaleja ruoka hävikkiä kehittää ruok") {
		f := fold(w)
		surfaces[f] = true
		vocab[stem("fi", f)] = true
	}
	sp := newSplitter(vocab, surfaces)
	for word, want := range map[string][]string{
		"rakennusosapankki":    {stem("fi", "rakennusosa"), stem("fi", "pankki")},
		"rakennusosapankin":    {stem("fi", "rakennusosa"), stem("fi", "pankki")},
		"kiertotalousklusteri": {stem("fi", "kiertotalous"), stem("fi", "klusteri"), stem("fi", "kierto"), stem("fi", "talous")},
		"materiaalipankki":     {stem("fi", "materiaali"), stem("fi", "pankki")},
		"ruokahavikki":         {stem("fi", "ruoka"), stem("fi", "havikki")},
		"kehittaminen":         nil, // "-minen" is an ending, not a word
	} {
		got := sp.split("fi", word)
		slices.Sort(want)
		want = slices.Compact(want)
		if !slices.Equal(got, want) {
			t.Errorf("%s: %q, want %q", word, got, want)
		}
	}
	// a tail written after two different heads is learned as a word
	words := []wordInfo{{lang: "fi", surface: "kangaspankki"}, {lang: "fi", surface: "tekstiilipankki"}}
	sp2 := newSplitter(map[string]bool{"kang": true, "tekstiil": true}, map[string]bool{"kangas": true, "tekstiili": true})
	sp2.learnTails(words, []string{"kangaspankki", "tekstiilipankki"}, []int{0, 1})
	if !sp2.extra[stem("fi", "pankki")] {
		t.Errorf("pankki not learned: %v", sp2.extra)
	}
}

var fileName = regexp.MustCompile(`^(index\.json|[tpd]/[0-9a-f]{10}-\d+\.json|[frmtk]/[0-9a-f]{10}\.json)$`)

// TestShardsCoverTheDictionary checks the layout: names, sorted keys split
// into ranges that the entry lists, and posting lists that decode to
// increasing doc ids.
func TestShardsCoverTheDictionary(t *testing.T) {
	docs := append(fixtureDocs(), synthDocs(400)...)
	for _, lay := range []layout{defaultLayout, smallLayout} {
		files, _, err := build(docs, fixtureOptions(), lay, false)
		if err != nil {
			t.Fatal(err)
		}
		for name := range files {
			if !fileName.MatchString(name) {
				t.Errorf("file name %q", name)
			}
		}
		var entry entryJSON
		if err := json.Unmarshal(files[entryFile], &entry); err != nil {
			t.Fatal(err)
		}
		if entry.Format != FormatVersion || entry.Docs != len(docs) {
			t.Errorf("entry: format %d, docs %d", entry.Format, entry.Docs)
		}
		if len(entry.ShardFirst) > lay.maxShards || entry.ShardFirst[0] != "" {
			t.Errorf("%d shards, first %q", len(entry.ShardFirst), entry.ShardFirst[0])
		}
		var prev string
		long := 0
		for i, first := range entry.ShardFirst {
			var sh shardJSON
			if err := json.Unmarshal(files[entry.Shards+strconv.Itoa(i)+".json"], &sh); err != nil {
				t.Fatalf("shard %d: %v", i, err)
			}
			if len(sh.Keys) == 0 || len(sh.Keys) != len(sh.Postings) {
				t.Fatalf("shard %d: %d keys, %d lists", i, len(sh.Keys), len(sh.Postings))
			}
			if i > 0 && sh.Keys[0] != first {
				t.Errorf("shard %d starts at %q, entry says %q", i, sh.Keys[0], first)
			}
			for j, k := range sh.Keys {
				if prev != "" && utf16Compare(prev, k) >= 0 {
					t.Fatalf("keys out of order: %q, %q", prev, k)
				}
				prev = k
				list, _, _ := strings.Cut(sh.Postings[j], "|")
				if strings.HasPrefix(list, "@") {
					long++
					var s string
					if err := json.Unmarshal(files[entry.Postings+list[1:]+".json"], &s); err != nil {
						t.Fatalf("%s: %s: %v", k, list, err)
					}
					list = s
				}
				last := -1
				decodeVLQs([]byte(list), func(v int) {
					last += v>>4 + 1
					if last >= len(docs) {
						t.Fatalf("%s: doc %d of %d", k, last, len(docs))
					}
				})
				if last < 0 {
					t.Fatalf("%s: empty list", k)
				}
			}
		}
		if long > lay.maxLongLists {
			t.Errorf("%d long lists", long)
		}
		frags := (len(docs) + entry.FragSize - 1) / entry.FragSize
		if frags > lay.maxFragFiles {
			t.Errorf("%d fragment files", frags)
		}
		for i := range frags {
			var f fragFileJSON
			if err := json.Unmarshal(files[entry.Frags+strconv.Itoa(i)+".json"], &f); err != nil {
				t.Fatalf("fragments %d: %v", i, err)
			}
		}
	}
}

func TestSearchJSHasTheFormatVersion(t *testing.T) {
	src, err := os.ReadFile("../../assets/search/index.js") // search.js's module that loads the index
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Contains(src, []byte("export const FORMAT_VERSION = "+strconv.Itoa(FormatVersion)+";")) {
		t.Errorf("search.js's FORMAT_VERSION (index.js) is not %d", FormatVersion)
	}
}

// TestWeakGradeWordsAreFiledUnderTheStrongGrade: "tiedon" and "luvan" are
// also filed under the keys of "tieto" and "lupa" when the site has those
// words, so that the strong grade finds the weak one; a key the site does
// not have is not made up.
func TestWeakGradeWordsAreFiledUnderTheStrongGrade(t *testing.T) {
	docs := []Doc{
		{Type: "projects", Slug: "a", Langs: map[string]DocText{"fi": {Title: "Tiedon jakaminen", Summary: "Luvan haku"}}},
		{Type: "projects", Slug: "b", Langs: map[string]DocText{"fi": {Title: "Tieto kulkee", Summary: "Lupa myönnetty"}}},
		{Type: "projects", Slug: "c", Langs: map[string]DocText{"fi": {Title: "Kadun varrella"}}},
	}
	extras := builtWords(t, docs)
	for surface, want := range map[string]string{"tiedon": stem("fi", "tieto"), "luvan": stem("fi", "lupa")} {
		if got := extras(surface); !slices.Contains(got, want) {
			t.Errorf("%s: extra keys %q, want %q among them", surface, got, want)
		}
	}
	if got := extras("kadun"); len(got) != 0 {
		t.Errorf("kadun: extra keys %q, want none (the site has no katu)", got)
	}
}

// builtWords analyses docs as Build does up to the keys, and returns
// each word's extra keys by its surface.
func builtWords(t *testing.T, docs []Doc) func(surface string) []string {
	t.Helper()
	b := &builder{opts: Options{Languages: []string{"fi"}}, langs: []string{"fi"}, layout: defaultLayout}
	if err := b.order(docs); err != nil {
		t.Fatal(err)
	}
	b.analyze()
	b.vocabulary()
	return func(surface string) []string {
		for _, w := range b.words {
			if w.surface == surface {
				var out []string
				for _, e := range w.extra {
					out = append(out, b.keys[e.key])
				}
				return out
			}
		}
		t.Fatalf("no word %q", surface)
		return nil
	}
}

func fiDocs(texts ...string) []Doc {
	var out []Doc
	for i, text := range texts {
		out = append(out, Doc{Type: "services", Slug: fmt.Sprint(i), Langs: map[string]DocText{"fi": {Title: text}}})
	}
	return out
}

// TestGlossaryWordsSplitCompounds: to the compound splitter a word of the
// glossary is a word even where the site never writes it alone:
// "ylijäämämateriaalit" is filed under ylijäämä too, while a part that
// is no word of the site or the glossary is not made up.
func TestGlossaryWordsSplitCompounds(t *testing.T) {
	extras := builtWords(t, fiDocs("Tarjoa ylijäämämateriaalit", "Kuplamateriaalit ja materiaalit kiertoon"))
	if got := extras("ylijäämämateriaalit"); !slices.Contains(got, stem("fi", "ylijaama")) || !slices.Contains(got, stem("fi", "materiaali")) {
		t.Errorf("ylijäämämateriaalit: extra keys %q, want ylijäämä's and materiaali's among them", got)
	}
	if got := extras("kuplamateriaalit"); slices.Contains(got, stem("fi", "kupla")) {
		t.Errorf("kuplamateriaalit: extra keys %q: kupla is no word of the site or the glossary", got)
	}
}

// TestAdjectiveBeginsACompound: an -inen adjective begins a compound in
// its -is form: "väliaikaiskäyttö" is filed under väliaikainen's key on a
// site that writes the adjective.
func TestAdjectiveBeginsACompound(t *testing.T) {
	extras := builtWords(t, fiDocs("Tilojen väliaikaiskäyttö", "Väliaikainen käyttö"))
	if got := extras("väliaikaiskäyttö"); !slices.Contains(got, stem("fi", "valiaikainen")) {
		t.Errorf("väliaikaiskäyttö: extra keys %q, want väliaikainen's %q among them", got, stem("fi", "valiaikainen"))
	}
}

// TestPossessiveFormsAreFiledUnderTheirBase: "keräämme" (we collect) is
// filed under the key of "kerää" when the site has it, as a need's
// "kuntamme" is read as "kunta".
func TestPossessiveFormsAreFiledUnderTheirBase(t *testing.T) {
	extras := builtWords(t, fiDocs("Keräämme tekstiilit", "Kunta kerää tekstiilit"))
	if got := extras("keräämme"); !slices.Contains(got, stem("fi", "keraa")) {
		t.Errorf("keräämme: extra keys %q, want %q among them", got, stem("fi", "keraa"))
	}
}

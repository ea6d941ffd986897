package searchindex

import (
	"errors"
	"fmt"
	"strings"
	"testing"
	"unicode/utf8"
)

// longBody is filler Finnish prose of about n bytes: long enough that a
// body word's field weight falls to its floor of 1.
func longBody(n int) string {
	words := strings.Fields("kiertotalous materiaali kierrätys yhteistyö yritys kunta tutkimus rakentaminen muovi tekstiili ruoka sivuvirta")
	var sb strings.Builder
	for i := 0; sb.Len() < n; i++ {
		sb.WriteString(words[i%len(words)])
		sb.WriteByte(' ')
	}
	return sb.String()
}

// TestLongBodiesWithSharedCompoundPartsBuild: two hyphenated words that
// share a part in a long body once made a posting gap negative and the
// encoder loop for ever (an ordinary 9 KB profile took 23 GB).
func TestLongBodiesWithSharedCompoundPartsBuild(t *testing.T) {
	for _, body := range []string{
		longBody(9000) + " CO2-laskentaan ja CO2-raportointiin.",
		longBody(40000) + " alpha-beta alpha-gamma",
		"CO2-laskentaan CO2-raportointiin " + longBody(9000),
	} {
		// many short bodies keep the average short, so that the long
		// body's words weigh the floor of 1
		docs := synthDocs(60)
		docs = append(docs,
			Doc{Type: "actors", Slug: "a", Langs: map[string]DocText{"fi": {Title: "Hiilijalanjälki Oy", Body: body}}},
			Doc{Type: "actors", Slug: "b", Langs: map[string]DocText{"fi": {Title: "CO2-laskenta", Body: "raportointi ja laskenta"}}})
		files, err := Build(docs, fixtureOptions())
		if err != nil {
			t.Fatalf("body of %d bytes: %v", len(body), err)
		}
		if files[entryFile] == nil {
			t.Fatalf("no %s", entryFile)
		}
	}
}

// TestPostingListsAscend: every posting list of a synthetic corpus with
// long bodies decodes to strictly ascending doc ids.
func TestPostingListsAscend(t *testing.T) {
	docs := synthDocs(200)
	for i := range docs {
		if i%40 == 0 {
			for lang, txt := range docs[i].Langs {
				txt.Body += longBody(12000) + " veri-arvo veri-analyysi"
				docs[i].Langs[lang] = txt
			}
		}
	}
	b := &builder{opts: fixtureOptions(), langs: fixtureOptions().Languages, layout: defaultLayout}
	if err := b.order(docs); err != nil {
		t.Fatal(err)
	}
	b.analyze()
	b.vocabulary()
	if err := b.postings(); err != nil {
		t.Fatal(err)
	}
	for k, list := range b.lists {
		id := -1
		decodeVLQs(list, func(v int) {
			id += v>>4 + 1
		})
		if id >= len(b.docs) {
			t.Fatalf("key %q: doc id %d beyond %d docs", b.keys[k], id, len(b.docs))
		}
	}
}

func TestVLQRejectsNegativeNumbers(t *testing.T) {
	if _, err := appendVLQ(nil, -1); !errors.Is(err, errVLQRange) {
		t.Errorf("appendVLQ(-1): %v, want errVLQRange", err)
	}
	if _, err := docSet([]int{3, 1}, 5); err == nil {
		t.Error("docSet of descending ids: no error")
	}
	got, err := appendVLQ(nil, 33)
	if err != nil || string(got) != "hB" {
		t.Errorf("appendVLQ(33) = %q, %v; want \"hB\"", got, err)
	}
}

// oneMegabyteWord is the longest word a content file can hold: an a–z run
// as long as the 1 MB file limit, with compound-like repeats that give the
// splitter a known head at every few letters.
func oneMegabyteWord() string { return strings.Repeat("kiertomuovi", (1<<20)/11) }

// TestWordLevelWorkIsBounded: every word that reaches word-level work (the
// compound splitter, the stemmers, PartKeys) is at most MaxWordRunes runes,
// however long the token in the text, so the cost of a word is bounded and
// a build is linear in its input. A single 1 MB word once took minutes.
func TestWordLevelWorkIsBounded(t *testing.T) {
	word := oneMegabyteWord()
	texts := []string{word, "Alku " + word + " loppu", strings.Repeat("a-", 1<<19), strings.Repeat("ä", 1<<19), strings.Repeat("x.", 1<<18) + "fi"}
	for _, text := range texts {
		for _, w := range Words("fi", text) {
			if n := utf8.RuneCountInString(w.Surface); n > MaxWordRunes {
				t.Fatalf("Words gives a word of %d runes", n)
			}
		}
		docs := append(synthDocs(20), Doc{Type: "actors", Slug: "pitka", Langs: map[string]DocText{
			"fi": {Title: text, Summary: text, Body: text, Keywords: []string{text}}}})
		b := &builder{opts: fixtureOptions(), langs: fixtureOptions().Languages, layout: defaultLayout}
		if err := b.order(docs); err != nil {
			t.Fatal(err)
		}
		b.analyze()
		for _, w := range b.words {
			if n := utf8.RuneCountInString(w.surface); n > MaxWordRunes {
				t.Fatalf("the index analyses a word of %d runes", n)
			}
		}
	}
}

// BenchmarkBuildOneMegabyteWord is the worst case found: a content file
// that is one a–z word up to the file limit, in a title and a body.
func BenchmarkBuildOneMegabyteWord(b *testing.B) {
	word := oneMegabyteWord()
	docs := append(synthDocs(50), Doc{Type: "actors", Slug: "pitka", Langs: map[string]DocText{"fi": {Title: word, Body: word}}})
	for b.Loop() {
		if _, err := Build(docs, fixtureOptions()); err != nil {
			b.Fatal(err)
		}
	}
}

// manyKeywords is a document whose two languages have n keywords and n
// references each, the same in both: a content file of 100,000 terms and
// references once took a minute here, comparing each field with every
// field of the earlier language.
func manyKeywords(n int) Doc {
	kw, refs := make([]string, n), make([]string, n)
	for i := range n {
		kw[i], refs[i] = fmt.Sprintf("teema %d", i%7), fmt.Sprintf("toimija-%d", i%50)
	}
	return Doc{Type: "projects", Slug: "p", Langs: map[string]DocText{
		"fi": {Title: "Hanke", Keywords: kw, Refs: refs},
		"en": {Title: "Project", Keywords: kw, Refs: refs},
	}}
}

// TestFieldsLeaveOutWhatAnEarlierLanguageHas: a field with the same text
// in the same slot as the default language's is indexed once.
func TestFieldsLeaveOutWhatAnEarlierLanguageHas(t *testing.T) {
	b := &builder{opts: fixtureOptions(), langs: fixtureOptions().Languages, layout: defaultLayout}
	fs := b.fields(manyKeywords(100))
	langs := map[string]int{}
	for _, f := range fs {
		langs[f.lang]++
	}
	if langs["fi"] != 202 || langs["en"] != 2 {
		t.Errorf("fields per language %v, want fi 202 (title, keywords, refs, type), en 2 (its title and type)", langs)
	}
}

func BenchmarkFieldsOfADocWithManyKeywords(b *testing.B) {
	bd := &builder{opts: fixtureOptions(), langs: fixtureOptions().Languages, layout: defaultLayout}
	d := manyKeywords(50000)
	for b.Loop() {
		bd.fields(d)
	}
}

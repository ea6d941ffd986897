package searchindex

import (
	"errors"
	"strings"
	"testing"
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

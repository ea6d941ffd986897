package searchindex

import (
	"maps"
	"slices"
	"strings"
	"testing"
)

// TestCacheGivesTheSameIndex checks that an index built with a Cache that
// holds the analysis of earlier builds is byte-identical to one built
// from nothing, after edits that change one doc, and after edits that
// change the average field lengths and so the weights of every doc.
func TestCacheGivesTheSameIndex(t *testing.T) {
	opts := fixtureOptions()
	cached := opts
	cached.Cache = NewCache()
	docs := fixtureDocs()
	steps := []struct {
		name string
		edit func(d []Doc)
	}{
		{"first build", func([]Doc) {}},
		{"same docs again", func([]Doc) {}},
		{"one summary", func(d []Doc) {
			setText(&d[0], "fi", func(t *DocText) { t.Summary = "Uusi tiivistelmä kierrätyksestä." })
		}},
		{"a long body moves the averages", func(d []Doc) {
			setText(&d[1], "fi", func(t *DocText) {
				t.Body = strings.Repeat("Pitkä teksti muovin kierrätyksestä ja purkamisesta. ", 200)
			})
		}},
		{"an identifier", func(d []Doc) { d[2].IDs = append(slices.Clone(d[2].IDs), "1234567-1") }},
		{"a doc gone", func(d []Doc) {}},
	}
	for i, st := range steps {
		if st.name == "a doc gone" {
			docs = docs[1:]
		}
		st.edit(docs)
		want, err := Build(docs, opts)
		if err != nil {
			t.Fatal(err)
		}
		got, err := Build(docs, cached)
		if err != nil {
			t.Fatal(err)
		}
		cached.Cache.Sweep()
		if !maps.EqualFunc(want, got, slices.Equal) {
			t.Errorf("step %d (%s): the index built with the cache differs from a clean one", i, st.name)
		}
	}
	if cached.Cache.docs.Len() == 0 {
		t.Error("the cache kept nothing")
	}
}

// setText edits the text of d in lang, in a copy of its map so that the
// docs of earlier builds stay as they were.
func setText(d *Doc, lang string, edit func(*DocText)) {
	d.Langs = maps.Clone(d.Langs)
	t := d.Langs[lang]
	edit(&t)
	d.Langs[lang] = t
}

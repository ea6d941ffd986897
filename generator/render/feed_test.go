package render_test

import (
	"bytes"
	"encoding/xml"
	"strings"
	"testing"

	"golang.org/x/tools/txtar"
)

type atomDoc struct {
	XMLName xml.Name `xml:"http://www.w3.org/2005/Atom feed"`
	ID      string   `xml:"id"`
	Title   string   `xml:"title"`
	Updated string   `xml:"updated"`
	Author  []struct {
		Name string `xml:"name"`
	} `xml:"author"`
	Links []struct {
		Rel  string `xml:"rel,attr"`
		Href string `xml:"href,attr"`
	} `xml:"link"`
	Entries []struct {
		ID      string `xml:"id"`
		Title   string `xml:"title"`
		Updated string `xml:"updated"`
		Link    struct {
			Href string `xml:"href,attr"`
		} `xml:"link"`
	} `xml:"entry"`
}

func TestAtomFeedsAreValidNewestFirstAndDeterministic(t *testing.T) {
	fsys := siteFS(t, "testdata/site.txtar")
	a := renderAll(t, newRenderer(t, fsys))
	b := renderAll(t, newRenderer(t, fsys))
	for _, p := range []string{"feed.xml", "en/feed.xml"} {
		if !bytes.Equal(a[p], b[p]) {
			t.Errorf("%s differs between two renders", p)
		}
		var f atomDoc
		if err := xml.Unmarshal(a[p], &f); err != nil {
			t.Fatalf("%s: %v", p, err)
		}
		if f.ID == "" || f.Title == "" || f.Updated == "" || len(f.Author) == 0 || f.Author[0].Name == "" {
			t.Errorf("%s: missing a required feed element: %+v", p, f)
		}
		if len(f.Entries) == 0 {
			t.Fatalf("%s: no entries", p)
		}
		if f.Updated != f.Entries[0].Updated {
			t.Errorf("%s: feed updated %s, want the newest entry's %s", p, f.Updated, f.Entries[0].Updated)
		}
		for i, e := range f.Entries {
			if e.ID == "" || e.Title == "" || e.Updated == "" || !strings.HasPrefix(e.Link.Href, "https://example.org/kimppa/") {
				t.Errorf("%s: entry %d lacks id, title, updated or an absolute link: %+v", p, i, e)
			}
			if i > 0 && e.Updated > f.Entries[i-1].Updated {
				t.Errorf("%s: entry %d is newer than the one before", p, i)
			}
			if strings.Contains(e.ID, "luonnos") {
				t.Errorf("%s: a draft in the feed: %s", p, e.ID)
			}
		}
		self := false
		for _, l := range f.Links {
			self = self || l.Rel == "self" && l.Href == "https://example.org/kimppa/"+p
		}
		if !self {
			t.Errorf("%s: no rel=self link to itself", p)
		}
	}
	// A project's end date may lie ahead: the feed dates it by its start.
	if strings.Contains(string(a["feed.xml"]), "2026-12-31") {
		t.Errorf("feed.xml dates an entry by a date in the future")
	}
	for p, feed := range map[string]string{
		"index.html": "/kimppa/feed.xml", "toimijat/kaupunki/index.html": "/kimppa/feed.xml", "404.html": "/kimppa/feed.xml",
		"en/index.html": "/kimppa/en/feed.xml", "en/actors/kaupunki/index.html": "/kimppa/en/feed.xml",
	} {
		if !strings.Contains(string(a[p]), `<link rel="alternate" type="application/atom+xml" href="`+feed+`"`) {
			t.Errorf("%s: no link to %s in the head", p, feed)
		}
	}
}

func TestAtomFeedOfASiteWithoutDatesHasAFixedDate(t *testing.T) {
	a := txtar.Parse([]byte(`
-- kimppa.yaml --
title: "T <&>"
base_url: https://example.org/
languages: [fi]
-- content/actors/a.md --
---
name: "A </x> &"
kind: company
---
`))
	files := renderAll(t, newRenderer(t, archiveFS(t, a)))
	var f atomDoc
	if err := xml.Unmarshal(files["feed.xml"], &f); err != nil {
		t.Fatalf("feed.xml: %v\n%s", err, files["feed.xml"])
	}
	if f.Updated != "1970-01-01T00:00:00Z" || len(f.Entries) != 0 || f.Title != "T <&>" {
		t.Errorf("feed %+v", f)
	}
}

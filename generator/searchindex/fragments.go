package searchindex

import (
	"encoding/json"
	"sort"
	"strings"
	"unicode/utf8"
)

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
// [title, summary, url] or null, then for a doc match() may suggest the
// e-mail address to contact, if any]. In languages after the first one
// the doc has, 0 stands for "same as that language"; a url of 0 is the
// pattern's. The address is here, not in the match data, because only
// the shown results' are read: in the match data, which every need
// preloads, a large portal's addresses were most of its bytes.
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
	if s.doc.Contact != "" && suggestable(s.doc) {
		out = append(out, s.doc.Contact)
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

// matchFragsJSON: the doc ids (a doc set) and their fragments, in order.
type matchFragsJSON struct {
	IDs  string            `json:"ids"`
	Docs []json.RawMessage `json:"d"`
}

// matchFrags writes the fragments of the docs match() may suggest (actors,
// services, open challenges and open funding) into one file and returns
// its name, or "" when they are more than layout.maxMatchFrags bytes.
func (b *builder) matchFrags(out map[string][]byte, patterns map[string]map[string]string) (string, error) {
	var ids []int
	var recs []json.RawMessage
	size := 0
	for _, s := range b.docs {
		if !suggestable(s.doc) {
			continue
		}
		rec, err := marshal(b.fragment(s, patterns))
		if err != nil {
			return "", err
		}
		if size += len(rec) + 1; size > b.layout.maxMatchFrags {
			return "", nil
		}
		ids = append(ids, s.id)
		recs = append(recs, rec)
	}
	if len(ids) == 0 {
		return "", nil
	}
	set, err := docSet(ids, len(b.docs))
	if err != nil {
		return "", err
	}
	return single(out, "m", matchFragsJSON{IDs: set, Docs: recs})
}

// suggestable: a doc match() may suggest (assets/search/match.js eligible).
func suggestable(d Doc) bool {
	switch d.Type {
	case "actors", "services":
		return true
	case "challenges", "funding":
		return d.Open
	}
	return false
}

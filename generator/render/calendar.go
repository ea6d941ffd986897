// calls.ics: the calls' closing dates and the open challenges' deadlines
// as all-day events, handed to package ical; one calendar per language
// (/calls.ics, /en/calls.ics), with the same events under the same UIDs.

package render

import (
	"cmp"
	"net/url"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/kimppa/kimppa/generator/ical"
	"github.com/kimppa/kimppa/generator/model"
	"github.com/kimppa/kimppa/generator/words"
)

// calendar is calls.ics in lang: every funding call's closing date and
// every open challenge's deadline, as all-day events.
//
// An event's UID names its entry (a challenge's slug; a funding source's
// slug and the call's place in its list of calls), never its title or
// date, so a moved deadline updates the event in a subscribed calendar
// instead of adding a second one. Its SEQUENCE and LAST-MODIFIED come
// from the entry's `updated` date (days since 2000-01-01), so an entry
// updated with its new deadline also tells apps that keep the highest
// sequence that this version is newer.
func (r *Renderer) calendar(lang string) ([]byte, error) {
	def := lang
	host := "kimppa"
	if u, err := url.Parse(r.cfg.BaseURL); err == nil && u.Hostname() != "" {
		host = u.Hostname()
	}
	stamp := r.calendarStamp()
	other := "" // the default language's text beside an untranslated one
	if lang != r.def {
		other = r.def
	}
	cal := ical.Calendar{
		ProdID:      "-//kimppa//kimppa//" + strings.ToUpper(def),
		Name:        noTags(r.cfg.Title.In(lang, r.def) + ": " + r.label(def, "calendar_name")),
		Description: r.label(def, "calendar_desc"),
		Lang:        def,
		Refresh:     "P1D",
	}
	seen := map[string]int{}
	uid := func(s string) string {
		seen[s]++
		if n := seen[s]; n > 1 {
			s += "-" + strconv.Itoa(n)
		}
		return s + "@" + host
	}
	calls := r.fundingCalls()
	slices.SortStableFunc(calls, func(a, b fundingCall) int {
		return cmp.Or(strings.Compare(a.Closes, b.Closes), strings.Compare(a.src.Slug, b.src.Slug), cmp.Compare(a.Index, b.Index))
	})
	for _, c := range calls {
		if c.Closes == "" {
			continue
		}
		src := r.title(c.src, def).S
		var desc []string
		desc = append(desc, r.label(def, "source")+": "+src)
		if f := r.callView(c, def).Funder.Text; f != "" {
			desc = append(desc, r.label(def, "f_funder")+": "+f)
		}
		if p := r.period(c.Opens, c.Closes, def); p != "" {
			desc = append(desc, r.label(def, "call_period")+": "+p)
		}
		if c.URL != "" {
			desc = append(desc, c.URL)
		}
		if other != "" {
			if t := r.callTitle(c, other); t.Lang == "" && t.S != c.Title {
				desc = append(desc, "", strings.ToUpper(other)+": "+t.S)
			}
		}
		seq, mod := revision(c.src)
		cal.Events = append(cal.Events, ical.Event{
			UID:         uid("funding-" + c.src.Slug + "-call-" + strconv.Itoa(c.Index+1)),
			Stamp:       stamp,
			Sequence:    seq,
			Modified:    mod,
			Date:        c.Closes,
			Summary:     noTags(words.Fill(r.label(def, "ics_call"), "title", c.Title, "source", src)),
			Description: noTags(strings.Join(desc, "\n")),
			URL:         r.absolute(r.urls.Entity("funding", c.src.Slug, def)),
		})
	}
	var chs []*model.Entity
	for _, e := range r.pub["challenges"] {
		if e.OpenChallenge() && e.Str("", "deadline") != "" {
			chs = append(chs, e)
		}
	}
	slices.SortStableFunc(chs, func(a, b *model.Entity) int {
		return cmp.Or(strings.Compare(a.Str("", "deadline"), b.Str("", "deadline")), strings.Compare(a.Slug, b.Slug))
	})
	for _, e := range chs {
		title := r.title(e, def).S
		var desc []string
		owner := ""
		for _, l := range r.site.LinksFrom(e, "owner") {
			owner = r.refLink(l.To, def).Text
			desc = append(desc, r.label(def, "f_owner")+": "+owner)
		}
		if s := e.Str(def, "summary"); s != "" {
			desc = append(desc, s)
		}
		if other != "" {
			if t := r.title(e, other); t.Lang == "" && t.S != title {
				desc = append(desc, "", strings.ToUpper(other)+": "+t.S)
			}
		}
		sum := words.Fill(r.label(def, "ics_challenge"), "title", title)
		if owner != "" {
			sum += " – " + owner
		}
		seq, mod := revision(e)
		cal.Events = append(cal.Events, ical.Event{
			UID:         uid("challenge-" + e.Slug),
			Stamp:       stamp,
			Sequence:    seq,
			Modified:    mod,
			Date:        e.Str("", "deadline"),
			Summary:     noTags(sum),
			Description: noTags(strings.Join(desc, "\n")),
			URL:         r.absolute(r.urls.Entity("challenges", e.Slug, def)),
		})
	}
	return cal.Marshal()
}

// noTags keeps markup out of calendar texts: some calendar apps (Outlook,
// Google Calendar) show a DESCRIPTION as HTML, so "<" and ">" become the
// look-alike "‹" and "›", and no title can become a tag there.
var noTags = strings.NewReplacer("<", "‹", ">", "›").Replace

// calendarEpoch is calls.ics's DTSTAMP when no entry has an updated date.
var calendarEpoch = time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC)

// revision is an event's SEQUENCE and LAST-MODIFIED from its entry's
// `updated` date: the days since calendarEpoch, and the date; 0 and the
// zero time without one.
func revision(e *model.Entity) (int, time.Time) {
	t, err := time.Parse(time.DateOnly, e.Str("", "updated"))
	if err != nil || t.Before(calendarEpoch) {
		return 0, time.Time{}
	}
	return int(t.Sub(calendarEpoch).Hours() / 24), t
}

// calendarStamp is the DTSTAMP of every event: the newest `updated` of
// any published entry, so that the feed depends on content only (never
// on the clock) and the stamp moves on when the portal is updated.
func (r *Renderer) calendarStamp() time.Time {
	newest := ""
	for _, typ := range typesInOrder() {
		for _, e := range r.pub[typ] {
			newest = max(newest, e.Str("", "updated"))
		}
	}
	if t, err := time.Parse(time.DateOnly, newest); err == nil {
		return t
	}
	return calendarEpoch
}

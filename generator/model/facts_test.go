package model_test

import (
	"testing"

	"github.com/kimppa/kimppa/generator/model"
)

func entity(typ string, fields map[string]any) *model.Entity {
	return &model.Entity{Ref: model.Ref{Type: typ, Slug: "x"}, Default: &model.Variant{Fields: fields}}
}

func TestCallStateOn(t *testing.T) {
	const today = "2026-05-10"
	for _, c := range []struct {
		opens, closes string
		want          model.CallState
	}{
		{"", "", model.CallOpen},                         // continuous
		{"2026-05-01", "", model.CallOpen},               // continuous, opened
		{"2026-06-01", "", model.CallUpcoming},           // continuous, not yet opened
		{"", "2026-05-10", model.CallOpen},               // closing day is still open
		{"", "2026-05-09", model.CallClosed},             // closed yesterday
		{"2026-05-10", "2026-06-01", model.CallOpen},     // opening day is open
		{"2026-05-11", "2026-06-01", model.CallUpcoming}, // opens tomorrow
		{"2026-01-01", "2026-02-01", model.CallClosed},   // past
		{"2026-06-01", "2026-05-01", model.CallClosed},   // closed wins over upcoming
	} {
		if got := model.CallStateOn(c.opens, c.closes, today); got != c.want {
			t.Errorf("CallStateOn(%q, %q) = %v, want %v", c.opens, c.closes, got, c.want)
		}
	}
}

// TestOpenCall: an open call is one not closed, upcoming and undated
// ones included.
func TestOpenCall(t *testing.T) {
	f := entity("funding", map[string]any{"calls": []model.Object{
		{"title": "past", "closes": "2026-01-31"},
		{"title": "undated"},
		{"title": "upcoming", "opens": "2026-09-01", "closes": "2026-10-01"},
		{"title": "open", "opens": "2026-01-01", "closes": "2026-06-30", "url": "https://example.org"},
	}})
	var titles []string
	for _, c := range f.OpenCalls("2026-05-10") {
		titles = append(titles, c.Title)
	}
	if got, want := len(titles), 3; got != want || titles[0] != "undated" || titles[2] != "open" {
		t.Errorf("OpenCalls = %q", titles)
	}
	if cs := f.Calls(); len(cs) != 4 || cs[3].Index != 3 || cs[3].URL != "https://example.org" {
		t.Errorf("Calls = %+v", cs)
	}
	if !f.HasOpenCall("2026-05-10") {
		t.Error("HasOpenCall = false with an undated call")
	}
	closed := entity("funding", map[string]any{"calls": []model.Object{{"title": "past", "closes": "2026-01-31"}}})
	if closed.HasOpenCall("2026-05-10") || entity("funding", nil).HasOpenCall("2026-05-10") {
		t.Error("HasOpenCall = true with no open call")
	}
}

func TestOpenChallenge(t *testing.T) {
	for _, c := range []struct {
		typ, status, deadline string
		open, passed          bool
	}{
		{"challenges", "open", "", true, false},
		{"challenges", "open", "2026-05-10", true, false}, // the deadline day itself has not passed
		{"challenges", "open", "2026-05-09", true, true},
		{"challenges", "solved", "2026-05-09", false, false},
		{"challenges", "in-progress", "", false, false},
		{"projects", "open", "2026-05-09", false, false},
	} {
		e := entity(c.typ, map[string]any{"status": c.status, "deadline": c.deadline})
		if got := e.OpenChallenge(); got != c.open {
			t.Errorf("%+v: OpenChallenge = %v", c, got)
		}
		if got := e.DeadlinePassed("2026-05-10"); got != c.passed {
			t.Errorf("%+v: DeadlinePassed = %v", c, got)
		}
	}
}

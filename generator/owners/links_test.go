package owners_test

import (
	"bytes"
	"encoding/json"
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/kimppa/kimppa/generator/owners"
)

// linksOf describes a result's links as "field actor by", "by" being who
// satisfied the link or "-".
func linksOf(r owners.Result) []string {
	var out []string
	for _, l := range r.Links {
		by := "-"
		if l.Satisfied {
			by = l.By
		}
		if l.Unchecked != "" {
			out = append(out, fmt.Sprintf("%s %s", l.Unchecked, by))
			continue
		}
		out = append(out, fmt.Sprintf("%s %s %s", l.Field, l.Actor.Slug, by))
	}
	return out
}

func headReader(t *testing.T) func(string) ([]byte, bool) {
	t.Helper()
	_, head := extract(t, "testdata/head.txtar")
	return func(p string) ([]byte, bool) {
		b, ok := head[p]
		return b, ok
	}
}

// Every kind of link, in a changed entry and in a new one: the linked
// organisation's maintainer or an admin must approve it, by approving or
// by being the author.
func TestLinkingAnOrganisationNeedsItsConsent(t *testing.T) {
	p := loadBase(t)
	read := headReader(t)
	for _, c := range []struct {
		name      string
		author    string
		approvers []string
		file      string
		want      []string
		ok        bool
	}{
		{"provider in a changed service", "vtt-circular", nil, "content/services/jaettu.md",
			[]string{"providers syke -"}, false},
		{"provider in a changed service, approved by the provider", "vtt-circular", []string{"syke-kiertotalous"}, "content/services/jaettu.md",
			[]string{"providers syke syke-kiertotalous"}, true},
		{"provider in a changed service, the provider's maintainer is the author", "syke-kiertotalous", []string{"vtt-circular"}, "content/services/jaettu.md",
			[]string{"providers syke syke-kiertotalous"}, true},
		{"provider in a new service", "vtt-circular", nil, "content/services/uusi-jaettu.md",
			[]string{"providers vtt vtt-circular", "providers syke -"}, false},
		{"party in a changed contract", "vtt-circular", nil, "content/contracts/yhteinen.md",
			[]string{"parties syke -"}, false},
		{"party in a new contract", "syke-kiertotalous", []string{"vtt-circular"}, "content/contracts/uusi-yhteinen/index.md",
			[]string{"parties syke syke-kiertotalous", "parties vtt vtt-circular"}, true},
		{"coordinator in a changed project", "vtt-circular", nil, "content/projects/koordinoitu.md",
			[]string{"coordinator syke -"}, false},
		{"partner in a changed project, approved by an admin", "vtt-circular", []string{"@Second-Admin"}, "content/projects/kumppanit.md",
			[]string{"partners syke second-admin"}, true},
		{"funding share in a changed project", "vtt-circular", nil, "content/projects/rahoitettu.md",
			[]string{"funding[].share_of syke -"}, false},
		{"coordinator, partner, funding share and related in a new project", "syke-kiertotalous", []string{"maija-m"}, "content/projects/uusi-koordinoitu.md",
			[]string{"coordinator syke syke-kiertotalous", "partners vtt maija-m", "funding[].share_of helsingin-kaupunki -", "related orpo-oy -"}, false},
		{"owner of a new challenge posted by someone else", "vtt-circular", nil, "content/challenges/toisen-haaste.md",
			[]string{"owner syke -"}, false},
		{"owner of a new challenge posted by its maintainer", "vtt-circular", nil, "content/challenges/oma-haaste.md",
			[]string{"owner vtt vtt-circular"}, true},
		{"removing a partner", "vtt-circular", nil, "content/projects/poisto.md", nil, true},
		{"a link the entry had on the base branch", "hel-kiertotalous", nil, "content/projects/kiertotalot.md", nil, true},
		{"a deleted service", "stranger", []string{"vtt-circular"}, "content/services/kartoitus.md", nil, true},
		{"a changed entry whose front matter is broken", "vtt-circular", nil, "content/projects/rikki-hanke.md",
			[]string{"unreadable -"}, false},
		{"a changed entry whose front matter is broken, approved by an admin", "vtt-circular", []string{"kimppa-admin"}, "content/projects/rikki-hanke.md",
			[]string{"unreadable kimppa-admin"}, true},
	} {
		t.Run(c.name, func(t *testing.T) {
			r := owners.Decide(p.Model, p.Config, c.author, c.approvers, []string{c.file}, owners.WithHead(read))
			if got := linksOf(r); !slices.Equal(got, c.want) {
				t.Errorf("links = %q, want %q", got, c.want)
			}
			if r.OK() != c.ok {
				t.Errorf("OK() = %v, want %v", r.OK(), c.ok)
			}
		})
	}
}

// The maintainers of the entry cannot consent for the organisation they
// link: the file is approved, the link is not, and the whole change fails.
func TestAnApprovedFileWithAnUnapprovedLinkFails(t *testing.T) {
	p := loadBase(t)
	r := owners.Decide(p.Model, p.Config, "vtt-circular", []string{"maija-m"}, []string{"content/projects/koordinoitu.md"}, owners.WithHead(headReader(t)))
	if !r.Files[0].Satisfied || r.OK() || r.MissingLinks() != 1 {
		t.Fatalf("file satisfied=%v, OK=%v, missing links=%d", r.Files[0].Satisfied, r.OK(), r.MissingLinks())
	}
	l := r.Links[0]
	if l.File != "content/projects/koordinoitu.md" || l.Line != 4 || !slices.Equal(l.Owners, []string{"syke-kiertotalous"}) {
		t.Errorf("link = %+v", l)
	}
	for lang, want := range map[string]string{
		"en": `Links the organisation "Suomen ympäristökeskus" as coordinator of the project "Koordinoitu hanke": needs an approval from @syke-kiertotalous or an admin (@kimppa-admin or @second-admin).`,
		"fi": `Linkittää toimijan ”Suomen ympäristökeskus” (koordinaattori hankkeessa ”Koordinoitu hanke”): tarvitaan hyväksyntä käyttäjältä @syke-kiertotalous tai pääkäyttäjältä (@kimppa-admin tai @second-admin).`,
	} {
		if got := l.Message(lang); got != want {
			t.Errorf("%s message = %q, want %q", lang, got, want)
		}
	}
	var b bytes.Buffer
	if err := r.Write(&b, "github", "en"); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(b.String(), "::error file=content/projects/koordinoitu.md,line=4,title=Ownership::Links the organisation") {
		t.Errorf("no annotation at the reference's line:\n%s", b.String())
	}
	var out struct {
		OK    bool `json:"ok"`
		Links []struct {
			Field, Actor string
			Satisfied    bool
		} `json:"links"`
	}
	b.Reset()
	if err := r.Write(&b, "json", "fi"); err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(b.Bytes(), &out); err != nil {
		t.Fatal(err)
	}
	if out.OK || len(out.Links) != 1 || out.Links[0].Field != "coordinator" || out.Links[0].Actor != "syke" || out.Links[0].Satisfied {
		t.Errorf("json = %+v", out)
	}
}

// Without the change the new links cannot be seen, so a changed entry
// that can link organisations needs an admin; a profile does not.
func TestWithoutTheChangeLinksNeedAnAdmin(t *testing.T) {
	p := loadBase(t)
	r := owners.Decide(p.Model, p.Config, "vtt-circular", nil, []string{"content/services/jaettu.md", "content/actors/vtt.md", "content/pages/about.md"})
	if got, want := linksOf(r), []string{"no-head -"}; !slices.Equal(got, want) {
		t.Fatalf("links = %q, want %q", got, want)
	}
	if r.OK() {
		t.Error("a change that cannot be read passes")
	}
	if msg := r.Links[0].Message("en"); !strings.Contains(msg, "--head") || !strings.Contains(msg, "needs an approval from an admin") {
		t.Errorf("message = %q", msg)
	}
	r = owners.Decide(p.Model, p.Config, "vtt-circular", []string{"second-admin"}, []string{"content/services/jaettu.md"})
	if !r.OK() {
		t.Error("an admin cannot approve a change that cannot be read")
	}
}

// An organisation without maintainers, or without a profile on the base
// branch, can only be linked with an admin's approval.
func TestLinkingAnOrganisationWithoutMaintainersNeedsAnAdmin(t *testing.T) {
	p := loadBase(t)
	read := headReader(t)
	r := owners.Decide(p.Model, p.Config, "hel-kiertotalous", nil, []string{"content/projects/uusi-hanke.md"}, owners.WithHead(read))
	if got, want := linksOf(r), []string{"coordinator orpo-oy -", "partners helsingin-kaupunki hel-kiertotalous"}; !slices.Equal(got, want) {
		t.Fatalf("links = %q, want %q", got, want)
	}
	if !strings.Contains(r.Links[0].Message("en"), `"Orpo Oy" has no maintainers, so it needs an approval from an admin`) {
		t.Errorf("message = %q", r.Links[0].Message("en"))
	}
	r = owners.Decide(p.Model, p.Config, "vtt-circular", nil, []string{"content/services/uusi-palvelu.md"}, owners.WithHead(read))
	if got, want := linksOf(r), []string{"providers vtt vtt-circular", "providers uusi-oy -"}; !slices.Equal(got, want) {
		t.Fatalf("links = %q, want %q", got, want)
	}
	if l := r.Links[1]; l.Known || !strings.Contains(l.Message("fi"), "toimijalla ”Uusi Oy” ei ole profiilia päähaarassa") {
		t.Errorf("known=%v message = %q", l.Known, l.Message("fi"))
	}
}

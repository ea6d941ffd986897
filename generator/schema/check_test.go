package schema_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/kimppa/kimppa/generator/schema"
)

func TestCheckBusinessID(t *testing.T) {
	for _, tc := range []struct {
		id   string
		want string // a part of the message, "" when valid
	}{
		{"0201256-6", ""}, // Helsingin kaupunki
		{"0245437-2", ""}, // Helsingin seudun ympäristöpalvelut (HSY)
		{"0244679-4", ""}, // VTT
		{"0512696-4", ""}, // Innovaatiorahoituskeskus Business Finland
		{"0100002-9", ""}, // remainder 2: check digit 11 - 2
		{"1000002-0", ""}, // remainder 0: check digit 0
		{"1000002-1", "wrong check digit"},
		{"0201256-7", "wrong check digit"},
		{"0245437-3", "wrong check digit"},
		{"0244679-0", "wrong check digit"},
		{"1000008-0", "cannot exist"}, // remainder 1: never issued
		{"1000016-9", "cannot exist"},
		{"1000024-1", "cannot exist"},
		{"201256-6", "of the form NNNNNNN-N"},
		{"02012566", "of the form NNNNNNN-N"},
		{"0201256 6", "of the form NNNNNNN-N"},
		{"FI02012566", "of the form NNNNNNN-N"},
		{"0201256-66", "of the form NNNNNNN-N"},
		{"02O1256-6", "of the form NNNNNNN-N"},
		{"", "of the form NNNNNNN-N"},
		{"٠٢٠١٢٥٦-٦", "of the form NNNNNNN-N"}, // Arabic-Indic digits are not digits here
	} {
		p := schema.CheckBusinessID(tc.id)
		switch {
		case tc.want == "" && p != nil:
			t.Errorf("CheckBusinessID(%q) = %q, want valid", tc.id, p.Message)
		case tc.want != "" && p == nil:
			t.Errorf("CheckBusinessID(%q) = valid, want %q", tc.id, tc.want)
		case tc.want != "" && !strings.Contains(p.Message, tc.want):
			t.Errorf("CheckBusinessID(%q) = %q, want it to say %q", tc.id, p.Message, tc.want)
		case p != nil && p.Hint == "":
			t.Errorf("CheckBusinessID(%q) has no hint", tc.id)
		}
	}
}

func TestBusinessIDCheckDigit(t *testing.T) {
	for _, tc := range []struct {
		digits string
		want   int
		ok     bool
	}{
		{"0201256", 6, true},
		{"0245437", 2, true},
		{"0000000", 0, true},
		{"1000008", 0, false},
	} {
		got, ok := schema.BusinessIDCheckDigit(tc.digits)
		if got != tc.want || ok != tc.ok {
			t.Errorf("BusinessIDCheckDigit(%q) = %d, %v; want %d, %v", tc.digits, got, ok, tc.want, tc.ok)
		}
	}
}

func TestCheckDate(t *testing.T) {
	for _, tc := range []struct {
		date string
		ok   bool
	}{
		{"2024-02-29", true}, // a leap year
		{"2000-02-29", true}, // divisible by 400
		{"2025-12-31", true},
		{"2023-02-29", false},
		{"1900-02-29", false}, // divisible by 100
		{"2024-1-5", false},
		{"2024-01-5", false},
		{"2024-13-01", false},
		{"2024-00-10", false},
		{"2024-04-31", false},
		{"31.12.2025", false},
		{"2025/12/31", false},
		{"2025-12-31T10:00:00Z", false},
		{" 2025-12-31", false},
		{"20251231", false},
		{"", false},
		// plausible years only: 9999 pinned an entry first in every feed
		{"1900-01-01", true},
		{"2099-12-31", true},
		{"1899-12-31", false},
		{"2100-01-01", false},
		{"9999-12-31", false},
		{"0001-01-01", false},
	} {
		p := schema.CheckDate("start", tc.date)
		if (p == nil) != tc.ok {
			t.Errorf("CheckDate(%q) = %v, want ok %v", tc.date, p, tc.ok)
		}
		if p != nil && (!strings.Contains(p.Message, `"start"`) || !strings.Contains(p.Hint, "YYYY-MM-DD") && !strings.Contains(p.Hint, "year")) {
			t.Errorf("CheckDate(%q) = %+v: want the field in the message and the format in the hint", tc.date, *p)
		}
	}
}

func TestValidSlug(t *testing.T) {
	for _, tc := range []struct {
		slug string
		ok   bool
	}{
		{"vtt", true},
		{"helsingin-kaupunki", true},
		{"eakr-2021-2027", true},
		{"2030", true},
		{"a", true},
		{"", false},
		{"Helsinki", false},
		{"helsingin_kaupunki", false},
		{"kaksi--viivaa", false},
		{"-alku", false},
		{"loppu-", false},
		{"väre", false},
		{"piste.fi", false},
		{"väli lyönti", false},
	} {
		if got := schema.ValidSlug(tc.slug); got != tc.ok {
			t.Errorf("ValidSlug(%q) = %v, want %v", tc.slug, got, tc.ok)
		}
	}
}

func TestSlugifyMakesValidSlugs(t *testing.T) {
	for _, tc := range []struct{ name, want string }{
		{"Helsingin kaupunki", "helsingin-kaupunki"},
		{"Väre Oy", "vare-oy"},
		{"Åbo Akademi", "abo-akademi"},
		{"Säätiö & Co.", "saatio-co"},
		{"Helsingin_Kaupunki", "helsingin-kaupunki"},
		{"kaksi--viivaa", "kaksi-viivaa"},
		{"  --VTT--  ", "vtt"},
		{"EAKR 2021–2027", "eakr-2021-2027"},
	} {
		got := schema.Slugify(tc.name)
		if got != tc.want {
			t.Errorf("Slugify(%q) = %q, want %q", tc.name, got, tc.want)
		}
		if !schema.ValidSlug(got) {
			t.Errorf("Slugify(%q) = %q is not a valid slug", tc.name, got)
		}
	}
}

func TestCheckEmail(t *testing.T) {
	for _, tc := range []struct {
		addr string
		ok   bool
	}{
		{"info@example.fi", true},
		{"maija.meikalainen@hel.fi", true},
		{"first+tag@sub.example.org", true},
		{"info(at)vtt.fi", false},
		{"Maija <maija@vtt.fi>", false},
		{"matti@localhost", false},
		{"palvelu@", false},
		{"@example.fi", false},
		{"info@example.", false},
		{"info@@example.fi", false},
		{"info@example.fi, toinen@example.fi", false},
		{"mailto:info@example.fi", false},
		{"", false},
	} {
		p := schema.CheckEmail("email", tc.addr)
		if (p == nil) != tc.ok {
			t.Errorf("CheckEmail(%q) = %v, want ok %v", tc.addr, p, tc.ok)
		}
	}
}

func TestCheckURL(t *testing.T) {
	for _, tc := range []struct {
		url  string
		ok   bool
		hint string // a part of the hint
	}{
		{"https://www.hel.fi/", true, ""},
		{"http://example.org/path?q=1#x", true, ""},
		{"https://example.org:8443/", true, ""},
		{"www.vtt.fi", false, "https://www.vtt.fi"},
		{"vtt.fi/en", false, "https://vtt.fi/en"},
		{"ftp://syke.fi/", false, "starting with https://"},
		{"javascript:alert(1)", false, "starting with https://"},
		{"JavaScript://example.org/%0Aalert(1)", false, ""},
		{"https://", false, ""},
		{"https:///path", false, ""},
		{"/relative/path", false, "starting with https://"},
		{"https://exa mple.org/", false, ""},
		{"mailto:info@example.fi", false, ""},
		{"", false, ""},
	} {
		p := schema.CheckURL("website", tc.url)
		if (p == nil) != tc.ok {
			t.Errorf("CheckURL(%q) = %v, want ok %v", tc.url, p, tc.ok)
			continue
		}
		if p != nil && !strings.Contains(p.Hint, tc.hint) {
			t.Errorf("CheckURL(%q) hint = %q, want it to contain %q", tc.url, p.Hint, tc.hint)
		}
	}
}

func TestCheckLicense(t *testing.T) {
	for _, tc := range []struct {
		id   string
		ok   bool
		hint string
	}{
		{"CC-BY-4.0", true, ""},
		{"CC0-1.0", true, ""},
		{"MIT", true, ""},
		{"LicenseRef-kimppa-malli", true, ""},
		{"CC-BY-4", false, `"CC-BY-4.0"`},
		{"cc-by-4.0", false, `"CC-BY-4.0"`},
		{"CC BY 4.0", false, ""},
		{"LicenseRef-", false, ""},
		{"kaikki oikeudet pidätetään", false, "LicenseRef-"},
	} {
		p := schema.CheckLicense(tc.id)
		if (p == nil) != tc.ok {
			t.Errorf("CheckLicense(%q) = %v, want ok %v", tc.id, p, tc.ok)
			continue
		}
		if p != nil && !strings.Contains(p.Hint, tc.hint) {
			t.Errorf("CheckLicense(%q) hint = %q, want it to contain %q", tc.id, p.Hint, tc.hint)
		}
	}
}

func field(t *testing.T, typ, name string) schema.Field {
	t.Helper()
	ty, ok := schema.Lookup(typ, []string{"focus_areas"})
	if !ok {
		t.Fatalf("no type %s", typ)
	}
	f, ok := ty.Field(name)
	if !ok {
		if i := strings.IndexByte(name, '.'); i > 0 {
			parent, _ := ty.Field(name[:i])
			if f, ok = parent.Sub(name[i+1:]); ok {
				return f
			}
		}
		t.Fatalf("no field %s.%s", typ, name)
	}
	return f
}

func TestCheckStringByKind(t *testing.T) {
	for _, tc := range []struct {
		typ, field, value string
		want              string // a part of the message, "" when valid
	}{
		{"actors", "kind", "company", ""},
		{"actors", "kind", "firm", "allowed: company, municipality, public, research, education, association, other"},
		{"actors", "size", "huge", "allowed: startup, sme, large"},
		{"projects", "status", "running", "allowed: planned, ongoing, completed, cancelled"},
		{"services", "pricing", "gratis", "allowed: free, paid, negotiable"},
		{"contracts", "contract_type", "mou", ""},
		{"funding", "level", "EU", "allowed: eu, national"},
		{"actors", "summary", strings.Repeat("a", 300), ""},
		{"actors", "summary", strings.Repeat("ä", 301), "301 characters long, more than the 300 allowed"},
		{"actors", "summary", "two\nlines", "must be one line"},
		{"actors", "business_id", "0201256-6", ""},
		{"actors", "business_id", "0201256-7", "wrong check digit"},
		{"actors", "member_since", "2024-02-30", "not a valid date"},
		{"actors", "email", "a@b", "not a valid e-mail"},
		{"actors", "website", "www.hel.fi", "not a valid web address"},
		{"projects", "coordinator", "helsingin-kaupunki", ""},
		{"projects", "coordinator", "Helsingin kaupunki", "not a valid slug"},
		{"projects", "related", "services/materiaalikartoitus", ""},
		{"projects", "related", "materiaalikartoitus", "of the form type/slug"},
		{"projects", "related", "palvelut/materiaalikartoitus", "of the form type/slug"},
		{"projects", "related", "services/Materiaalikartoitus", "of the form type/slug"},
		{"actors", "logo", "logo.png", ""},
		{"actors", "logo", "logo.JPG", ""},
		{"actors", "logo", "logo.svg", "not an allowed file type"},
		{"actors", "logo", "logo", "not an allowed file type"},
		{"actors", "logo", "../muu/logo.png", "inside the entity's own folder"},
		{"actors", "logo", "/etc/logo.png", "inside the entity's own folder"},
		{"actors", "logo", `kuvat\logo.png`, "inside the entity's own folder"},
		{"actors", "logo", "https://example.org/logo.png", "inside the entity's own folder"},
		{"contracts", "document", "sopimus.pdf", ""},
		{"contracts", "document", "sopimus.doc", "not an allowed file type"},
		{"contracts", "license", "CC-BY-4.0", ""},
		{"projects", "milestones.date", "2025-13-01", "not a valid date"},
		{"funding", "calls.url", "https://example.org/", ""},
	} {
		p := schema.CheckString(field(t, tc.typ, tc.field), tc.value)
		switch {
		case tc.want == "" && p != nil:
			t.Errorf("%s.%s = %q: got %q, want valid", tc.typ, tc.field, tc.value, p.Message)
		case tc.want != "" && p == nil:
			t.Errorf("%s.%s = %q: valid, want %q", tc.typ, tc.field, tc.value, tc.want)
		case tc.want != "" && !strings.Contains(p.Message, tc.want):
			t.Errorf("%s.%s = %q: got %q, want it to say %q", tc.typ, tc.field, tc.value, p.Message, tc.want)
		case p != nil && p.Hint == "":
			t.Errorf("%s.%s = %q: %q has no hint", tc.typ, tc.field, tc.value, p.Message)
		}
	}
}

func TestEveryTypeHasItsRequiredFields(t *testing.T) {
	want := map[string][]string{
		"actors":     {"name", "kind"},
		"services":   {"title", "providers"},
		"projects":   {"title", "status"},
		"contracts":  {"title", "contract_type"},
		"funding":    {"name", "level"},
		"challenges": {"title", "owner", "status"},
		"pages":      {"title"},
	}
	types := schema.Types([]string{"focus_areas"})
	if len(types) != len(want) {
		t.Errorf("%d types, want %d", len(types), len(want))
	}
	for _, ty := range types {
		var got []string
		for _, f := range ty.Fields {
			if f.Required {
				got = append(got, f.Name)
			}
		}
		if strings.Join(got, ",") != strings.Join(want[ty.Name], ",") {
			t.Errorf("%s: required fields %v, want %v", ty.Name, got, want[ty.Name])
		}
		for _, common := range []string{"summary", "tags", "website", "draft", "updated", "focus_areas"} {
			if _, ok := ty.Field(common); !ok {
				t.Errorf("%s has no field %s", ty.Name, common)
			}
		}
	}
}

// The translatable fields are the contract's list: text fields (name or
// title, summary, tags, municipality, programme, contact role, milestone
// and call title), and nothing else.
func TestTranslatableFieldsAreTheContractsTextFields(t *testing.T) {
	want := map[string][]string{
		"actors":     {"name", "municipality", "contacts", "contacts.role", "summary", "tags"},
		"services":   {"title", "summary", "tags"},
		"projects":   {"title", "contacts", "contacts.role", "milestones", "milestones.title", "summary", "tags"},
		"contracts":  {"title", "summary", "tags"},
		"funding":    {"name", "programme", "calls", "calls.title", "summary", "tags"},
		"challenges": {"title", "summary", "tags"},
		"pages":      {"title", "summary", "tags"},
	}
	for _, typ := range schema.Types([]string{"focus_areas"}) {
		var got []string
		for _, f := range typ.Translation().Fields {
			got = append(got, f.Name)
			for _, sub := range f.Fields {
				got = append(got, f.Name+"."+sub.Name)
				if sub.Required {
					t.Errorf("%s: %s.%s is required in a translation", typ.Name, f.Name, sub.Name)
				}
			}
			if f.Required {
				t.Errorf("%s: %s is required in a translation", typ.Name, f.Name)
			}
		}
		if !slices.Equal(got, want[typ.Name]) {
			t.Errorf("%s: translatable %q, want %q", typ.Name, got, want[typ.Name])
		}
	}
}

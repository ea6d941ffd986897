package diag

import (
	"bytes"
	"encoding/json"
	"slices"
	"strings"
	"testing"
)

func TestPosStringLeavesOutUnknownParts(t *testing.T) {
	for _, tc := range []struct {
		pos  Pos
		want string
	}{
		{Pos{"content/actors/vtt.md", 3, 7}, "content/actors/vtt.md:3:7"},
		{Pos{"content/actors/vtt.md", 3, 0}, "content/actors/vtt.md:3"},
		{Pos{"content/actors/vtt.md", 0, 0}, "content/actors/vtt.md"},
	} {
		if got := tc.pos.String(); got != tc.want {
			t.Errorf("%#v.String() = %q, want %q", tc.pos, got, tc.want)
		}
	}
}

func TestSortOrdersByFileLineColumnAndDropsDuplicates(t *testing.T) {
	var l List
	l.Errorf(Pos{"b.md", 1, 1}, "", "", "b1")
	l.Errorf(Pos{"a.md", 10, 1}, "", "", "a10")
	l.Errorf(Pos{"a.md", 2, 5}, "", "", "a2c5")
	l.Warnf(Pos{"a.md", 2, 1}, "", "", "a2c1")
	l.Errorf(Pos{"a.md", 10, 1}, "", "", "a10")        // an exact duplicate
	l.Errorf(Pos{"a.md", 10, 1}, "", "", "a10 second") // same place, other message
	l.Sort()
	var got []string
	for _, d := range l {
		got = append(got, d.Message)
	}
	want := []string{"a2c1", "a2c5", "a10", "a10 second", "b1"}
	if !slices.Equal(got, want) {
		t.Errorf("sorted messages = %q, want %q", got, want)
	}
}

func TestFailedCountsWarningsOnlyWhenStrict(t *testing.T) {
	var warnings List
	warnings.Warnf(Pos{"a.md", 1, 1}, "", "", "w")
	if warnings.Failed(false) {
		t.Error("a warning failed a non-strict run")
	}
	if !warnings.Failed(true) {
		t.Error("a warning did not fail a strict run")
	}
	var errs List
	errs.Errorf(Pos{"a.md", 1, 1}, "", "", "e")
	if !errs.Failed(false) {
		t.Error("an error did not fail the run")
	}
	if (List{}).Failed(true) {
		t.Error("an empty list failed")
	}
	errs.Add(warnings...)
	if errs.Errors() != 1 || errs.Warnings() != 1 {
		t.Errorf("Errors, Warnings = %d, %d; want 1, 1", errs.Errors(), errs.Warnings())
	}
}

func sample() List {
	var l List
	l.Errorf(Pos{"content/projects/kiertotalot.md", 4, 1}, "partner", `did you mean "partners"?`, "unknown field %q in projects", "partner")
	l.Warnf(Pos{"content/projects/x,y:z.md", 3, 0}, "status", "", "50%% done\nstill ongoing")
	return l
}

func TestWriteText(t *testing.T) {
	var b bytes.Buffer
	if err := sample().Write(&b, "text"); err != nil {
		t.Fatal(err)
	}
	want := `content/projects/kiertotalot.md:4:1: error: unknown field "partner" in projects
    hint: did you mean "partners"?
content/projects/x,y:z.md:3: warning: 50% done
still ongoing
`
	if b.String() != want {
		t.Errorf("text output:\n%s\nwant:\n%s", b.String(), want)
	}
}

func TestWriteGitHubAnnotations(t *testing.T) {
	var b bytes.Buffer
	if err := sample().Write(&b, "github"); err != nil {
		t.Fatal(err)
	}
	// Properties escape , and : too; the message escapes % and line
	// breaks; an unknown column is given as 1.
	want := `::error file=content/projects/kiertotalot.md,line=4,col=1::unknown field "partner" in projects%0Ahint: did you mean "partners"?
::warning file=content/projects/x%2Cy%3Az.md,line=3,col=1::50%25 done%0Astill ongoing
`
	if b.String() != want {
		t.Errorf("github output:\n%s\nwant:\n%s", b.String(), want)
	}
}

func TestWriteJSON(t *testing.T) {
	var b bytes.Buffer
	if err := sample().Write(&b, "json"); err != nil {
		t.Fatal(err)
	}
	var got []map[string]any
	if err := json.Unmarshal(b.Bytes(), &got); err != nil {
		t.Fatalf("output is not JSON: %v\n%s", err, b.String())
	}
	want := []map[string]any{
		{"file": "content/projects/kiertotalot.md", "line": 4.0, "col": 1.0, "severity": "error", "field": "partner", "message": `unknown field "partner" in projects`, "hint": `did you mean "partners"?`},
		{"file": "content/projects/x,y:z.md", "line": 3.0, "col": 0.0, "severity": "warning", "field": "status", "message": "50% done\nstill ongoing", "hint": ""},
	}
	if len(got) != len(want) {
		t.Fatalf("got %d objects, want %d", len(got), len(want))
	}
	for i := range want {
		for k, v := range want[i] {
			if got[i][k] != v {
				t.Errorf("object %d: %s = %#v, want %#v", i, k, got[i][k], v)
			}
		}
		if len(got[i]) != len(want[i]) {
			t.Errorf("object %d has keys %v, want exactly %v", i, got[i], want[i])
		}
	}
}

func TestWriteJSONOfNoDiagnosticsIsAnEmptyArray(t *testing.T) {
	var b bytes.Buffer
	if err := List(nil).Write(&b, "json"); err != nil {
		t.Fatal(err)
	}
	if got := strings.TrimSpace(b.String()); got != "[]" {
		t.Errorf("JSON of no diagnostics = %q, want []", got)
	}
}

func TestWriteRejectsUnknownFormat(t *testing.T) {
	err := sample().Write(&bytes.Buffer{}, "xml")
	if err == nil || !strings.Contains(err.Error(), `"xml"`) || !strings.Contains(err.Error(), "github") {
		t.Errorf("Write(xml) = %v, want an error naming the format and the allowed ones", err)
	}
}

func TestNearest(t *testing.T) {
	fields := []string{"name", "kind", "size", "business_id", "member", "member_since", "email", "partners", "website", "contacts"}
	for _, tc := range []struct {
		s    string
		n    int
		want []string
	}{
		{"partner", 3, []string{"partners"}}, // a prefix
		{"webiste", 3, []string{"website"}},  // a transposition
		{"Name", 3, []string{"name"}},        // case does not count
		{"membr", 3, []string{"member"}},     // member_since is too far
		{"colour", 3, nil},                   // nothing near
		{"x", 3, nil},
		{"kinds", 1, []string{"kind"}},
		{"sizes", 3, []string{"size"}},
		{"emails", 3, []string{"email"}}, // nearest first
		{"contact", 3, []string{"contacts"}},
	} {
		got := Nearest(tc.s, fields, tc.n)
		if !slices.Equal(got, tc.want) && !(len(got) == 0 && len(tc.want) == 0) {
			t.Errorf("Nearest(%q, %d) = %q, want %q", tc.s, tc.n, got, tc.want)
		}
	}
}

func TestNearestSlugsAreOrderedByDistanceThenName(t *testing.T) {
	slugs := []string{"vtt", "vtk", "vt", "helsingin-kaupunki", "espoon-kaupunki"}
	if got, want := Nearest("vtx", slugs, 3), []string{"vt", "vtk", "vtt"}; !slices.Equal(got, want) {
		t.Errorf("Nearest(vtx) = %q, want %q", got, want)
	}
	// Long slugs allow more edits; the nearest still comes first.
	if got, want := Nearest("helsinki-kaupunki", slugs, 3), []string{"helsingin-kaupunki", "espoon-kaupunki"}; !slices.Equal(got, want) {
		t.Errorf("Nearest(helsinki-kaupunki) = %q, want %q", got, want)
	}
}

func TestDidYouMean(t *testing.T) {
	for _, tc := range []struct {
		s          string
		candidates []string
		want       string
	}{
		{"partner", []string{"partners", "title"}, `did you mean "partners"?`},
		{"vtx", []string{"vtt", "vtk"}, `did you mean "vtk" or "vtt"?`},
		{"ab", []string{"aa", "ac", "ad", "ae"}, `did you mean "aa", "ac" or "ad"?`},
		{"zzzzzz", []string{"partners"}, ""},
	} {
		if got := DidYouMean(tc.s, tc.candidates); got != tc.want {
			t.Errorf("DidYouMean(%q) = %q, want %q", tc.s, got, tc.want)
		}
	}
}

func TestQuote(t *testing.T) {
	for _, tc := range []struct {
		words []string
		want  string
	}{
		{nil, ""},
		{[]string{"a"}, `"a"`},
		{[]string{"a", "b"}, `"a" or "b"`},
		{[]string{"a", "b", "c"}, `"a", "b" or "c"`},
	} {
		if got := Quote(tc.words, "or"); got != tc.want {
			t.Errorf("Quote(%q) = %q, want %q", tc.words, got, tc.want)
		}
	}
}

func TestDistanceCountsRunes(t *testing.T) {
	for _, tc := range []struct {
		a, b string
		want int
	}{
		{"", "", 0},
		{"abc", "", 3},
		{"kitten", "sitting", 3},
		{"väre", "vare", 1},
		{"säätiö", "saatio", 3},
	} {
		if got := Distance(tc.a, tc.b); got != tc.want {
			t.Errorf("Distance(%q, %q) = %d, want %d", tc.a, tc.b, got, tc.want)
		}
	}
}

// TestNearestIsBoundedWork: a value longer than any name is compared by
// prefix only, a candidate too different in length is not compared, and
// a file gets at most MaxHintsPerFile hints.
func TestNearestIsBoundedWork(t *testing.T) {
	long := strings.Repeat("toimija", 100)
	if got := Nearest(long, []string{strings.Repeat("toimija", 99) + "x"}, 3); len(got) != 0 {
		t.Errorf("a long value is compared letter by letter: %q", got)
	}
	if got := Nearest("vtt"+long, []string{"vtt", "syke"}, 3); len(got) != 1 || got[0] != "vtt" {
		t.Errorf("a long value's prefix: %q", got)
	}
	if got := Nearest("vttt", []string{"vtt", "toimija-numero-yksi"}, 3); len(got) != 1 {
		t.Errorf("Nearest = %q", got)
	}
	var h Hints
	for i := range MaxHintsPerFile + 5 {
		got := h.DidYouMean("a.md", "vtx", func() []string { return []string{"vtt"} })
		if (got != "") != (i < MaxHintsPerFile) {
			t.Fatalf("hint %d: %q", i, got)
		}
	}
	if h.DidYouMean("b.md", "vtx", func() []string { return []string{"vtt"} }) == "" {
		t.Error("another file gets no hint")
	}
}

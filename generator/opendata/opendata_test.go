package opendata

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"math"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/kimppa/kimppa/generator/config"
	"github.com/kimppa/kimppa/generator/model"
	"github.com/kimppa/kimppa/generator/schema"
)

func TestGuardNeutralisesFormulas(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{`=HYPERLINK("https://evil.example/","x")`, `'=HYPERLINK("https://evil.example/","x")`},
		{"+358 40 123", "'+358 40 123"},
		{"-2+3", "'-2+3"},
		{"@SUM(A1)", "'@SUM(A1)"},
		{"\t=1", "'\t=1"},
		{"\r=1", "'\r=1"},
		{"Kierto Oy", "Kierto Oy"},
		{"a=1", "a=1"},
		{"'=1", "'=1"},
		{"", ""},
		// numbers are numbers, not formulas
		{"-0.5", "-0.5"},
		{"-12", "-12"},
		{"1e-320", "1e-320"},
		{"-1e+21", "-1e+21"},
		{"-1e3+1", "'-1e3+1"},
		{"-", "'-"},
		{"-.5", "'-.5"},
	} {
		if got := Guard(tc.in); got != tc.want {
			t.Errorf("Guard(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

// TestNumberIsShortAndRoundTrips: a CSV number cell is the shortest
// decimal that reads back as the value, as JSON writes it: no 324-digit
// decimal for 1e-320, no exponent for ordinary amounts, -0 as 0, and the
// formula guard leaves it alone.
func TestNumberIsShortAndRoundTrips(t *testing.T) {
	for v, want := range map[float64]string{
		0: "0", math.Copysign(0, -1): "0", 90000.5: "90000.5", 250000: "250000", 1e12: "1000000000000",
		0.1: "0.1", 1e-6: "0.000001", 1e-7: "1e-7", 1e-320: "1e-320", 1e21: "1e+21", 123456789.123: "123456789.123",
	} {
		got := Number(v)
		if got != want {
			t.Errorf("Number(%v) = %q, want %q", v, got, want)
		}
		if back, err := strconv.ParseFloat(got, 64); err != nil || back != v {
			t.Errorf("Number(%v) = %q reads back as %v", v, got, back)
		}
		if Guard(got) != got {
			t.Errorf("Guard(Number(%v)) = %q", v, Guard(got))
		}
		if j, _ := json.Marshal(v); v != 0 && string(j) != got {
			t.Errorf("Number(%v) = %q, JSON %s", v, got, j)
		}
	}
}

func TestWriteCSVIsForSpreadsheets(t *testing.T) {
	got := WriteCSV([]string{"slug", "name"}, [][]string{
		{"a", `=HYPERLINK("https://evil.example/","x")`},
		{"b", "Ääkkös, \"lainaus\"\nrivi"},
	})
	// no byte order mark; CRLF ends a record, LF stays LF inside a cell
	want := "slug,name\r\na,\"'=HYPERLINK(\"\"https://evil.example/\"\",\"\"x\"\")\"\r\nb,\"Ääkkös, \"\"lainaus\"\"\nrivi\"\r\n"
	if string(got) != want {
		t.Errorf("WriteCSV =\n%q\nwant\n%q", got, want)
	}
	recs, err := csv.NewReader(bytes.NewReader(got)).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if recs[2][1] != "Ääkkös, \"lainaus\"\nrivi" {
		t.Errorf("a cell with a line break reads back as %q", recs[2][1])
	}
}

// TestAFieldOfTheModelReachesTheTablesAndThePackage adds a field to a
// type, as a change of the field table would, and finds it in the
// header, the row and the package without any other edit.
func TestAFieldOfTheModelReachesTheTablesAndThePackage(t *testing.T) {
	types := schema.Types([]string{"focus_areas"})
	for i := range types {
		if types[i].Name == "actors" {
			types[i].Fields = append(types[i].Fields,
				schema.Field{Name: "founded", Kind: schema.Date, Doc: "founding date"},
				schema.Field{Name: "sites", Kind: schema.Objects, Fields: []schema.Field{{Name: "city", Kind: schema.String, Required: true}, {Name: "owner", Kind: schema.Ref, RefType: "actors"}}})
		}
	}
	cfg, diags := config.Parse([]byte("title: Testi\nbase_url: https://example.org/\ntaxonomies:\n  focus_areas:\n    terms: {food: Ruoka}\n"))
	if diags.Failed(false) {
		t.Fatal(diags)
	}
	e := &model.Entity{Ref: model.Ref{Type: "actors", Slug: "a"}, Default: &model.Variant{Fields: map[string]any{
		"name": "A", "kind": "company", "founded": "2001-02-03", "focus_areas": []string{"food"},
		"sites": []model.Object{{"owner": "a", "city": "Oulu"}},
	}}}
	s := &model.Site{Config: cfg, Types: types, Entities: map[model.Ref]*model.Entity{e.Ref: e}, ByType: map[string][]*model.Entity{"actors": {e}}}
	var actors Table
	for _, tb := range Tables(s) {
		if tb.Type.Name == "actors" {
			actors = tb
		}
	}
	header := actors.Header()
	row := actors.Row(e, Links{Page: "https://example.org/toimijat/a/"})
	if len(row) != len(header) {
		t.Fatalf("row %q has %d cells, header %d", row, len(row), len(header))
	}
	cell := func(name string) string { return row[slices.Index(header, name)] }
	if cell("founded") != "2001-02-03" || cell("sites") != `[{"city":"Oulu","owner":"a"}]` || cell("focus_areas") != "food" {
		t.Errorf("row %q", row)
	}
	if header[0] != "slug" || header[1] != "url" || header[len(header)-1] != "body_text" {
		t.Errorf("header %q", header)
	}

	data, err := Package(cfg, Tables(s))
	if err != nil {
		t.Fatal(err)
	}
	var pkg Descriptor
	if err := json.Unmarshal(data, &pkg); err != nil {
		t.Fatal(err)
	}
	var fields []Field
	for _, r := range pkg.Resources {
		if r.Name == "actors" {
			fields = r.Schema.Fields
		}
	}
	var names []string
	for _, f := range fields {
		names = append(names, f.Name)
		switch f.Name {
		case "founded":
			if f.Type != "date" || f.Description != "founding date" {
				t.Errorf("founded: %+v", f)
			}
		case "sites":
			if f.Type != "array" || !strings.Contains(f.Description, "{city (required), owner (slug of actors)}") {
				t.Errorf("sites: %+v", f)
			}
		case "focus_areas":
			if f.Constraints == nil || f.Constraints.Pattern != "(food)(; (food))*" || !strings.Contains(f.Description, "food (Ruoka)") {
				t.Errorf("focus_areas: %+v", f)
			}
		}
	}
	if !slices.Equal(names, header) {
		t.Errorf("package fields %q, want the header %q", names, header)
	}
}

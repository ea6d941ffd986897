package opendata

import (
	"archive/zip"
	"bufio"
	"bytes"
	"io"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/xuri/excelize/v2"

	"github.com/kimppa/kimppa/generator/config"
	"github.com/kimppa/kimppa/generator/model"
	"github.com/kimppa/kimppa/generator/schema"
)

func TestTruncateKeepsExcelsLimit(t *testing.T) {
	for _, tc := range []struct {
		name string
		in   string
		cut  bool
	}{
		{"ASCII at the limit", strings.Repeat("a", MaxCellChars), false},
		{"ASCII over it", strings.Repeat("a", MaxCellChars+1), true},
		{"ä at the limit (two bytes, one unit)", strings.Repeat("ä", MaxCellChars), false},
		{"ä over it", strings.Repeat("ä", MaxCellChars+1), true},
		{"emoji (two units each) over it", strings.Repeat("🙂", MaxCellChars/2+1), true},
		{"emoji ending on the cut", "a" + strings.Repeat("🙂", MaxCellChars), true},
	} {
		got := Truncate(tc.in, "actors.csv")
		if !tc.cut {
			if got != tc.in {
				t.Errorf("%s: cut, though it fits", tc.name)
			}
			continue
		}
		mark := TruncatedMark + "actors.csv]"
		head, ok := strings.CutSuffix(got, mark)
		if !ok || !strings.HasPrefix(tc.in, head) || !utf8.ValidString(got) {
			t.Errorf("%s: %q… does not end with the mark after a prefix of the text", tc.name, got[:20])
		}
		if n := utf16Len(got); n > MaxCellChars || n < MaxCellChars-1 { // an emoji that would split is left out whole
			t.Errorf("%s: %d UTF-16 units, want %d (or one less)", tc.name, n, MaxCellChars)
		}
	}
}

// testSite is a site of every type, one entity with a cell of each kind
// that the workbook types.
func testSite(t *testing.T) (*model.Site, *model.Entity) {
	cfg, diags := config.Parse([]byte("title: Testi\nbase_url: https://example.org/\ntaxonomies:\n  focus_areas:\n    terms: {food: Ruoka}\n"))
	if diags.Failed(false) {
		t.Fatal(diags)
	}
	e := &model.Entity{Ref: model.Ref{Type: "actors", Slug: "a"}, Default: &model.Variant{Fields: map[string]any{
		"name": "=1+1 Äänekoski R&D <b> _x0041_", "kind": "company", "member": true, "member_since": "2001-02-03", "focus_areas": []string{"food"},
	}, Body: strings.Repeat("pitkä ", 7000)}}
	p := &model.Entity{Ref: model.Ref{Type: "projects", Slug: "p"}, Default: &model.Variant{Fields: map[string]any{
		"title": "P", "status": "ongoing", "start": "1899-12-31", "budget": 1250000.5,
	}}}
	s := &model.Site{Config: cfg, Types: schema.Types([]string{"focus_areas"}), Entities: map[model.Ref]*model.Entity{e.Ref: e, p.Ref: p},
		ByType: map[string][]*model.Entity{"actors": {e}, "projects": {p}}}
	return s, e
}

func testWorkbook(t *testing.T, s *model.Site) []byte {
	t.Helper()
	data, err := Workbook(WorkbookInfo{Title: "Testi", Source: "https://example.org/", Licence: "CC-BY-4.0", Lang: "fi", Date: "2026-01-02"},
		Tables(s), func(tb Table) Rows {
			var rows [][]string
			for _, e := range s.ByType[tb.Type.Name] {
				rows = append(rows, tb.Row(e, Links{Page: "https://example.org/" + e.Slug + "/"}))
			}
			return RowsOf(rows)
		})
	if err != nil {
		t.Fatal(err)
	}
	return data
}

// TestWorkbookIsDeterministic writes the same workbook again and again:
// the parts must come out the same, in excelize's order (it writes the
// parts of a StreamWriter in a map's order, which changes from run to
// run: no sheet may go through one), at one fixed time.
func TestWorkbookIsDeterministic(t *testing.T) {
	s, _ := testSite(t)
	first := testWorkbook(t, s)
	for range 10 {
		if !bytes.Equal(testWorkbook(t, s), first) {
			t.Fatal("two workbooks of the same tables differ")
		}
	}
	z, err := zip.NewReader(bytes.NewReader(first), int64(len(first)))
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, f := range z.File {
		names = append(names, f.Name)
		if f.Modified.Year() != 1980 {
			t.Errorf("%s: time %v, want the fixed 1980-01-01", f.Name, f.Modified)
		}
	}
	for _, f := range z.File { // actors: the header and one row
		if f.Name == "xl/worksheets/sheet1.xml" {
			rc, _ := f.Open()
			xml, _ := io.ReadAll(rc)
			if want := `<dimension ref="A1:` + columnName(len(TableOf(s, "actors").Header())-1) + `2"/>`; !bytes.Contains(xml, []byte(want)) {
				t.Errorf("actors' sheet has no %s: read-only readers go by it", want)
			}
		}
	}
	if !slices.IsSortedFunc(names, func(a, b string) int { return strings.Compare(b, a) }) {
		t.Errorf("parts %q, want them in excelize's order, by name backwards", names)
	}
}

// TestWorkbookCellsAreTyped reads a workbook back with excelize: a sheet
// per type, a bold frozen header, dates as dates shown as YYYY-MM-DD
// (text before March 1900), money as numbers, booleans as booleans,
// text as written and never a formula, a long body cut with the mark.
func TestWorkbookCellsAreTyped(t *testing.T) {
	s, _ := testSite(t)
	f, err := excelize.OpenReader(bytes.NewReader(testWorkbook(t, s)))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if got := f.GetSheetList(); !slices.Equal(got, config.Types) {
		t.Errorf("sheets %q, want the types %q", got, config.Types)
	}
	props, err := f.GetDocProps()
	if err != nil || props.Created != "2026-01-02T00:00:00Z" || props.Modified != props.Created || props.Title != "Testi" {
		t.Errorf("document properties %+v, %v", props, err)
	}
	actors, projects := TableOf(s, "actors"), TableOf(s, "projects")
	cell := func(tb Table, col string) string {
		name, err := excelize.CoordinatesToCellName(slices.Index(tb.Header(), col)+1, 2)
		if err != nil {
			t.Fatal(err)
		}
		return name
	}
	for _, tc := range []struct {
		sheet, col string
		typ        excelize.CellType
		shown      string
	}{
		{"actors", "name", excelize.CellTypeInlineString, "=1+1 Äänekoski R&D <b> _x0041_"},
		{"actors", "member", excelize.CellTypeBool, "TRUE"},
		{"actors", "member_since", excelize.CellTypeUnset, "2001-02-03"}, // a number with a date format
		{"projects", "start", excelize.CellTypeInlineString, "1899-12-31"},
		{"projects", "budget", excelize.CellTypeUnset, "1250000.5"},
	} {
		tb := actors
		if tc.sheet == "projects" {
			tb = projects
		}
		ref := cell(tb, tc.col)
		typ, _ := f.GetCellType(tc.sheet, ref)
		shown, _ := f.GetCellValue(tc.sheet, ref)
		formula, _ := f.GetCellFormula(tc.sheet, ref)
		if typ != tc.typ || shown != tc.shown || formula != "" {
			t.Errorf("%s %s: type %v, shown %q, formula %q; want type %v, %q", tc.sheet, tc.col, typ, shown, formula, tc.typ, tc.shown)
		}
	}
	body, _ := f.GetCellValue("actors", cell(actors, ColBodyText))
	if !strings.HasSuffix(body, TruncatedMark+"actors.csv]") || utf16Len(body) > MaxCellChars {
		t.Errorf("a 42,000-character body: %d units, ends %q", utf16Len(body), body[max(0, len(body)-80):])
	}
	panes, err := f.GetPanes("actors")
	if err != nil || !panes.Freeze || panes.XSplit != 1 || panes.YSplit != 1 {
		t.Errorf("panes %+v, %v: want the header row and slug column frozen", panes, err)
	}
	id, _ := f.GetCellStyle("actors", "A1")
	if st, err := f.GetStyle(id); err != nil || st.Font == nil || !st.Font.Bold {
		t.Errorf("header style %+v, %v: want bold", st, err)
	}
	for _, col := range []string{"A", "B", "C"} {
		if w, _ := f.GetColWidth("actors", col); w < minWidth || w > maxWidth {
			t.Errorf("column %s: width %v", col, w)
		}
	}
}

func TestWriteTextEscapes(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"R&D <b>", "R&amp;D &lt;b&gt;"},
		{"rivi\r\nrivi\tä", "rivi&#13;\nrivi\tä"},
		{"_x0041_ and _x41_ and _xZZZZ_", "_x005F_x0041_ and _x41_ and _xZZZZ_"},
		{"a\x01b\x1fc", "a\uFFFDb\uFFFDc"},
		{"bad \xff utf-8 \uFFFE", "bad \uFFFD utf-8 \uFFFD"},
		{"🙂", "🙂"},
	} {
		var b bytes.Buffer
		w := bufio.NewWriter(&b)
		writeText(w, tc.in)
		w.Flush()
		if b.String() != tc.want {
			t.Errorf("writeText(%q) = %q, want %q", tc.in, b.String(), tc.want)
		}
	}
}

func TestColumnName(t *testing.T) {
	for i, want := range map[int]string{0: "A", 25: "Z", 26: "AA", 27: "AB", 51: "AZ", 52: "BA", 701: "ZZ", 702: "AAA"} {
		if got := columnName(i); got != want {
			t.Errorf("columnName(%d) = %q, want %q", i, got, want)
		}
	}
}

package generator_test

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
	"unicode/utf16"

	"github.com/xuri/excelize/v2"

	"github.com/kimppa/kimppa/generator/opendata"
)

// longBody is a body past Excel's limit of 32,767 characters per cell,
// with ä (two bytes, one UTF-16 unit) and an emoji (two units).
var longBody = strings.Repeat("Pitkä kappale, jossa on 🙂 ja sanoja. ", 1000)

// buildOpenData builds the open data fixture with a page whose body
// is longer than a cell can hold, and returns the output's files.
func buildOpenData(t *testing.T) (map[string][]byte, dataPackage) {
	t.Helper()
	s := loadSite(t, "testdata/sites/opendata.txtar")
	page := "---\ntitle: Pitkä sivu\n---\n" + longBody + "\n"
	if err := os.WriteFile(filepath.Join(s.dir, "content", "pages", "pitka.md"), []byte(page), 0o644); err != nil {
		t.Fatal(err)
	}
	build(t, s.opts)
	files := tree(t, s.opts.Out)
	var pkg dataPackage
	if err := json.Unmarshal(files["data/datapackage.json"], &pkg); err != nil {
		t.Fatal(err)
	}
	return files, pkg
}

// workbookText is how a workbook reader that shows cells as text (as
// excelize's GetRows, LibreOffice's CSV export and SheetJS do) shows the
// CSV cell c of a column of Table Schema type typ: booleans as TRUE and
// FALSE, text without the CSV's apostrophe against formulas, a cell past
// Excel's limit cut with the mark. Dates are YYYY-MM-DD in both.
func workbookText(typ, c, csvName string) string {
	switch {
	case typ == "boolean" && c != "":
		return strings.ToUpper(c)
	case strings.HasPrefix(c, "'") && opendata.Guard(c[1:]) == c:
		return c[1:]
	}
	return opendata.Truncate(c, csvName)
}

// sameCell compares a cell as a reader showed it with the CSV's: a
// number by its value, which readers may write in more or fewer digits.
func sameCell(typ, got, want string) bool {
	if typ == "number" && got != want {
		g, err1 := strconv.ParseFloat(got, 64)
		w, err2 := strconv.ParseFloat(want, 64)
		return err1 == nil && err2 == nil && g == w
	}
	return got == want
}

// TestOpenDataWorkbookHasTheCSVRows reads data/tables.xlsx back with
// excelize: a sheet per resource of the package, in its order, with the
// same header and, row by row, the same cells as the CSV (as
// workbookText says), the long body cut within Excel's limit.
func TestOpenDataWorkbookHasTheCSVRows(t *testing.T) {
	files, pkg := buildOpenData(t)
	f, err := excelize.OpenReader(bytes.NewReader(files[opendata.WorkbookFile]))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var names []string
	for _, r := range pkg.Resources {
		names = append(names, r.Name)
	}
	if got := f.GetSheetList(); !slices.Equal(got, names) {
		t.Fatalf("sheets %q, want the package's resources %q", got, names)
	}
	cut := 0
	for _, r := range pkg.Resources {
		want := readTable(t, r.Path, files["data/"+r.Path])
		got, err := f.GetRows(r.Name)
		if err != nil {
			t.Fatal(err)
		}
		if len(got) != len(want) {
			t.Errorf("%s: %d rows, the CSV has %d", r.Name, len(got), len(want))
			continue
		}
		for i := range want {
			row := append(got[i], make([]string, len(want[i])-len(got[i]))...) // GetRows leaves out empty cells at the end
			for j, c := range want[i] {
				typ := r.Schema.Fields[j].Type
				if i > 0 {
					c = workbookText(typ, c, r.Path)
				}
				if !sameCell(typ, row[j], c) {
					t.Errorf("%s row %d %s: %q, the CSV has %q", r.Name, i, want[0][j], short(row[j]), short(c))
				}
				if strings.HasSuffix(row[j], opendata.TruncatedMark+r.Path+"]") {
					cut++
					if n := len(utf16.Encode([]rune(row[j]))); n > opendata.MaxCellChars {
						t.Errorf("%s row %d %s: %d characters, over Excel's %d", r.Name, i, want[0][j], n, opendata.MaxCellChars)
					}
				}
			}
		}
	}
	if cut != 1 {
		t.Errorf("%d cells cut, want the long page's body", cut)
	}
}

func short(s string) string {
	if len(s) > 80 {
		return s[:40] + "…" + s[len(s)-40:]
	}
	return s
}

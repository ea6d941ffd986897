package generator_test

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf16"

	"github.com/xuri/excelize/v2"

	"github.com/kimppa/kimppa/generator/opendata"
)

// TestOpenDataReadsInSpreadsheetReaders opens the workbook, and the CSVs
// where a reader imports CSV, with the readers people use, each where it
// is installed (a reader that is not is skipped): openpyxl (Debian's
// python3-openpyxl), SheetJS (npm's xlsx: $KIMPPA_SHEETJS names its
// folder) and LibreOffice (soffice, headless). Each must give every
// sheet's rows as the CSV has them (workbookText), ä, ö and the cut long
// body included.
func TestOpenDataReadsInSpreadsheetReaders(t *testing.T) {
	files, pkg := buildOpenData(t)
	dir := t.TempDir()
	for name, data := range files {
		if strings.HasPrefix(name, "data/") {
			if err := os.WriteFile(filepath.Join(dir, filepath.Base(name)), data, 0o644); err != nil {
				t.Fatal(err)
			}
		}
	}
	book := filepath.Join(dir, filepath.Base(opendata.WorkbookFile))
	// compare checks the sheets a reader gave (name → rows of text)
	// against the CSVs.
	compare := func(t *testing.T, sheets map[string][][]string) {
		t.Helper()
		for _, r := range pkg.Resources {
			want := readTable(t, r.Path, files["data/"+r.Path])
			got, ok := sheets[r.Name]
			if !ok || len(got) != len(want) {
				t.Errorf("%s: %d rows (sheet there: %v), the CSV has %d", r.Name, len(got), ok, len(want))
				continue
			}
			for i := range want {
				for j, c := range want[i] {
					typ := r.Schema.Fields[j].Type
					if i > 0 {
						c = workbookText(typ, c, r.Path)
					}
					g := ""
					if j < len(got[i]) {
						g = got[i][j]
					}
					if !sameCell(typ, g, c) {
						t.Errorf("%s row %d %s: %q, the CSV has %q", r.Name, i, want[0][j], short(g), short(c))
					}
				}
			}
		}
	}

	t.Run("openpyxl", func(t *testing.T) {
		python := pythonWith(t, "openpyxl")
		script := `import json, sys, datetime, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
def text(v):
    if v is None: return ""
    if isinstance(v, bool): return "TRUE" if v else "FALSE"
    if isinstance(v, datetime.datetime): return v.date().isoformat()
    if isinstance(v, float): return repr(v)
    return str(v)
out = {"sheets": {}, "frozen": {}, "bold": {}}
for ws in wb.worksheets:
    out["sheets"][ws.title] = [[text(v) for v in row] for row in ws.iter_rows(values_only=True)]
    out["frozen"][ws.title] = ws.freeze_panes
    out["bold"][ws.title] = bool(ws["A1"].font.b)
ro = openpyxl.load_workbook(sys.argv[1], read_only=True)  # goes by each sheet's <dimension>
out["readOnlyRows"] = {ws.title: sum(1 for _ in ws.iter_rows(values_only=True)) for ws in ro.worksheets}
print(json.dumps(out))
`
		var got struct {
			Sheets       map[string][][]string
			Frozen       map[string]string
			Bold         map[string]bool
			ReadOnlyRows map[string]int
		}
		runJSON(t, &got, python, "-c", script, book)
		compare(t, got.Sheets)
		for _, r := range pkg.Resources {
			if n := got.ReadOnlyRows[r.Name]; n != len(got.Sheets[r.Name]) {
				t.Errorf("%s: %d rows read only, %d read whole: the sheet's dimension is wrong", r.Name, n, len(got.Sheets[r.Name]))
			}
			if got.Frozen[r.Name] != "B2" || !got.Bold[r.Name] {
				t.Errorf("%s: frozen at %q, header bold %v; want B2 and bold", r.Name, got.Frozen[r.Name], got.Bold[r.Name])
			}
		}
	})

	t.Run("SheetJS", func(t *testing.T) {
		sheetjs := os.Getenv("KIMPPA_SHEETJS")
		node, err := exec.LookPath("node")
		if sheetjs == "" || err != nil {
			t.Skip("SheetJS not tried: set KIMPPA_SHEETJS to the folder of npm's xlsx (npm i xlsx) and have node")
		}
		// raw: false gives each cell as Excel shows it (w), dates by
		// their format; defval fills empty cells.
		script := `const XLSX = require(process.argv[1]);
const wb = XLSX.readFile(process.argv[2]);
const out = {};
for (const name of wb.SheetNames) {
  out[name] = XLSX.utils.sheet_to_json(wb.Sheets[name], {header: 1, raw: false, defval: ""})
    .map(row => row.map(String));
}
console.log(JSON.stringify(out));
`
		var got map[string][][]string
		runJSON(t, &got, node, "-e", script, sheetjs, book)
		compare(t, got)
	})

	t.Run("LibreOffice", func(t *testing.T) {
		soffice, err := exec.LookPath("soffice")
		if err != nil {
			t.Skip("LibreOffice not tried: no soffice")
		}
		// Every sheet to a CSV of its own (the last field, -1), cells as
		// shown (the ninth, true), UTF-8 (76); then the CSVs back into
		// a workbook, read as UTF-8 as LibreOffice's import dialog offers.
		out := filepath.Join(dir, "lo")
		profile := "-env:UserInstallation=file://" + filepath.Join(t.TempDir(), "profile")
		cmd := exec.Command(soffice, profile, "--headless", "--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1", "--outdir", out, book)
		if msg, err := cmd.CombinedOutput(); err != nil {
			t.Fatalf("soffice: %v\n%s", err, msg)
		}
		sheets := map[string][][]string{}
		for _, r := range pkg.Resources {
			name := filepath.Join(out, strings.TrimSuffix(filepath.Base(book), ".xlsx")+"-"+r.Name+".csv")
			data, err := os.ReadFile(name)
			if err != nil {
				t.Errorf("LibreOffice wrote no %s: %v", filepath.Base(name), err)
				continue
			}
			sheets[r.Name] = readTableLoose(t, name, data)
		}
		compare(t, sheets)

		var csvs []string
		for _, r := range pkg.Resources {
			csvs = append(csvs, filepath.Join(dir, r.Path))
		}
		back := filepath.Join(dir, "lo-csv")
		args := append([]string{profile, "--headless", "--infilter=CSV:44,34,76,1", "--convert-to", "xlsx", "--outdir", back}, csvs...)
		if msg, err := exec.Command(soffice, args...).CombinedOutput(); err != nil {
			t.Fatalf("soffice: %v\n%s", err, msg)
		}
		for _, r := range pkg.Resources {
			want := readTable(t, r.Path, files["data/"+r.Path])
			f, err := excelize.OpenFile(filepath.Join(back, strings.TrimSuffix(r.Path, ".csv")+".xlsx"))
			if err != nil {
				t.Errorf("%s: %v", r.Path, err)
				continue
			}
			got, err := f.GetRows(f.GetSheetList()[0], excelize.Options{RawCellValue: true})
			f.Close()
			if err != nil || len(got) != len(want) || strings.Join(got[0], ",") != strings.Join(want[0], ",") {
				t.Errorf("%s through LibreOffice's CSV import: %d rows, header %q; want %d, %q (%v)", r.Path, len(got), got[0], len(want), want[0], err)
				continue
			}
			for i := 1; i < len(want); i++ { // the text columns: ä and ö survive the import
				for j, c := range want[i] {
					if r.Schema.Fields[j].Type != "string" || j >= len(got[i]) || !strings.ContainsAny(c, "äöÄÖ") {
						continue
					}
					if g := got[i][j]; len(c) > opendata.MaxCellChars && strings.HasPrefix(c, g) && len(g) >= opendata.MaxCellChars/2 {
						t.Logf("%s row %d %s: LibreOffice cut %d UTF-16 units to %d, with no mark", r.Path, i, want[0][j], utf16Len(c), utf16Len(g))
						continue // a long cell: Calc holds no more than Excel, and cuts it without a word
					}
					if got[i][j] != c {
						t.Errorf("%s row %d %s: %q, the CSV has %q", r.Path, i, want[0][j], short(got[i][j]), short(c))
					}
				}
			}
		}
	})
}

// pythonWith is a python3 that imports module, or skips the test.
func pythonWith(t *testing.T, module string) string {
	t.Helper()
	for _, p := range []string{"python3", "/usr/bin/python3"} {
		if path, err := exec.LookPath(p); err == nil && exec.Command(path, "-c", "import "+module).Run() == nil {
			return path
		}
	}
	t.Skipf("%s not tried: no python3 that imports it (Debian: python3-%s)", module, module)
	return ""
}

// runJSON runs a reader and decodes what it prints.
func runJSON(t *testing.T, v any, name string, args ...string) {
	t.Helper()
	var stdout, stderr bytes.Buffer
	cmd := exec.Command(name, args...)
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if err := cmd.Run(); err != nil {
		t.Fatalf("%s: %v\n%s", filepath.Base(name), err, stderr.Bytes())
	}
	if err := json.Unmarshal(stdout.Bytes(), v); err != nil {
		t.Fatalf("%s printed no JSON: %v\n%s", filepath.Base(name), err, short(stdout.String()))
	}
}

// readTableLoose reads a CSV another program wrote, whatever its line ends.
func readTableLoose(t *testing.T, name string, data []byte) [][]string {
	t.Helper()
	r := csv.NewReader(bytes.NewReader(data))
	r.FieldsPerRecord = -1
	records, err := r.ReadAll()
	if err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	return records
}

func utf16Len(s string) int { return len(utf16.Encode([]rune(s))) }

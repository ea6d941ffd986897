package opendata

import (
	"cmp"
	"fmt"
	"io"
	"strings"
	"time"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/xuri/excelize/v2"

	"github.com/kimppa/kimppa/generator/schema"
)

// WorkbookFile is the open data as one Excel workbook: every table on a
// sheet of its own. Its name is fixed, not the site's, so that links to
// it and scripts that fetch it keep working when the site's title or
// address changes; the page's link names the saved file after the site.
//
// Excel opens a CSV by double-click in the ANSI code page of Windows
// and breaks ä and ö (the CSVs carry no byte order mark: the
// Frictionless libraries read it into the first column's name); a
// workbook has no encoding to guess. Its cells are the CSV's, typed:
//
//	date      a date shown as YYYY-MM-DD (text before 1 March 1900, which
//	          Excel's calendar cannot hold)
//	money     a number
//	bool      TRUE or FALSE, which Excel shows in its own language
//	the rest  text, as written: a workbook's text cell is never a formula,
//	          so the apostrophe the CSV puts before =, +, - and @ is not here
//
// A cell longer than Excel's limit (MaxCellChars) is cut, ending with
// TruncatedMark and the table's CSV name.
const WorkbookFile = "data/tables.xlsx"

// MaxCellChars is the most characters (UTF-16 code units) Excel holds
// in a cell.
const MaxCellChars = 32767

// TruncatedMark ends a cell cut at MaxCellChars, followed by the name of
// the CSV that has the whole text.
const TruncatedMark = " … [truncated at Excel's limit of 32,767 characters; the whole text is in "

// WorkbookInfo is what the workbook says of itself in its document
// properties (File → Info).
type WorkbookInfo struct {
	Title   string // the site's title
	Source  string // the site's address
	Licence string // the data licence's SPDX id
	Lang    string // the default language: the tables' language
	Date    string // YYYY-MM-DD: the newest entry's date, never the build's; "" keeps excelize's fixed one
}

// Column widths in characters: a column is as wide as its header and
// its longest first line, within these bounds.
const (
	minWidth = 8
	maxWidth = 50
)

// Rows are a table's rows for the workbook, asked for one at a time and
// in order, each once (the first widthSample twice): a large portal's
// table need not be held whole.
type Rows struct {
	N   int                  // how many
	Row func(i int) []string // row i, as Table.Row gives it
}

// RowsOf are the rows of a table held whole.
func RowsOf(rows [][]string) Rows {
	return Rows{N: len(rows), Row: func(i int) []string { return rows[i] }}
}

// widthSample is how many rows, from the first, the columns' widths
// are measured on.
const widthSample = 500

// Workbook writes tables as an .xlsx workbook, a sheet per table in
// order, each made of rows(t). The same input gives the same bytes.
//
// excelize makes the workbook: its parts, styles, frozen panes and
// document properties. The sheets' rows are not put through excelize's
// StreamWriter: it holds every sheet's XML until the end (40 MB for a
// portal of 10,000 entries, where a build's peak memory is counted),
// escapes each cell three times over and writes the sheets in a map's
// order. workbookZip writes them instead into each sheet's part as it
// compresses it (sheetxml.go), one row at a time.
func Workbook(info WorkbookInfo, tables []Table, rows func(Table) Rows) ([]byte, error) {
	f := excelize.NewFile()
	defer f.Close()
	st, err := newStyles(f)
	if err != nil {
		return nil, err
	}
	z := newWorkbookZip(map[string]func(io.Writer, []byte) error{})
	for i, t := range tables {
		if i == 0 {
			err = f.SetSheetName(f.GetSheetName(0), t.Type.Name)
		} else {
			_, err = f.NewSheet(t.Type.Name)
		}
		if err == nil {
			err = f.SetPanes(t.Type.Name, &excelize.Panes{Freeze: true, XSplit: 1, YSplit: 1, TopLeftCell: "B2", ActivePane: "bottomRight",
				Selection: []excelize.Selection{{SQRef: "B2", ActiveCell: "B2", Pane: "bottomRight"}}})
		}
		if err != nil {
			return nil, fmt.Errorf("%s: sheet %s: %w", WorkbookFile, t.Type.Name, err)
		}
		// excelize names a sheet's part by its number, 1 for the first
		z.sheets[fmt.Sprintf("xl/worksheets/sheet%d.xml", i+1)] = func(w io.Writer, xml []byte) error {
			rs := rows(t)
			return spliceSheet(w, xml, dimensionRef(t, rs.N), func(w io.Writer) error { return writeSheetData(w, st, t, rs) })
		}
	}
	if err := f.SetDocProps(docProps(info)); err != nil {
		return nil, err
	}
	if err := f.SetAppProps(&excelize.AppProperties{Application: "kimppa"}); err != nil {
		return nil, err
	}
	f.SetZipWriter(func(io.Writer) excelize.ZipWriter { return z })
	_, err = f.WriteToBuffer() // an empty buffer: the archive is z.out
	if err == nil && len(z.sheets) > 0 {
		err = fmt.Errorf("excelize wrote no part for %d sheets", len(z.sheets))
	}
	if err != nil {
		return nil, fmt.Errorf("%s: %w", WorkbookFile, err)
	}
	return z.out.Bytes(), nil
}

// docProps are the workbook's document properties. Created and modified
// are the newest entry's date, so that the same content gives the same
// bytes.
func docProps(info WorkbookInfo) *excelize.DocProperties {
	p := &excelize.DocProperties{
		Title:       info.Title,
		Subject:     "open data",
		Creator:     "kimppa",
		Description: "Open data of " + cmp.Or(info.Source, info.Title) + ", licence " + info.Licence + ". The same tables as the CSV files beside this file, described in datapackage.json.",
		Identifier:  info.Source,
		Language:    info.Lang,
	}
	if info.Date != "" {
		p.Created = info.Date + "T00:00:00Z"
		p.Modified = p.Created
	}
	return p
}

// styles are the workbook's cell styles.
type styles struct{ header, date int }

func newStyles(f *excelize.File) (styles, error) {
	header, err := f.NewStyle(&excelize.Style{
		Font:   &excelize.Font{Bold: true},
		Border: []excelize.Border{{Type: "bottom", Color: "000000", Style: 1}},
	})
	if err != nil {
		return styles{}, err
	}
	iso := "yyyy-mm-dd"
	date, err := f.NewStyle(&excelize.Style{CustomNumFmt: &iso})
	return styles{header: header, date: date}, err
}

// columnKinds are the kinds of t's columns in the order of Header; slug,
// url and body_text are text.
func columnKinds(t Table) []schema.Kind {
	kinds := []schema.Kind{schema.String, schema.String}
	for _, f := range t.Type.Fields {
		kinds = append(kinds, f.Kind)
	}
	return append(kinds, schema.String)
}

// Excel's calendar starts on 1 January 1900 and counts a 29 February
// 1900 that never was: dates before March 1900 are written as text.
var firstDate = time.Date(1900, 3, 1, 0, 0, 0, 0, time.UTC)

// Truncate cuts c to MaxCellChars UTF-16 code units, the last of them
// TruncatedMark, csv and "]", when it is longer.
func Truncate(c, csv string) string {
	if len(c) <= MaxCellChars || utf16Len(c) <= MaxCellChars { // a UTF-16 unit takes a UTF-8 byte or more
		return c
	}
	mark := TruncatedMark + csv + "]"
	room := MaxCellChars - utf16Len(mark)
	n := 0
	for i, r := range c {
		n += utf16.RuneLen(r)
		if n > room {
			return c[:i] + mark
		}
	}
	return c
}

func utf16Len(s string) int {
	n := 0
	for _, r := range s {
		n += utf16.RuneLen(r)
	}
	return n
}

// widths are the columns' widths: each as wide as its header and the
// first line of its longest cell, within minWidth and maxWidth.
func widths(header []string, rows [][]string) []float64 {
	w := make([]int, len(header))
	for i, h := range header {
		w[i] = utf8.RuneCountInString(h)
	}
	for _, row := range rows {
		for i, c := range row {
			if w[i] >= maxWidth || len(c) <= w[i] { // bytes ≥ runes
				continue
			}
			if nl := strings.IndexByte(c, '\n'); nl >= 0 {
				c = c[:nl]
			}
			w[i] = max(w[i], utf8.RuneCountInString(c[:min(len(c), 4*maxWidth)]))
		}
	}
	out := make([]float64, len(w))
	for i, n := range w {
		out[i] = float64(min(max(n+2, minWidth), maxWidth))
	}
	return out
}

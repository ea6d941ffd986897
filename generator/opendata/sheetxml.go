package opendata

import (
	"bufio"
	"errors"
	"io"
	"regexp"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/kimppa/kimppa/generator/schema"
)

// The rows of a sheet in SpreadsheetML (ECMA-376 part 1, 18.3): what
// sortedZip puts in place of the empty <sheetData> of the sheet part
// that excelize writes.
//
//	text     <c r="B2" t="inlineStr"><is><t>…</t></is></c>, escaped
//	number   <c r="C2"><v>1250000.5</v></c>, the CSV's digits
//	boolean  <c r="D2" t="b"><v>1</v></c>
//	date     <c r="E2" s="…"><v>45292</v></c>: days from 1899-12-30 in
//	         the date style
//
// An empty cell is left out; every cell names its place (r), so the
// readers need not count.

// spliceSheet writes the sheet part xml, which excelize wrote with an
// empty sheet, to w, with rows written by rows in place of its empty
// <sheetData> and its <dimension> (the cells in use, which read-only
// readers such as openpyxl's go by) set to ref.
func spliceSheet(w io.Writer, xml []byte, ref string, rows func(io.Writer) error) error {
	loc := emptySheetData.FindIndex(xml)
	if loc == nil {
		return errors.New("no empty <sheetData> in excelize's sheet")
	}
	head := dimension.ReplaceAll(xml[:loc[0]], []byte(`<dimension ref="`+ref+`"/>`))
	if _, err := w.Write(head); err != nil {
		return err
	}
	if err := rows(w); err != nil {
		return err
	}
	_, err := w.Write(xml[loc[1]:])
	return err
}

var (
	emptySheetData = regexp.MustCompile(`<sheetData\s*/>|<sheetData>\s*</sheetData>`)
	dimension      = regexp.MustCompile(`<dimension [^>]*?(/>|>\s*</dimension>)`)
)

// dimensionRef is the range of a sheet of n rows and the header of t.
func dimensionRef(t Table, n int) string {
	return "A1:" + columnName(len(t.Header())-1) + strconv.Itoa(n+1)
}

// writeSheetData writes table t's columns, as wide as the first rows
// need, and rows, the header first in bold.
func writeSheetData(out io.Writer, st styles, t Table, rows Rows) error {
	w := bufio.NewWriterSize(out, 64<<10)
	header := t.Header()
	cols := make([]string, len(header))
	for i := range cols {
		cols[i] = columnName(i)
	}
	w.WriteString("<cols>")
	sample := make([][]string, min(rows.N, widthSample))
	for i := range sample {
		sample[i] = rows.Row(i)
	}
	for i, width := range widths(header, sample) {
		n := strconv.Itoa(i + 1)
		w.WriteString(`<col min="` + n + `" max="` + n + `" width="` + strconv.FormatFloat(width, 'f', -1, 64) + `" customWidth="1"/>`)
	}
	w.WriteString("</cols><sheetData>")
	hs := strconv.Itoa(st.header)
	w.WriteString(`<row r="1">`)
	for i, h := range header {
		w.WriteString(`<c r="` + cols[i] + `1" s="` + hs + `" t="inlineStr"><is><t>`)
		writeText(w, h)
		w.WriteString(`</t></is></c>`)
	}
	w.WriteString(`</row>`)
	kinds := columnKinds(t)
	csv := CSVFile(t.Type.Name)[len("data/"):]
	ds := strconv.Itoa(st.date)
	for n := range rows.N {
		var row []string
		if n < len(sample) {
			row, sample[n] = sample[n], nil
		} else {
			row = rows.Row(n)
		}
		r := strconv.Itoa(n + 2)
		w.WriteString(`<row r="` + r + `">`)
		for i, c := range row {
			if c != "" {
				writeCell(w, kinds[i], cols[i]+r, c, csv, ds)
			}
		}
		w.WriteString(`</row>`)
	}
	w.WriteString("</sheetData>")
	return w.Flush()
}

// writeCell writes cell ref of a column of kind k with the text c.
func writeCell(w *bufio.Writer, k schema.Kind, ref, c, csv, dateStyle string) {
	switch k {
	case schema.Money:
		if _, err := strconv.ParseFloat(c, 64); err == nil {
			w.WriteString(`<c r="` + ref + `"><v>` + c + `</v></c>`)
			return
		}
	case schema.Bool:
		if b, err := strconv.ParseBool(c); err == nil {
			v := "0"
			if b {
				v = "1"
			}
			w.WriteString(`<c r="` + ref + `" t="b"><v>` + v + `</v></c>`)
			return
		}
	case schema.Date:
		if d, err := time.Parse(time.DateOnly, c); err == nil && !d.Before(firstDate) {
			days := int(d.Sub(excelEpoch).Hours() / 24)
			w.WriteString(`<c r="` + ref + `" s="` + dateStyle + `"><v>` + strconv.Itoa(days) + `</v></c>`)
			return
		}
	}
	c = Truncate(c, csv)
	w.WriteString(`<c r="` + ref + `" t="inlineStr"><is><t`)
	if strings.ContainsAny(c[:1], " \t\n") || strings.ContainsAny(c[len(c)-1:], " \t\n") {
		w.WriteString(` xml:space="preserve"`)
	}
	w.WriteByte('>')
	writeText(w, c)
	w.WriteString(`</t></is></c>`)
}

// excelEpoch is day 0 of Excel's calendar for dates from March 1900 on
// (its day 60 is the 29 February 1900 that never was).
var excelEpoch = time.Date(1899, 12, 30, 0, 0, 0, 0, time.UTC)

// columnName is the letters of column i (0: A, 26: AA).
func columnName(i int) string {
	name := ""
	for i++; i > 0; i = (i - 1) / 26 {
		name = string(rune('A'+(i-1)%26)) + name
	}
	return name
}

// writeText writes s as XML text: &, < and > escaped, a carriage return
// as a character reference (a reader's XML parser would drop it), a
// character XML cannot hold (controls, invalid UTF-8) as U+FFFD, and
// "_x" followed by four hex digits and "_" escaped as "_x005F_", since
// Excel reads _xHHHH_ as the character HHHH.
func writeText(w *bufio.Writer, s string) {
	last := 0
	for i := 0; i < len(s); {
		b := s[i]
		var esc string
		size := 1
		switch {
		case b == '&':
			esc = "&amp;"
		case b == '<':
			esc = "&lt;"
		case b == '>':
			esc = "&gt;"
		case b == '\r':
			esc = "&#13;"
		case b == '_' && escapedChar(s[i:]):
			esc = "_x005F"
			size = 0 // the "_" itself follows as it is
		case b < 0x20 && b != '\t' && b != '\n':
			esc = "\uFFFD"
		case b >= utf8.RuneSelf:
			r, n := utf8.DecodeRuneInString(s[i:])
			size = n
			if r == utf8.RuneError && n == 1 || r == 0xFFFE || r == 0xFFFF {
				esc = "\uFFFD"
			}
		}
		if esc == "" {
			i += size
			continue
		}
		w.WriteString(s[last:i])
		w.WriteString(esc)
		i += size
		last = i
		if size == 0 { // "_x005F" written: go on from the "_"
			i++
		}
	}
	w.WriteString(s[last:])
}

// escapedChar reports whether s starts with _xHHHH_.
func escapedChar(s string) bool {
	if len(s) < 7 || s[1] != 'x' || s[6] != '_' {
		return false
	}
	for _, c := range []byte(s[2:6]) {
		if !('0' <= c && c <= '9' || 'a' <= c && c <= 'f' || 'A' <= c && c <= 'F') {
			return false
		}
	}
	return true
}

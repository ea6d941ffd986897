package markdown

import "strings"

// maxChunk is the most of a body goldmark parses at once. goldmark's work
// on some constructs grows with the square of the block they stand in
// ("[a](" repeated scans to the block's end for each one, thousands of
// nested "> " on one line, unclosed emphasis), so that one 1 MB body took
// hours. A longer body is parsed in parts of at most maxChunk bytes, cut
// between blocks (after a blank line outside a fenced code block), else
// between lines, else, for a longer line, at a space; a fenced code block
// is never cut. Nearly every body is shorter and parsed whole. A part is
// parsed on its own: a reference-style link finds only the definitions of
// its own part, and a list cut in two shows as two lists.
const maxChunk = 4 << 10

// chunks cuts src (with LF line endings) into the parts goldmark parses.
func chunks(src string) []string {
	var out []string
	start := 0
	for len(src)-start > maxChunk {
		cut := cutAfter(src, start)
		out = append(out, src[start:cut])
		start = cut
	}
	if start < len(src) || len(out) == 0 {
		out = append(out, src[start:])
	}
	return out
}

// cutAfter is where the part that starts at start ends: in (start,
// start+maxChunk], or after a fenced code block that starts the part.
func cutAfter(src string, start int) int {
	limit := start + maxChunk
	lastBlock, lastLine := start, start
	for i := start; i < limit; {
		end := strings.IndexByte(src[i:], '\n')
		if end < 0 || i+end+1 > limit {
			break
		}
		next := i + end + 1
		line := src[i:next]
		if c, n := fence(line); c != 0 {
			closed := fenceEnd(src, next, c, n)
			if closed > limit {
				if lastLine > start {
					return max(lastBlock, lastLine) // the fence starts the next part
				}
				return closed // a fence is never cut
			}
			next = closed
		} else if strings.TrimSpace(line) == "" {
			lastBlock = next
		}
		lastLine = next
		i = next
	}
	switch {
	case lastBlock > start:
		return lastBlock
	case lastLine > start:
		return lastLine
	}
	// one line longer than a part: cut at its last space, or between runes
	cut := limit
	if sp := strings.LastIndexAny(src[limit-maxChunk/2:limit], " \t"); sp >= 0 {
		return limit - maxChunk/2 + sp + 1
	}
	for cut > start+1 && src[cut]&0xC0 == 0x80 {
		cut--
	}
	return cut
}

// fence reports a line that opens a fenced code block: its character
// (` or ~) and length, or 0.
func fence(line string) (byte, int) {
	s := strings.TrimLeft(line, " ")
	if len(line)-len(s) > 3 || len(s) < 3 || s[0] != '`' && s[0] != '~' {
		return 0, 0
	}
	n := 0
	for n < len(s) && s[n] == s[0] {
		n++
	}
	if n < 3 || s[0] == '`' && strings.IndexByte(s[n:], '`') >= 0 {
		return 0, 0
	}
	return s[0], n
}

// fenceEnd is the end of the line that closes a fence of n characters c
// opened before from, or the end of src.
func fenceEnd(src string, from int, c byte, n int) int {
	for i := from; i < len(src); {
		end := strings.IndexByte(src[i:], '\n')
		next := len(src)
		if end >= 0 {
			next = i + end + 1
		}
		s := strings.TrimLeft(src[i:next], " ")
		if len(src[i:next])-len(s) <= 3 && strings.Count(strings.TrimRight(s, " \t\n"), string(c)) >= n && strings.Trim(strings.TrimRight(s, " \t\n"), string(c)) == "" {
			return next
		}
		i = next
	}
	return len(src)
}

package generator

import "github.com/kimppa/kimppa/generator/output"

// writeOutput is the single place a build writes to disk.
func writeOutput(dir string, files output.Files) error { return output.Write(dir, files) }

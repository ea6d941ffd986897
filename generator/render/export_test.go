package render

// DrawImages draws the site's raster images from the mark, for the test
// that keeps the embedded ones equal to them.
var DrawImages = drawImages

// RecordBatch is how many records entitiesJSON encodes before it joins
// them, for the test of batches.
var RecordBatch = &recordBatch

// KeptBodies counts the default bodies r keeps for a later page.
func (r *Renderer) KeptBodies() int {
	n := 0
	r.bodies.Range(func(any, any) bool { n++; return true })
	return n
}

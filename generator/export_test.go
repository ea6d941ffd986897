package generator

// LargePortal is the number of entities from which a build tightens the
// garbage collector, for the test that lowers it.
var LargePortal = &largePortal

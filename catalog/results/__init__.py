"""The read layer: typed result objects, one function per question, for every renderer."""

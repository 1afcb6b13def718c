"""Reading across documents: one draft against the next (:mod:`.diff`), findings paired by what
they say (:mod:`.pairing`)."""

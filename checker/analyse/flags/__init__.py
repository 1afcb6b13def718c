"""One module per flag: each declares its flag (``FLAG = FlagSpec(...)``) and the analysers that
raise it, reading its lexicons, patterns and thresholds from the rubric. The registry
(:mod:`checker.flags`) finds them here."""

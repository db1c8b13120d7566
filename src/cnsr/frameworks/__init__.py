"""Framework bundles: a rating scheme (methodology + the reader's rules for its points) or a
disclosure checklist (guideline items + their rules), each one folder of data."""

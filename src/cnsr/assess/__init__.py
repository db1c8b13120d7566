"""Assessment: point ratings, dimension bands and stage criteria from evidence; `rate.py`
turns documents into a Rating."""

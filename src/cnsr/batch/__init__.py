"""Batch rating of a corpus: manifest → company-years → ratings in the store, resumable."""

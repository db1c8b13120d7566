"""The expert path: an Excel sheet analysts fill in, read back into ratings."""

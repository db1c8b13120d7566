"""Tests of cnsr.ghg (a package so helper imports between test modules are explicit)."""

"""Normalizers: names, dates, titles and languages, each a small pure module."""

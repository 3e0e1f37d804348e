"""Domain knowledge as data: periodicals, archives, publishers, names, languages.

Each table is general knowledge of the field (as AnyStyle keeps
dictionaries), never an entry made to fix one footnote.
"""

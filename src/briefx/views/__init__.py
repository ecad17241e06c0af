"""Views: everything that renders the output models for people, built from them only.

- ``display``: self-contained HTML (Jupyter's ``_repr_html_``, ``--format html``) and
  terminal tables.
- ``report``: a brief as a report people read (Markdown, HTML, plain text).
- ``tables``: flat rows and pandas DataFrames of a Document or a Brief.
- ``labels``: TIMEX3 values and attributions in words (``models/glosses.json``).
- ``plot``: a timeline of dates (matplotlib, the ``plot`` extra).

Views import ``briefx.schema``; the schema reaches a view only inside the method that
hands over to it (``_repr_html_``, ``to_pandas``).
"""

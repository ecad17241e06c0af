"""Speed passes: the same results as spaCy's own steps or a plain regex scan, in less time.

- ``ruler``: the model's attribute ruler run over a Doc's arrays.
- ``lemmas``: spaCy's rule lemmatizer with its word index as sets.
- ``nearscan``: a regex searched only near the words every match of it holds.
- ``blas``: the model's matrix products on numpy's BLAS (one thread), not blis.
- ``collector``: no cyclic garbage collection while a brief's clusters are built.

Each is checked against what it replaces (tests compare them word for word), so
output does not depend on them; they live apart so that the stages read as NLP.
"""

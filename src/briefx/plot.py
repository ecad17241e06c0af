"""``briefx.plot.timeline``, as the README named it before the views became a package.

The plots live in ``briefx.views.plot``; this name stays so that code written against
``briefx.plot`` keeps working.
"""

from __future__ import annotations

from briefx.views.plot import timeline

__all__ = ["timeline"]

#!/usr/bin/env python3
"""Measure a brief page's timeline labels in a real browser: no two overlap, none runs out.

usage: check_timeline_browser.py PAGE.html [--browser /usr/bin/chromium] [--screenshot OUT.png]
       briefx brief seeds/*.txt -f html -o page.html && check_timeline_browser.py page.html

Opens the page in headless Chromium, which lays out every ``svg.bx-timeline`` and gives
each ``<text>`` its drawn box (``getBBox``); the boxes are compared pairwise. Prints one
line per timeline (labels, widest right edge, problems) and each problem; exits 1 if
there is any. ``--screenshot`` saves the timeline section alone, at its full height, to
look at. Standard library only (and a Chromium binary).
"""

from __future__ import annotations

import argparse
import html
import json
import re
import subprocess
import sys
import tempfile
from pathlib import Path

MEASURE = """<script>
window.addEventListener('load', () => {
  const out = [];
  for (const svg of document.querySelectorAll('svg.bx-timeline')) {
    const width = svg.viewBox.baseVal.width;
    const boxes = [...svg.querySelectorAll('text')].map(t => {
      const b = t.getBBox();
      return [b.x, b.y, b.x + b.width, b.y + b.height, t.textContent];
    });
    const bad = [];
    for (const b of boxes) if (b[0] < -0.5 || b[2] > width + 0.5) bad.push(['out', b]);
    for (let i = 0; i < boxes.length; i++) for (let j = i + 1; j < boxes.length; j++) {
      const a = boxes[i], c = boxes[j];
      const apart = a[2] <= c[0] || c[2] <= a[0] || a[3] <= c[1] || c[3] <= a[1];
      if (!apart) bad.push(['overlap', a, c]);
    }
    out.push({labels: boxes.length, widest: Math.max(0, ...boxes.map(b => b[2])), bad: bad});
  }
  const pre = document.createElement('pre');
  pre.id = 'bx-check';
  pre.textContent = JSON.stringify(out);
  document.body.appendChild(pre);
});
</script>"""


def _run(browser: str, *args: str) -> str:
    flags = ["--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars"]
    done = subprocess.run([browser, *flags, *args], capture_output=True, text=True, timeout=180)
    return done.stdout


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("page", type=Path)
    parser.add_argument("--browser", default="/usr/bin/chromium")
    parser.add_argument("--screenshot", type=Path)
    args = parser.parse_args()
    page = args.page.read_text(encoding="utf-8")
    with tempfile.TemporaryDirectory() as tmp:
        measured = Path(tmp, "measure.html")
        measured.write_text(page + MEASURE, encoding="utf-8")
        dom = _run(args.browser, "--virtual-time-budget=5000", "--dump-dom", measured.as_uri())
        found = re.search(r'<pre id="bx-check">(.*?)</pre>', dom, re.S)
        if found is None:
            print("the browser gave no measurement", file=sys.stderr)
            return 1
        timelines = json.loads(html.unescape(found.group(1)))
        if args.screenshot:
            section = re.search(r"<section class='bx-tl'>.*?</section>", page, re.S)
            height = re.search(r'height="(\d+)"', section.group(0)) if section else None
            if section and height:
                alone = Path(tmp, "timeline.html")
                alone.write_text(
                    "<!doctype html><meta charset='utf-8'><body style='margin:8px'>"
                    + section.group(0),
                    encoding="utf-8",
                )
                size = f"--window-size=760,{int(height.group(1)) + 80}"
                _run(args.browser, f"--screenshot={args.screenshot}", size, alone.as_uri())
    problems = 0
    for n, t in enumerate(timelines):
        widest = f"widest {t['widest']:.1f}"
        print(f"timeline {n}: {t['labels']} labels, {widest}, {len(t['bad'])} problems")
        for bad in t["bad"]:
            print("  ", bad)
        problems += len(t["bad"])
    if not timelines:
        print("no timeline on the page")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())

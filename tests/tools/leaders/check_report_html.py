#!/usr/bin/env python3
"""Checks that a leadership report loads nothing when viewed.

usage: check_report_html.py REPORT.html [--min-bars N]

Parses the page with Python's html.parser and fails when it has an element that
fetches (script, link, img, iframe, object, embed, source, video, audio), any src
attribute, a url() or @import in CSS, or an href that is neither an anchor of the
page ("#id", which must exist) nor an http(s) link on an <a> (the evidence
articles: followed only when clicked). Also requires every <svg> to declare the
SVG namespace and, with --min-bars, that many timeline bars.
"""
import argparse
import re
import sys
from html.parser import HTMLParser

FETCHING = {"script", "link", "img", "iframe", "object", "embed", "source", "video", "audio"}


class Checker(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.problems, self.ids, self.anchors = [], set(), []
        self.bars = self.svgs = self.links = 0
        self.in_style = False

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag in FETCHING:
            self.problems.append(f"<{tag}> element")
        if "id" in attrs:
            self.ids.add(attrs["id"])
        for name, value in attrs.items():
            value = value or ""
            if name == "src" or name.endswith(":src"):
                self.problems.append(f"src attribute on <{tag}>: {value}")
            if name == "href" or name.endswith(":href"):
                if value.startswith("#"):
                    self.anchors.append(value[1:])
                elif tag == "a" and re.match(r"https?://", value, re.I):
                    self.links += 1
                else:
                    self.problems.append(f"href on <{tag}> to {value!r}")
            if name == "style" and re.search(r"url\(|@import", value, re.I):
                self.problems.append(f"url() in the style of <{tag}>")
        if tag == "svg":
            self.svgs += 1
            if attrs.get("xmlns") != "http://www.w3.org/2000/svg":
                self.problems.append("<svg> without the SVG namespace")
        if tag == "rect" and "bar" in (attrs.get("class") or "").split():
            self.bars += 1
        self.in_style = tag == "style"

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)
        self.in_style = False

    def handle_endtag(self, tag):
        self.in_style = False

    def handle_data(self, data):
        if self.in_style and re.search(r"url\(|@import|@font-face", data, re.I):
            self.problems.append("url(), @import or @font-face in the stylesheet")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("html")
    parser.add_argument("--min-bars", type=int, default=0)
    args = parser.parse_args()
    text = open(args.html, encoding="utf-8").read()
    checker = Checker()
    checker.feed(text)
    checker.close()
    problems = checker.problems
    problems += [f"anchor #{a} has no target" for a in checker.anchors if a not in checker.ids]
    if not re.search(r'<meta charset="utf-8"\s*/?>', text, re.I):
        problems.append("no <meta charset=\"utf-8\">")
    if checker.bars < args.min_bars:
        problems.append(f"{checker.bars} timeline bars, expected at least {args.min_bars}")
    print(f"{args.html}: {checker.svgs} timelines, {checker.bars} bars, "
          f"{len(checker.anchors)} anchor links, {checker.links} evidence links")
    if problems:
        sys.exit("FAIL: " + "; ".join(sorted(set(problems))))


if __name__ == "__main__":
    main()

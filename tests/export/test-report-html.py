# SPDX-License-Identifier: GPL-3.0-or-later
"""Reads an HTML report with Python's HTML tokenizer and prints what the test checks, as JSON."""
import json
import sys
from html.parser import HTMLParser


class Reader(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.tags = {}
        self.event_attributes = []
        self.ids = []
        self.hrefs = []
        self.headings = []
        self.languages = []
        self.root = {}
        self.text = []
        self.heading = None

    def handle_starttag(self, tag, attrs):
        self.tags[tag] = self.tags.get(tag, 0) + 1
        values = dict(attrs)
        self.event_attributes += [name for name, _ in attrs if name.startswith("on")]
        if "id" in values:
            self.ids.append(values["id"])
        if tag == "a" and "href" in values:
            self.hrefs.append(values["href"])
        if tag == "html":
            self.root = values
        elif "lang" in values:
            self.languages.append([tag, values["lang"], values.get("dir", "")])
        if len(tag) == 2 and tag[0] == "h" and tag[1] in "123456":
            self.heading = [int(tag[1]), ""]

    def handle_endtag(self, tag):
        if self.heading is not None and tag == "h%d" % self.heading[0]:
            self.heading[1] = " ".join(self.heading[1].split())
            self.headings.append(self.heading)
            self.heading = None

    def handle_data(self, data):
        self.text.append(data)
        if self.heading is not None:
            self.heading[1] += data


reader = Reader()
with open(sys.argv[1], encoding="utf-8") as f:
    reader.feed(f.read())
reader.close()
json.dump({
    "tags": reader.tags,
    "event_attributes": reader.event_attributes,
    "ids": reader.ids,
    "hrefs": reader.hrefs,
    "headings": reader.headings,
    "languages": reader.languages,
    "root": reader.root,
    "text": " ".join(" ".join(reader.text).split()),
}, sys.stdout, ensure_ascii=False)

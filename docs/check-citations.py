#!/usr/bin/env python3
"""Checks that every section cited by the code exists in docs/.

Finds citations such as `docs/card.md §4.3`, `docs/cms.md §6.2–§6.4` or, in their older form, `cns-card.md §4.3`,
`cms-domain.md §6.3`, `pcsc-stack.md §5` and `anchors.md §6`, in every source and README outside docs/ (Javadoc
lines are joined first, so a citation broken across lines is still found), and checks that the docs file has a
heading with that number, e.g. `### 4.3 Commands, exact formats`.

Usage: python3 docs/check-citations.py [repository root]   (exit code 1 if a cited section is missing)
"""
import collections
import os
import re
import sys

FILES = {'cns-card': 'card.md', 'cms-domain': 'cms.md', 'pcsc-stack': 'pcsc.md', 'anchors': 'prior-art.md',
         'docs/card': 'card.md', 'docs/cms': 'cms.md', 'docs/pcsc': 'pcsc.md', 'docs/prior-art': 'prior-art.md',
         'docs/seeds': 'seeds.md'}
NAME = r'(docs/card|docs/cms|docs/pcsc|docs/prior-art|docs/seeds|cns-card|cms-domain|pcsc-stack|anchors)'
ITEM = r'§\s?[0-9]+(?:\.[0-9]+)*(?:\s*[–-]\s*§?[0-9]+(?:\.[0-9]+)*)?'
CITATION = re.compile(NAME + r'\.md((?:(?:[\s,}]|\band\b|\{@code)*' + ITEM + r')*)')
SUFFIXES = ('.java', '.md', '.yaml', '.yml', '.xml', '.properties', '.sh', '.txt')


def headings(path):
    numbers = set()
    with open(path, encoding='utf-8') as f:
        for line in f:
            m = re.match(r'^#+\s+([0-9]+[a-z]?(?:\.[0-9]+)*)[.\s]', line)
            if m:
                numbers.add(m.group(1))
    return numbers


def expand(item):
    item = item.replace('§', '').replace(' ', '')
    if not re.search(r'[–-]', item):
        return [item]
    first, last = re.split(r'[–-]', item)
    if '.' in first or '.' in last:
        return [first, last]
    return [str(n) for n in range(int(first), int(last) + 1)]


def sort_key(entry):
    (name, number), _ = entry
    return name, [int(p) if p.isdigit() else p for p in number.split('.')]


def main(root):
    cited = collections.Counter()
    whole_file = collections.Counter()
    for folder, dirs, names in os.walk(root):
        dirs[:] = [d for d in dirs if d not in ('.git', 'docs', 'target', 'node_modules')]
        for name in names:
            if not name.endswith(SUFFIXES):
                continue
            try:
                with open(os.path.join(folder, name), encoding='utf-8') as f:
                    text = f.read()
            except UnicodeDecodeError:
                continue
            text = re.sub(r'\n\s*(?:\*(?!/)|//|#)?\s*', ' ', text)
            for m in CITATION.finditer(text):
                items = re.findall(ITEM, m.group(2))
                if not items:
                    whole_file[m.group(1)] += 1
                for item in items:
                    for number in expand(item):
                        cited[(m.group(1), number)] += 1
    docs = os.path.join(root, 'docs')
    missing = 0
    for (name, number), count in sorted(cited.items(), key=sort_key):
        target = os.path.join(docs, FILES[name])
        found = os.path.exists(target) and number in headings(target)
        missing += not found
        print(f'{name}.md §{number:<6} x{count:<3} -> docs/{FILES[name]} §{number}: {"OK" if found else "MISSING"}')
    for name, count in sorted(whole_file.items()):
        found = os.path.exists(os.path.join(docs, FILES[name]))
        print(f'{name}.md (no section) x{count:<3} -> docs/{FILES[name]}: {"OK" if found else "MISSING"}')
    print(f'{sum(cited.values())} section citations, {len(cited)} distinct sections, '
          f'{sum(whole_file.values())} whole-file citations; {missing} missing')
    return 1 if missing else 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), '..')))

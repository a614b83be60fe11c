#!/usr/bin/env python3
"""Prints README.md's walk-through as one bash script: the health wait, then every bash block of steps FIRST to LAST
(numbered steps of the "Walk-through (sandbox)" section, before "### 13."), for the contract number NO.

    bench/readme_steps.py README.md 1 12 HT-2026-0002 > steps.sh
"""
import re
import sys

readme, first, last, number = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), sys.argv[4]
text = open(readme, encoding='utf-8').read()
walk = text[text.index('## Walk-through (sandbox)'):text.index('### 13.')]
script = ['set -x', 'export NO=' + number]
step, in_block, taken = 0, False, False
for line in walk.split('\n'):
    numbered = re.match(r'^(\d+)\. \*\*', line)
    if numbered:
        step = int(numbered.group(1))
    stripped = line.strip()
    if stripped.startswith('```bash'):
        in_block, taken = True, step == 0 or first <= step <= last
        if taken:
            script.append('echo "===== step %d ====="' % step)
    elif stripped.startswith('```') and in_block:
        in_block = False
    elif in_block and taken:
        # the README's own number is the first pass's; a start on a loaded machine may take longer than 300 s
        script.append(stripped.replace('export NO=HT-2026-0001', 'export NO=' + number)
                      .replace("'\"status\":\"UP\"' 300", "'\"status\":\"UP\"' 1200"))
print('\n'.join(script))

#!/usr/bin/env python3
"""Merges PIT mutations.xml reports of the same classes and prints the score: a mutant counts as
killed if any report killed it. Core's mutants are run against core's own tests and, by the module
testing (crossModule), against the tests of core that live there:

  .ci/pit-merge.py core/target/pit-reports/mutations.xml testing/target/pit-reports/mutations.xml
"""
import sys, xml.etree.ElementTree as ET
def ident(m):
    parts = []
    for t in ('mutatedClass','mutatedMethod','methodDescription','lineNumber','mutator','description'):
        parts.append(m.findtext(t) or '')
    for t in ('indexes','blocks'):
        e = m.find(t)
        parts.append(','.join(c.text or '' for c in e) if e is not None else '')
    return tuple(parts)
def load(p):
    return {ident(m): m.get('detected') == 'true' for m in ET.parse(p).getroot()}
reports = [load(p) for p in sys.argv[1:]]
keys = set().union(*reports)
killed = sum(1 for k in keys if any(r.get(k, False) for r in reports))
print(f"{killed} of {len(keys)} mutants killed: {100*killed/len(keys):.1f}%")

#!/usr/bin/env python3
"""Mine ontology/lexicon/accusation-cues.tsv from PETRARCH2's CAMEO verb dictionary.

Source: `petrarch2/data/dictionaries/CAMEO.2.0.txt` (openeventdata/petrarch2, MIT licence),
kept in ../shared/lexicon-sources/petrarch2-CAMEO.2.0.txt. The dictionary gives verb synonym
sets with their CAMEO codes ("---  DENOUNCE   [111]  ---", then one verb a line, irregular
forms in braces, a verb's own code in brackets). This script takes the synsets of the codes
newsgraph extracts (110 allege, 111 criticize/denounce, 112 accuse/blame), inflects every verb
(regular English morphology plus the irregular forms the dictionary lists) and gives each the
syntactic frame its arguments take. The frames are ours: CAMEO's patterns are for a
treebank-driven coder, not for newsgraph's clause layer.

Frames (read by crates/extract/src/extract/events.rs):
  obj-of    X accused Y of Z            obj-for   X blamed Y for Z / X criticised Y (over Z)
  obj-with  X charged Y with Z          obj-in    X implicated Y in Z
  obj-for-only  X attacked Y for/over Z (the bare "X attacked Y" is mostly not verbal)
  that      X alleged (that) Y did Z    that-wrong  X claimed that Y <wrongdoing verb>
  out-at    X hit out / back at Y       take      X took aim at Y, X took Y to task
  finger-at X pointed the finger at Y   round-on  X rounded on Y
A criticism frame (CAMEO 111) needs no complement: "X criticised Y" is a criticism.

Verbs newsgraph adds that the dictionary lacks (news headline verbs: slam, blast, rap, sue)
are in EXTRA below and marked "newsgraph" in the output's source column.

Usage: python3 scripts/mine_cameo.py ../shared/lexicon-sources/petrarch2-CAMEO.2.0.txt \
           > ontology/lexicon/accusation-cues.tsv
"""
import re
import sys

# synset name -> (frame for its verbs, cameo code newsgraph records)
SYNSETS = {
    "ALLEGE": ("that", "112"),
    "DENIGRATE": ("obj-for", "111"),
    "DENOUNCE": ("obj-for", "111"),
    "DEPLORE": ("obj-for", "111"),
    "SAVAGE": ("obj-for", "111"),
    "BLAME": ("obj-for", "112"),
}
# verbs of those synsets with a frame or code of their own
VERB_FRAMES = {
    "ACCUSE": ("obj-of", "112"),
    "CHARGE": ("obj-with", "112"),
    "IMPLICATE": ("obj-in", "112"),
    "INDICT": ("obj-on", "1121"),
    "CONDEMN": ("obj-for", "111"),
    "CLAIM": ("that-wrong", "112"),
    "AVER": ("that-wrong", "112"),
    "AVOW": ("that-wrong", "112"),
}
# verbs of those synsets left out, and why: not an accusation in news English
SKIP = {
    "CANE": "corporal punishment (CAMEO 180)",
    "FLOG": "corporal punishment (CAMEO 180)",
    "LECTURE": "mostly 'gave a lecture'",
    "CONVICT": "a court's verdict, not an accusation (CAMEO 173)",
    "SWEAR": "'sworn in'",
    "CHASTEN": "mostly 'chastened by defeat'",
    "HUMBLE": "adjective",
    "REPROBATE": "noun",
    "+LASH_OUT": "phrasal, in EXTRA",
    "+DRESS_DOWN": "phrasal, rare",
    "ABHOR": "feeling, not an act",
    "JEER": "crowds jeer",
    "SCOFF": "'scoffed at the idea'",
    "CRUCIFY": "rare, literal",
}
# news verbs the dictionary lacks: lemma -> (frame, cameo)
EXTRA = {
    "criticize": ("obj-for", "111"),
    "slam": ("obj-for", "111"),
    "blast": ("obj-for", "111"),
    "rap": ("obj-for", "111"),
    "attack": ("obj-for-only", "111"),
    "assail": ("obj-for", "111"),
    "fault": ("obj-for", "112"),
    "sue": ("obj-for", "1121"),
    "complain": ("that-about", "112"),
    "contend": ("that-wrong", "112"),
    "charge": ("obj-with", "112"),
    # phrasal: "hit out at Y", "lashed out at Y", "hit back at Y"
    "lash": ("out-at", "111"),
    "hit": ("out-at", "111"),
    # idioms of censure: "took aim at Y", "took Y to task", "pointed the finger at Y",
    # "rounded on Y", "questioned Y's handling of Z"
    "take": ("take", "111"),
    "point": ("finger-at", "111"),
    "round": ("round-on", "111"),
    "question": ("obj-for-only", "111"),
    # ridicule as censure: "Howard taunts Blair over splits", "mocked the plans"
    "taunt": ("obj-for", "111"),
    "mock": ("obj-for", "111"),
}
IRREGULAR_OK = re.compile(r"^[A-Z]+$")


def inflect(lemma):
    """Regular English forms of a verb: base, 3rd person, past, gerund."""
    v = lemma.lower()
    forms = {v}
    if re.search(r"(s|sh|ch|x|z)$", v):
        forms.add(v + "es")
    elif re.search(r"[^aeiou]y$", v):
        forms.add(v[:-1] + "ies")
    else:
        forms.add(v + "s")
    if v.endswith("e"):
        forms |= {v + "d", v[:-1] + "ing"}
    elif re.search(r"[^aeiou]y$", v):
        forms |= {v[:-1] + "ied", v + "ing"}
    elif re.fullmatch(r"[^aeiou]*[aeiou][bdglmnprt]", v):
        # one syllable ending consonant-vowel-consonant: slam -> slammed
        forms |= {v + v[-1] + "ed", v + v[-1] + "ing"}
    else:
        forms |= {v + "ed", v + "ing"}
    if v.endswith("ize"):
        forms |= inflect(v[:-3] + "ise")
    # irregular past: "hit", not "hitted"
    if v in IRREGULAR_PAST:
        forms = {f for f in forms if not f.endswith("ed")} | {IRREGULAR_PAST[v]}
    return forms


IRREGULAR_PAST = {"hit": "hit", "take": "took"}


def synsets(path):
    """(synset name, verb, irregular forms) for every verb line of the dictionary."""
    name = None
    with open(path, encoding="utf-8", errors="replace") as f:
        for line in f:
            m = re.match(r"^---\s+(\S+)\s+\[", line)
            if m:
                name = m.group(1)
                continue
            if name is None or not line.strip() or line.startswith(("-", "#", " ")):
                continue
            body = line.split("#", 1)[0]
            m = re.match(r"^(\+?[A-Z_]+)\s*(\{[^}]*\})?", body)
            if m:
                irregular = (m.group(2) or "").strip("{}").split()
                yield name, m.group(1), [w.lower() for w in irregular if IRREGULAR_OK.match(w)]


def main():
    path = sys.argv[1]
    rows = {}
    for name, verb, irregular in synsets(path):
        if name not in SYNSETS or verb in SKIP or not IRREGULAR_OK.match(verb):
            continue
        frame, cameo = VERB_FRAMES.get(verb, SYNSETS[name])
        lemma = verb.lower()
        for form in sorted(inflect(lemma) | set(irregular)):
            rows.setdefault(form, (lemma, frame, cameo, "cameo:" + name))
    for lemma, (frame, cameo) in EXTRA.items():
        for form in sorted(inflect(lemma)):
            rows.setdefault(form, (lemma, frame, cameo, "newsgraph"))
    print("# Accusation cue verbs, one line per inflected form. Generated by scripts/mine_cameo.py")
    print("# from PETRARCH2's CAMEO verb dictionary (CAMEO.2.0.txt, MIT licence): synsets ALLEGE [110],")
    print("# DENIGRATE, DENOUNCE, DEPLORE, SAVAGE [111], BLAME [112]; source column 'newsgraph' = our additions.")
    print("# frame: obj-of (accuse Y of Z), obj-for (blame Y for Z; criticise Y), obj-with (charge Y with Z),")
    print("# obj-in (implicate Y in Z), obj-on (indict Y on Z), that (allege that Y ...),")
    print("# that-wrong (claim that Y <wrongdoing verb> ...), out-at (hit out at Y over Z),")
    print("# that-about (complain (to Z) that Y ... / about Y), take (took aim at Y; took Y to task),")
    print("# finger-at (pointed the finger at Y), round-on (rounded on Y)")
    print("# form\tlemma\tframe\tcameo\tsource")
    for form in sorted(rows):
        lemma, frame, cameo, source = rows[form]
        print(f"{form}\t{lemma}\t{frame}\t{cameo}\t{source}")


if __name__ == "__main__":
    main()

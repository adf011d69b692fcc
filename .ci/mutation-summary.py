#!/usr/bin/env python3
"""Keeps PIT's reports as CI artefacts and prints each module's mutation score beside its floor.

Usage: mutation-summary.py <artefact directory>

Every <module>/target/pit-reports/ the mutation profile wrote is copied to <artefact directory>/<module>/ (index.html
and mutations.xml); the score counted here is PIT's own: killed, timed-out, memory-error and run-error mutants over
all mutants. The floor is the module's mutationThreshold (README, "Mutation testing"). Never fails: PIT's goal is the
gate, this only reports.
"""
import pathlib
import shutil
import sys
import xml.etree.ElementTree as ET

DETECTED = {"KILLED", "TIMED_OUT", "MEMORY_ERROR", "RUN_ERROR"}
POM = "{http://maven.apache.org/POM/4.0.0}"


def floor(module):
    pom = ET.parse(module / "pom.xml").getroot()
    for threshold in pom.iter(POM + "mutationThreshold"):
        return threshold.text.strip()
    return "none"


def main(target):
    target = pathlib.Path(target)
    reports = sorted(pathlib.Path(".").glob("*/target/pit-reports/mutations.xml"))
    if not reports:
        print("ci: mutation: no PIT report was written")
        return
    for xml in reports:
        module = xml.parents[2]
        shutil.copytree(xml.parent, target / module.name, dirs_exist_ok=True)
        try:
            mutations = ET.parse(xml).getroot().findall("mutation")
        except ET.ParseError as error:
            print(f"ci: mutation: {module.name}: the report cannot be read ({error}): the run did not finish")
            continue
        killed = sum(1 for m in mutations if m.get("status") in DETECTED)
        score = 100.0 * killed / len(mutations) if mutations else 100.0
        print(
            f"ci: mutation: {module.name}: {score:.1f} % ({killed} of {len(mutations)} mutants killed), "
            f"floor {floor(module)} %"
        )


if __name__ == "__main__":
    main(sys.argv[1])

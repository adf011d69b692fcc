#!/usr/bin/env python3
"""Checks that the BOM's plugin versions are the root POM's.

The BOM (tscns-bom) has no parent, so that importing it brings nothing else; it therefore names the plugins its own
build uses (install, deploy, site, clean, and the release profile's signing and publishing plugins) with literal
versions. Each must equal the root POM's property for that plugin (<artifactId>.version), where every version lives.
Exit status 1, with each difference named, if one does not.
"""
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

NS = {"m": "http://maven.apache.org/POM/4.0.0"}


def main(root_dir: Path) -> int:
    root = ET.parse(root_dir / "pom.xml").getroot()
    properties = {
        child.tag.split("}", 1)[1]: (child.text or "").strip()
        for child in root.find("m:properties", NS)
    }
    bom = ET.parse(root_dir / "tscns-bom" / "pom.xml").getroot()
    problems = []
    checked = 0
    for plugin in bom.iter("{http://maven.apache.org/POM/4.0.0}plugin"):
        artifact = plugin.findtext("m:artifactId", default="", namespaces=NS).strip()
        version = plugin.findtext("m:version", default="", namespaces=NS).strip()
        if not version:
            problems.append(f"tscns-bom: plugin {artifact} has no version")
            continue
        wanted = properties.get(f"{artifact}.version")
        if wanted is None:
            problems.append(f"tscns-bom: plugin {artifact}: the root POM has no property {artifact}.version")
        elif version != wanted:
            problems.append(f"tscns-bom: plugin {artifact} is at {version}; the root POM pins {wanted}")
        checked += 1
    for problem in problems:
        print(problem)
    print(f"check-bom-versions: {checked} plugins checked, {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent.parent))

#!/usr/bin/env python3
"""Checks a Central Portal bundle offline, as far as the Portal's rules can be checked without uploading it.

Usage: check-bundle.py BUNDLE.zip [--same-as OTHER.zip] [--signed] [--release]

The bundle is the zip the release profile's central-publishing-maven-plugin builds (README, "Releasing"). Checked:
- every artifact directory has its POM, and the POM (with its parents in the bundle, as Maven inherits) carries
  name, description, url, licenses (name and url), developers and scm (connection and url);
- a jar-packaged artifact has its jar, -sources.jar and -javadoc.jar, none of them empty of what it should hold;
- every file has an .asc signature (--signed) and, where the bundle carries checksums, matching .md5 and .sha1;
- no dependency is a SNAPSHOT other than the project's own modules, and with --release not those either;
- every artifact of the project that a bundled POM names (a dependency, the BOM's list) is in the bundle;
- with --same-as, every jar is byte-identical to the one of the same name in the other bundle (reproducible build).
Exit status 0 when every rule holds; otherwise each broken rule is printed and the status is 1.
"""
import argparse
import hashlib
import re
import sys
import xml.etree.ElementTree as ET
import zipfile
from io import BytesIO

NS = {"m": "http://maven.apache.org/POM/4.0.0"}
CHECKSUMS = {".md5": hashlib.md5, ".sha1": hashlib.sha1, ".sha256": hashlib.sha256, ".sha512": hashlib.sha512}


def text(element, path):
    found = element.find(path, NS)
    return found.text.strip() if found is not None and found.text else None


class Pom:
    def __init__(self, data):
        self.root = ET.fromstring(data)
        self.group = text(self.root, "m:groupId") or text(self.root, "m:parent/m:groupId")
        self.artifact = text(self.root, "m:artifactId")
        self.version = text(self.root, "m:version") or text(self.root, "m:parent/m:version")
        self.packaging = text(self.root, "m:packaging") or "jar"
        self.parent = text(self.root, "m:parent/m:artifactId")
        props = self.root.find("m:properties", NS)
        self.properties = {}
        if props is not None:
            for p in props:
                self.properties[p.tag.split("}")[1]] = (p.text or "").strip()


def load(bundle):
    """Returns {path: bytes} of the bundle's files."""
    with zipfile.ZipFile(bundle) as z:
        return {n: z.read(n) for n in z.namelist() if not n.endswith("/")}


def chain(pom, poms):
    """The POM and its parents that are in the bundle, nearest first."""
    result = [pom]
    while result[-1].parent and result[-1].parent in poms and len(result) < 10:
        result.append(poms[result[-1].parent])
    return result


def inherited(poms_chain, path):
    for p in poms_chain:
        if p.root.find(path, NS) is not None:
            return p.root.find(path, NS)
    return None


def resolve(value, poms_chain, own):
    props = {"project.version": own.version}
    for p in reversed(poms_chain):
        props.update(p.properties)
    for _ in range(5):
        value = re.sub(r"\$\{([^}]+)\}", lambda m: props.get(m.group(1), m.group(0)), value)
    return value


def check(bundle, files, signed, release):
    problems = []
    poms = {}
    for name, data in files.items():
        if name.endswith(".pom"):
            pom = Pom(data)
            poms[pom.artifact] = pom
    if not poms:
        problems.append(f"{bundle}: no POM in the bundle")
    dirs = {}
    bundled = []
    for name in files:
        dirs.setdefault(name.rsplit("/", 1)[0], []).append(name.rsplit("/", 1)[1])
    for directory, names in sorted(dirs.items()):
        pom_names = [n for n in names if n.endswith(".pom")]
        if not pom_names:
            problems.append(f"{directory}: no POM")
            continue
        pom = Pom(files[f"{directory}/{pom_names[0]}"])
        bundled.append(pom)
        base = f"{pom.artifact}-{pom.version}"
        pchain = chain(pom, poms)
        if text(pom.root, "m:name") is None:  # Maven does not inherit the name
            problems.append(f"{base}: POM without <name>")
        for path, what in [("m:description", "description"), ("m:url", "url"),
                           ("m:licenses/m:license/m:name", "license name"),
                           ("m:licenses/m:license/m:url", "license url"),
                           ("m:developers/m:developer", "developer"),
                           ("m:scm/m:connection", "scm connection"), ("m:scm/m:url", "scm url")]:
            if inherited(pchain, path) is None:
                problems.append(f"{base}: POM without {what} (nor a parent in the bundle with one)")
        if pom.packaging == "jar":
            for suffix, must_hold in [(".jar", ".class"), ("-sources.jar", ".java"), ("-javadoc.jar", "index.html")]:
                name = base + suffix
                if name not in names:
                    problems.append(f"{directory}: {name} missing")
                    continue
                with zipfile.ZipFile(BytesIO(files[f"{directory}/{name}"])) as jar:
                    if not any(entry.endswith(must_hold) for entry in jar.namelist()):
                        problems.append(f"{name}: holds no {must_hold}")
        if pom.version.endswith("-SNAPSHOT") and release:
            problems.append(f"{base}: a SNAPSHOT version; Central accepts releases only")
        for dep in pom.root.findall(".//m:dependency", NS):
            version = text(dep, "m:version")
            if version is None:
                continue
            resolved = resolve(version, pchain, pom)
            own = text(dep, "m:groupId") in ("${project.groupId}", pom.group)
            if "SNAPSHOT" in resolved and (release or not own or resolved != pom.version):
                problems.append(f"{base}: SNAPSHOT dependency {text(dep, 'm:groupId')}:{text(dep, 'm:artifactId')}"
                                f":{resolved}")
        primary = [n for n in names if not n.endswith((".asc", *CHECKSUMS))]
        for n in primary:
            if signed and n + ".asc" not in names:
                problems.append(f"{directory}/{n}: no .asc signature")
            carried = [ext for ext in CHECKSUMS if any(x.endswith(ext) for x in names)]
            for ext in carried:
                if n + ext not in names:
                    problems.append(f"{directory}/{n}: no {ext} checksum")
                    continue
                expected = files[f"{directory}/{n}{ext}"].decode().split()[0].strip()
                if CHECKSUMS[ext](files[f"{directory}/{n}"]).hexdigest() != expected:
                    problems.append(f"{directory}/{n}: {ext} checksum does not match")
    # Complete: a published POM that names one of the project's own artifacts (a dependency, or the BOM's managed
    # list) names one the bundle carries, or users would fail to resolve it.
    present = {pom.artifact for pom in bundled}
    for pom in bundled:
        for dep in pom.root.findall(".//m:dependency", NS):
            if text(dep, "m:groupId") in ("${project.groupId}", pom.group) and text(dep, "m:artifactId") not in present:
                problems.append(f"{pom.artifact}: names {text(dep, 'm:artifactId')}, which is not in the bundle")
    return problems, sorted(dirs)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("bundle")
    parser.add_argument("--same-as", help="a second bundle built from the same sources: jars must be identical")
    parser.add_argument("--signed", action="store_true", help="every file must have its .asc signature")
    parser.add_argument("--release", action="store_true", help="no SNAPSHOT version at all")
    args = parser.parse_args()
    files = load(args.bundle)
    problems, artifacts = check(args.bundle, files, args.signed, args.release)
    if args.same_as:
        other = load(args.same_as)
        jars = [n for n in files if n.endswith(".jar")]
        for n in jars:
            if n not in other:
                problems.append(f"{n}: not in {args.same_as}")
            elif other[n] != files[n]:
                problems.append(f"{n}: differs between the two builds (not reproducible)")
        for n in other:
            if n.endswith(".jar") and n not in files:
                problems.append(f"{n}: only in {args.same_as}")
        print(f"check-bundle: {len(jars)} jars compared with {args.same_as}")
    for directory in artifacts:
        print(f"check-bundle: {directory}: {', '.join(sorted(f.rsplit('/', 1)[1] for f in files if f.startswith(directory + '/') and f.count('/') == directory.count('/') + 1 and not f.endswith(tuple(CHECKSUMS))))}")
    for p in problems:
        print(f"check-bundle: FAIL {p}", file=sys.stderr)
    print(f"check-bundle: {len(artifacts)} artifacts, {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())

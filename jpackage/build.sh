#!/usr/bin/env bash
# Builds the desktop installer of MTL Workbench with jpackage (JDK 17):
#   target/jpackage/mtl-workbench/            app-image with a bundled Java runtime
#   target/jpackage/mtl-workbench_<v>_amd64.deb
# Usage, from anywhere:   jpackage/build.sh [app-image|deb|all]      (default: all)
# Environment: SKIP_BUILD=1 reuses target/app instead of running `mvn -B package -DskipTests`.
#
# The app runs on the class path exactly as `java -jar target/app/mtl-workbench.jar` does (JavaFX
# jars included), on a runtime that jlink cuts down to the JDK modules listed below. The shipped
# sample datasets (with the Fashion-MNIST subset) go into the image's lib/app/sample-datasets, where
# the multi-fashion generator's "sample" source finds them. The launcher passes its arguments on,
# so `<image>/bin/mtl-workbench train EXPERIMENT.json --out DIR` trains headless.
set -euo pipefail
what="${1:-all}"
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

name=mtl-workbench
version="$(sed -n 's:^  <version>\([0-9.]*\).*</version>:\1:p' pom.xml | head -1)"
out=target/jpackage
# JDK modules the app and its libraries use (jdeps on the app jar, plus what ND4J, Jackson,
# slf4j and JavaFX on the class path need: management beans, XML, naming, Swing interop).
modules=java.base,java.compiler,java.desktop,java.logging,java.management,java.naming,java.prefs,java.scripting,java.sql,java.xml,jdk.management,jdk.unsupported,jdk.unsupported.desktop,jdk.zipfs

if [[ ${SKIP_BUILD:-0} != 1 ]]; then
  mvn -B -q package -DskipTests
fi
[[ -f target/app/$name.jar ]] || { echo "target/app/$name.jar is missing: run mvn -B package -DskipTests" >&2; exit 1; }

if [[ $what == app-image || $what == all ]]; then
  rm -rf "$out"
  mkdir -p "$out/input"
  cp -r target/app/. "$out/input/"
  cp -r sample-datasets "$out/input/sample-datasets"
  jlink --add-modules "$modules" --strip-debug --no-header-files --no-man-pages --compress=2 --output "$out/runtime"
  jpackage --type app-image --name "$name" --app-version "$version" \
    --vendor "MTL Workbench" --description "A desktop laboratory for multi-task learning" \
    --input "$out/input" --main-jar "$name.jar" --main-class org.mtlworkbench.Main \
    --runtime-image "$out/runtime" --icon assets/icons/app.png \
    --dest "$out"
  echo "app-image: $out/$name ($(du -sh "$out/$name" | cut -f1))"
fi

if [[ $what == deb || $what == all ]]; then
  [[ -d $out/$name ]] || { echo "build the app-image first: jpackage/build.sh app-image" >&2; exit 1; }
  rm -f "$out"/*.deb
  jpackage --type deb --app-image "$out/$name" --name "$name" --app-version "$version" \
    --vendor "MTL Workbench" --description "A desktop laboratory for multi-task learning" \
    --resource-dir jpackage/resources --icon assets/icons/app.png \
    --linux-shortcut --linux-menu-group "Science;Education" --linux-app-category science \
    --linux-deb-maintainer "maintainers@mtl-workbench.invalid" \
    --dest "$out"
  deb="$(ls "$out"/*.deb)"
  echo "deb: $deb ($(du -h "$deb" | cut -f1))"
fi

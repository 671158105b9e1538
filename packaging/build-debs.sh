#!/usr/bin/env bash
# Builds the two Debian packages from the applications' jars (run by Maven: mvn -B -Ppackages -pl packaging package,
# after the jars exist, e.g. after `mvn -B verify`). For each package:
#   1. the Spring Boot jar is extracted into its layout (thin jar + lib/; faster start than `java -jar` of the fat jar),
#   2. one jlink'ed Java runtime with only the modules the two programs use (shared by both builds),
#   3. jpackage --type app-image puts layout and runtime together under /opt/<name>,
#   4. dpkg-deb builds the package from that image plus what jpackage's own deb type cannot carry: conffiles under
#      /etc/lingong, systemd units, udev rules, maintainer scripts and the command in /usr/bin.
# JavaFX (platform jars inside the kiosk jar, with their native libraries) and the Noto Sans SC font come inside the
# kiosk's jar. The package's architecture is the build machine's (dpkg --print-architecture): jlink and the JavaFX
# platform jars are the build JDK's, so an arm64 package is built the same way on an arm64 machine.
#
# Usage: build-debs.sh ROOT OUT VERSION     (VERSION is a Debian version, e.g. 0.1.0~SNAPSHOT)
set -euo pipefail

root="$1"; out="$2"; version="$3"
here="$root/packaging"
kiosk_jar="$root/kiosk-app/target/lingong-kiosk.jar"
platform_jar="$root/platform-server/target/platform-server.jar"
jdk="${JAVA_HOME:-$(dirname "$(dirname "$(readlink -f "$(command -v javac)")")")}"
arch="$(dpkg --print-architecture)"

for jar in "$kiosk_jar" "$platform_jar"; do
  [ -f "$jar" ] || { echo "build-debs: $jar is missing; build it first: mvn -B -pl kiosk-app,platform-server -am package -DskipTests" >&2; exit 2; }
done
command -v dpkg-deb >/dev/null || { echo "build-debs: dpkg-deb not found (Debian's dpkg)" >&2; exit 2; }
command -v fakeroot >/dev/null || { echo "build-debs: fakeroot not found: apt-get install fakeroot" >&2; exit 2; }

# The modules both programs need (checked with jdeps --print-module-deps over the extracted layouts, plus what is
# loaded by name at run time: jdk.charsets for GB18030/GBK on the receipt printer, jdk.localedata for zh and mn,
# jdk.crypto.ec for Ed25519 and TLS, jdk.zipfs and jdk.management for Spring Boot, jdk.unsupported for JavaFX).
# --generate-cds-archive: the runtime's own class-data archive (lib/server/classes.jsa), the base on which the kiosk
# builds its application archive at first start (lingong-kiosk run).
modules=java.base,java.compiler,java.datatransfer,java.desktop,java.instrument,java.logging,java.management,java.naming
modules+=,java.net.http,java.prefs,java.rmi,java.scripting,java.security.jgss,java.sql,java.sql.rowset,java.xml,java.xml.crypto,jdk.charsets
modules+=,jdk.crypto.ec,jdk.localedata,jdk.management,jdk.net,jdk.unsupported,jdk.zipfs,jdk.jfr

work="$out/work"
rm -rf "$work"; mkdir -p "$work" "$out"

step() { printf '== %s (%ss)\n' "$1" "$SECONDS"; }

step "jlink runtime ($modules)"
"$jdk/bin/jlink" --module-path "$jdk/jmods" --add-modules "$modules" --include-locales=en,zh,mn \
  --strip-debug --no-header-files --no-man-pages --generate-cds-archive --output "$work/runtime"

# $1 name, $2 jar, $3 main class, $4 description
app_image() {
  local name="$1" jar="$2" main_jar
  step "$name: layout"
  "$work/runtime/bin/java" -Djarmode=tools -jar "$jar" extract --destination "$work/$name-layout" >/dev/null
  main_jar="$(basename "$jar")"
  step "$name: jpackage app-image"
  "$jdk/bin/jpackage" --type app-image --name "$name" --app-version "${version%%[~+-]*}" \
    --input "$work/$name-layout" --main-jar "$main_jar" --main-class "$3" --runtime-image "$work/runtime" \
    --dest "$work/images" --vendor "Lingong" --description "$4"
}

# $1 package name, $2 stage dir: dpkg-deb with root-owned files
build_deb() {
  local name="$1" stage="$2" size
  size="$(du -sk --exclude=DEBIAN "$stage" | cut -f1)"
  sed -e "s/@VERSION@/$version/" -e "s/@ARCH@/$arch/" -e "s/@SIZE@/$size/" \
    "$here/${name#lingong-}/debian/control" >"$stage/DEBIAN/control"
  step "$name: dpkg-deb"
  fakeroot dpkg-deb -Zzstd -z9 --build "$stage" "$out/${name}_${version}_${arch}.deb" >/dev/null
  ls -l "$out/${name}_${version}_${arch}.deb"
}

# $1 package (kiosk|platform) $2 stage: the common part of a stage: image, maintainer scripts, files tree
stage_common() {
  local pkg="$1" stage="$2" name="lingong-$1"
  rm -rf "$stage"; mkdir -p "$stage/opt" "$stage/DEBIAN"
  cp -a "$work/images/$name" "$stage/opt/$name"
  printf '%s\n' "$version" >"$stage/opt/$name/VERSION"
  cp -a "$here/$pkg/files/." "$stage/"
  for script in preinst postinst prerm postrm conffiles; do
    [ -f "$here/$pkg/debian/$script" ] && install -m 0755 "$here/$pkg/debian/$script" "$stage/DEBIAN/$script"
  done
  [ -f "$stage/DEBIAN/conffiles" ] && chmod 0644 "$stage/DEBIAN/conffiles"
  mkdir -p "$stage/usr/share/doc/$name"
  cp "$here/$pkg/README.md" "$stage/usr/share/doc/$name/README.md"
  find "$stage" -name '.gitkeep' -delete
}

app_image lingong-kiosk "$kiosk_jar" org.lingong.kiosk.Launcher "Lingong kiosk: self-service terminal of an employment station"
stage_common kiosk "$work/stage-kiosk"
install -D -m 0644 "$root/config/examples/99-lingong-kiosk.rules" "$work/stage-kiosk/etc/udev/rules.d/99-lingong-kiosk.rules"
# the bundled fonts also as plain files: JavaFX maps a font file in place, but copies one from the jar to a temporary
# file each start (about 230 ms of the installed kiosk's start-up); the launcher names the folder (lingong.fonts.dir)
(cd "$work/stage-kiosk/opt/lingong-kiosk/lib" && "$jdk/bin/jar" xf "../lib/app/lingong-kiosk.jar" fonts && chmod -R a+rX fonts)
# SQLite's native library unpacked here once, instead of into the kiosk's data folder at every start (sqlite-jdbc
# writes a new copy each time); the launcher names it (org.sqlite.lib.path), and sqlite-jdbc unpacks its own if it is gone
sqlite_arch="$(case "$arch" in amd64) echo x86_64;; arm64) echo aarch64;; *) echo "$arch";; esac)"
(cd "$work/stage-kiosk/opt/lingong-kiosk/lib" && mkdir -p native \
  && unzip -q -j -o app/lib/sqlite-jdbc-*.jar "org/sqlite/native/Linux/$sqlite_arch/libsqlitejdbc.so" -d native \
  && chmod 0644 native/libsqlitejdbc.so)
build_deb lingong-kiosk "$work/stage-kiosk"

app_image lingong-platform "$platform_jar" org.lingong.platform.server.PlatformServerApplication "Lingong reference employment platform"
stage_common platform "$work/stage-platform"
build_deb lingong-platform "$work/stage-platform"

step "done"

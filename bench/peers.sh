#!/usr/bin/env bash
# Runs the GPL peers (Stanford CoreNLP: SUTime, quote attribution) side by side with Dateline on the
# same gold data, in one run, scored by the same code. Bench scope only: CoreNLP (and its ~470 MB models
# jar) comes from Maven Central into ~/.m2 and is never part of the engine or the default build.
#   bench/peers.sh sutime [DATA]      # TempEval-3 TimeBank: Dateline TimeTagger vs SUTime
#   bench/peers.sh quotes [DATA]      # PolNeAR dev: Dateline QuoteExtractor vs CoreNLP quote + attribution
#                                     # (with ner, depparse, coref: 6 GB heap, several minutes on 2 cores)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
what="${1:-sutime}"
data="${2:-${DATELINE_SHARED:-$here/../shared}/data}"
cd "$here"
mvn -q -B -Ppeers -pl dateline-peers -am package dependency:build-classpath -DskipTests \
  -Dmdep.outputFile="$here/dateline-peers/target/classpath.txt" >&2
cp="dateline-peers/target/classes:$(cat dateline-peers/target/classpath.txt)"
case "$what" in
  sutime) exec java -Xmx4g -Xss8m -cp "$cp" org.dateline.peers.SutimeSideBySide "$data" ;;
  quotes) exec java -Xmx6g -Xss8m -cp "$cp" org.dateline.peers.QuoteSideBySide "$data" ;;
  *) echo "bench/peers.sh: unknown peer '$what' (known: sutime, quotes)" >&2; exit 2 ;;
esac

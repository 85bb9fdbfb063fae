#!/usr/bin/env bash
# Seeds the fuzz corpus from the shared reports and seeds (and, if given, the reader variants
# made by tests/fixtures/make_variants.sh). Each file gets the selector byte that
# fuzz_document_reader reads first: 0 text, 1 HTML, 2 PDF, 3 DOCX. Never commit the corpus.
# Usage: make_corpus.sh SHARED_DIR OUT_DIR [VARIANTS_DIR]
set -euo pipefail
shared_dir=$1
out_dir=$2
variants_dir=${3:-}
mkdir -p "$out_dir"

add() {  # add SELECTOR FILE
  { printf "\\x0$1"; cat "$2"; } > "$out_dir/$(basename "$2").$1"
}
for file in "$shared_dir"/seeds/*.txt "$shared_dir"/reports/*.txt; do add 0 "$file"; done
for file in "$shared_dir"/reports/*.pdf; do add 2 "$file"; done
for file in "$shared_dir"/reports/*.html; do add 1 "$file"; done
if [[ -n "$variants_dir" && -d "$variants_dir" ]]; then
  for file in "$variants_dir"/*.html; do add 1 "$file"; done
  for file in "$variants_dir"/*.pdf; do add 2 "$file"; done
  for file in "$variants_dir"/*.docx; do add 3 "$file"; done
fi
printf '\x01<table><tr><td rowspan=2>a<td colspan=3>&nbsp;1<tr><td>b</table><p>x<br>y' \
  > "$out_dir/inline.html"
echo "corpus: $(ls "$out_dir" | wc -l) files in $out_dir"

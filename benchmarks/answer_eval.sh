#!/usr/bin/env bash
# Answer quality on dev, the blind train sets the shipped fit is made from (eval/fit_answers.py DEFAULT_TRAIN) and the
# blind validation sets (validation, validation-e), each beside the naive LangChain RAG baseline measured in the same run (questions
# interleaved), with the retrieval ablation (dense only, BM25 only, fused, fused with the name boost). Each set is
# evaluated on its own corpus in a fresh store. Writes benchmarks/results/answers.md (only once every set has run,
# so a failed run leaves the previous results) and prints it.
#   benchmarks/answer_eval.sh
set -euo pipefail
cd "$(dirname "$0")/.."
mkdir -p benchmarks/results
out=benchmarks/results/answers.md
partial=$(mktemp)
trap 'rm -f "$partial"' EXIT
# the train sets are the fit's own list, written once in eval/fit_answers.py
train_sets=$(cd eval && ../.venv/bin/python -c 'import fit_answers; print(" ".join(fit_answers.DEFAULT_TRAIN))')
{
  echo "# Answer quality (benchmarks/answer_eval.sh, $(date -u +%Y-%m-%d))"
  for set in dev $train_sets validation validation-e; do
    case $set in
      dev) qa=../shared/eval/dev/qa.jsonl; corpus=../shared/eval/dev/corpus ;;
      *) qa=eval/answers/$set/qa.jsonl; corpus=eval/answers/$set/corpus ;;
    esac
    echo
    echo "## $set ($(grep -c . "$qa") questions)"
    echo
    .venv/bin/blacklist-bot eval "$qa" --corpus "$corpus" --baseline 2>/dev/null
  done
} > "$partial"
mv "$partial" "$out"
cat "$out"

#!/usr/bin/env bash
# Answer quality and warm per-question latency on the dev set, beside the naive LangChain RAG baseline measured in
# the same run (questions interleaved), plus the process's peak memory.
#   benchmarks/answer_eval.sh [QA.jsonl] [CORPUS]
set -euo pipefail
cd "$(dirname "$0")/.."
qa=${1:-../shared/eval/dev/qa.jsonl}
corpus=${2:-../shared/eval/dev/corpus}
/usr/bin/time -f "peak memory (both systems, one process): %M KB; wall %e s" \
  .venv/bin/blacklist-bot eval "$qa" --corpus "$corpus" --baseline

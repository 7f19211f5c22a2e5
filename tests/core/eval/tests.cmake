# Test suites of core/eval.
spact_add_test(eval_metrics SOURCES eval/tst_metrics.cpp LABELS core eval)
# The evaluation protocols, baselines, resume and reports on the in-memory synthetic benchmark.
spact_add_test(eval_protocol SOURCES eval/tst_eval_protocol.cpp LIBS spact::torch LABELS core eval TIMEOUT 600)
spact_torch_pch(tst_eval_protocol)

// The multi-tensor Adam step against LibTorch's own Adam::step: the same weights and the same
// state after several steps, with weight decay, a parameter that misses steps, and a resumed state.
#include <torch/torch.h>
#include <QtTest>

#include "train/adam_step.h"
#include "train/optimizer_state.h"

using namespace spact::train;

namespace {

struct Pair {
  torch::nn::Sequential ours{torch::nn::Conv2d(torch::nn::Conv2dOptions(3, 4, 3)), torch::nn::BatchNorm2d(4),
                             torch::nn::Flatten(), torch::nn::Linear(4 * 6 * 6, 5)};
  torch::nn::Sequential theirs{torch::nn::Conv2d(torch::nn::Conv2dOptions(3, 4, 3)), torch::nn::BatchNorm2d(4),
                               torch::nn::Flatten(), torch::nn::Linear(4 * 6 * 6, 5)};
  Pair() {
    torch::NoGradGuard noGrad;
    auto a = ours->parameters(), b = theirs->parameters();
    for (std::size_t i = 0; i < a.size(); ++i) b[i].copy_(a[i]);
  }
};

// The same gradients on both: a loss of random inputs; `skipLast` leaves the last layer's
// parameters without gradients (as a frozen or unused part would be).
void backward(torch::nn::Sequential& net, const torch::Tensor& x, bool skipLast) {
  net->zero_grad();
  auto out = net->forward(x);
  out.pow(2).mean().backward();
  if (skipLast) {
    auto params = net->parameters();
    params[params.size() - 1].mutable_grad() = torch::Tensor();
    params[params.size() - 2].mutable_grad() = torch::Tensor();
  }
}

double maxDiff(torch::nn::Sequential& a, torch::nn::Sequential& b) {
  double worst = 0;
  auto pa = a->parameters(), pb = b->parameters();
  for (std::size_t i = 0; i < pa.size(); ++i) worst = std::max(worst, (pa[i] - pb[i]).abs().max().item<double>());
  return worst;
}

}  // namespace

class TestAdamStep : public QObject {
  Q_OBJECT

 private Q_SLOTS:
  void sameAsLibTorch_data() {
    QTest::addColumn<double>("weightDecay");
    QTest::newRow("plain") << 0.0;
    QTest::newRow("weight decay") << 1e-2;
  }
  void sameAsLibTorch() {
    QFETCH(double, weightDecay);
    torch::manual_seed(3);
    Pair nets;
    const auto options = torch::optim::AdamOptions(1e-2).weight_decay(weightDecay);
    torch::optim::Adam ours(nets.ours->parameters(), options), theirs(nets.theirs->parameters(), options);
    for (int step = 0; step < 6; ++step) {
      const auto x = torch::rand({8, 3, 8, 8});
      const bool skip = step == 1 || step == 2;  // the last layer misses two steps: its step count lags
      backward(nets.ours, x, skip);
      backward(nets.theirs, x, skip);
      adamStep(ours);
      theirs.step();
    }
    const double diff = maxDiff(nets.ours, nets.theirs);
    qInfo("max |weight difference| after 6 steps: %.3g", diff);
    QVERIFY(diff <= 1e-6);
    torch::manual_seed(3);
    Pair initial;  // the same draw as at the start
    QVERIFY(maxDiff(nets.ours, initial.ours) > 1e-3);  // the weights did move
    // The state is LibTorch's own: the checkpoint form is the same, step counts included.
    const auto a = adamState(ours), b = adamState(theirs);
    QCOMPARE(a.size(), b.size());
    for (std::size_t i = 0; i < a.size(); ++i) {
      QCOMPARE(a[i].first, b[i].first);
      QVERIFY((a[i].second.to(torch::kDouble) - b[i].second.to(torch::kDouble)).abs().max().item<double>() <= 1e-6);
    }
    const auto steps = [&](const std::string& key) {
      for (const auto& [k, t] : a)
        if (k == key) return t.item<std::int64_t>();
      return std::int64_t{-1};
    };
    QCOMPARE(steps("0.step"), std::int64_t{6});
    QCOMPARE(steps("5.step"), std::int64_t{4});
  }
  void continuesFromALoadedState() {
    torch::manual_seed(5);
    Pair nets;
    torch::optim::Adam first(nets.theirs->parameters(), torch::optim::AdamOptions(1e-2));
    for (int step = 0; step < 3; ++step) {
      backward(nets.theirs, torch::rand({8, 3, 8, 8}), false);
      first.step();
    }
    {
      torch::NoGradGuard noGrad;
      auto a = nets.ours->parameters(), b = nets.theirs->parameters();
      for (std::size_t i = 0; i < a.size(); ++i) a[i].copy_(b[i]);
    }
    torch::optim::Adam resumed(nets.ours->parameters(), torch::optim::AdamOptions(1e-2));
    QVERIFY(loadAdamState(resumed, adamState(first), "test").has_value());
    const auto x = torch::rand({8, 3, 8, 8});
    backward(nets.ours, x, false);
    backward(nets.theirs, x, false);
    adamStep(resumed);
    first.step();
    QVERIFY(maxDiff(nets.ours, nets.theirs) <= 1e-6);
  }
};

QTEST_GUILESS_MAIN(TestAdamStep)
#include "tst_adam_step.moc"

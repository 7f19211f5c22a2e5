// The FLOP counter against hand-counted convolutions and matrix products, forward and backward.
#include <torch/torch.h>
#include <QtTest>

#include "nn/flop_counter.h"

using namespace spact::nn;

class TestFlopCounter : public QObject {
  Q_OBJECT

 private Q_SLOTS:
  void convolutionForward() {
    torch::NoGradGuard noGrad;
    torch::nn::Conv2d conv(torch::nn::Conv2dOptions(3, 4, 3).padding(1).stride(2));
    const auto x = torch::rand({2, 3, 9, 9});
    FlopCounter counter;
    conv(x);
    // output 2 × 4 × 5 × 5, each 3 × 3 × 3 multiply-adds
    QCOMPARE(counter.flops(), 2.0 * (2 * 4 * 5 * 5) * (3 * 9));
  }
  void convolution3dAndGroups() {
    torch::NoGradGuard noGrad;
    torch::nn::Conv3d conv(torch::nn::Conv3dOptions(4, 6, {3, 1, 1}).groups(2).padding({1, 0, 0}));
    const auto x = torch::rand({1, 4, 5, 6, 6});
    FlopCounter counter;
    conv(x);
    QCOMPARE(counter.flops(), 2.0 * (6 * 5 * 6 * 6) * (2 * 3));
  }
  void transposedConvolution() {
    torch::NoGradGuard noGrad;
    torch::nn::ConvTranspose2d up(torch::nn::ConvTranspose2dOptions(8, 4, 2).stride(2));
    const auto x = torch::rand({1, 8, 5, 5});
    FlopCounter counter;
    const auto y = up(x);
    QCOMPARE(y.size(2), 10);
    // every input position scatters into 4 outputs × 2 × 2 kernel
    QCOMPARE(counter.flops(), 2.0 * (8 * 5 * 5) * (4 * 4));
  }
  void linearForwardAndBackward() {
    torch::nn::Linear fc(5, 7);
    const auto x = torch::rand({3, 5});
    FlopCounter counter;
    fc(x).sum().backward();
    // forward 3×5 · 5×7; backward only the weight's gradient (x needs none): 7×3 · 3×5
    QCOMPARE(counter.flops(), 2.0 * 3 * 5 * 7 * 2);
  }
  void convolutionBackwardCountsAskedGradients() {
    torch::nn::Conv2d conv(torch::nn::Conv2dOptions(3, 4, 3).padding(1).bias(false));
    const double forward = 2.0 * (1 * 4 * 6 * 6) * (3 * 9);
    {
      FlopCounter counter;
      conv(torch::rand({1, 3, 6, 6})).sum().backward();  // weight gradient only
      QCOMPARE(counter.flops(), 2 * forward);
    }
    {
      FlopCounter counter;
      conv(torch::rand({1, 3, 6, 6}).requires_grad_(true)).sum().backward();  // and the input's
      QCOMPARE(counter.flops(), 3 * forward);
    }
  }
  void countsNothingAfterwards() {
    double after = 0;
    {
      FlopCounter counter;
      torch::mm(torch::rand({2, 2}), torch::rand({2, 2}));
      after = counter.flops();
    }
    QCOMPARE(after, 16.0);
    FlopCounter next;  // a new counter starts from zero and the old callback is gone
    QCOMPARE(next.flops(), 0.0);
  }
};

QTEST_GUILESS_MAIN(TestFlopCounter)
#include "tst_flop_counter.moc"

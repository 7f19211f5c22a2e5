// Data-parallel training (issue 5, part 4). The test binary starts itself twice as the two ranks
// of a Gloo group on loopback (SPACT_DIST_WORKER names the file a worker writes its result to);
// each trains on its half of a fixed batch with averaged gradients, and both must end with the
// weights of one process trained on the whole batch. The network has no BatchNorm in training
// mode for that check (statistics over half a batch differ from the full batch's); BatchNorm's
// buffers are checked separately: after broadcastBuffers both ranks hold rank 0's statistics.
// Also: the environment parsing of torchrun's and SLURM's variables, and clear, quick errors.
#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <torch/torch.h>
#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>
#include <cstdlib>
#include <map>

#include "train/distributed.h"

using namespace spact;
using namespace spact::train;

namespace {

constexpr int kSteps = 5;

// A two-layer network plus: `extra`, used only on the rows whose mask is 1 (so on rank 0, which
// holds none of them, it has no .grad); `unused`, never in the graph; `frozen`, requires no grad.
struct TinyNetImpl : torch::nn::Module {
  explicit TinyNetImpl(bool mismatch = false) {
    fc1 = register_module("fc1", torch::nn::Linear(6, 16));
    fc2 = register_module("fc2", torch::nn::Linear(16, 3));
    extra = register_module("extra", torch::nn::Linear(6, 3));
    unused = register_module("unused", torch::nn::Linear(3, 3));
    frozen = register_module("frozen", torch::nn::Linear(6, 3));
    for (auto& p : frozen->parameters()) p.requires_grad_(false);
    if (mismatch) register_module("surplus", torch::nn::Linear(2, 2));
  }
  torch::Tensor forward(const torch::Tensor& x, const torch::Tensor& mask) {
    auto out = fc2(torch::tanh(fc1(x))) + frozen(x);
    if (mask.any().item<bool>()) out = out + mask * extra(x);
    return out;
  }
  torch::nn::Linear fc1{nullptr}, fc2{nullptr}, extra{nullptr}, unused{nullptr}, frozen{nullptr};
};
TORCH_MODULE(TinyNet);

struct Batch {
  torch::Tensor x, y, mask, bnInput;
};

Batch fixedBatch() {
  torch::manual_seed(7);
  Batch b;
  b.x = torch::randn({8, 6});
  b.y = torch::randn({8, 3});
  b.mask = torch::cat({torch::zeros({4, 1}), torch::ones({4, 1})});
  b.bnInput = torch::randn({8, 6}) * 2 + 1;
  return b;
}

torch::Tensor part(const torch::Tensor& t, int rank, int worldSize) {
  const auto n = t.size(0) / worldSize;
  return t.narrow(0, rank * n, n);
}

// Trains on this rank's share of the batch; returns the parameters, the mean of the last loss
// over ranks, and BatchNorm's buffers after broadcastBuffers. Seeds differ by rank, so the
// result matches only if broadcastParameters made rank 0's weights everyone's.
Result<std::vector<torch::Tensor>> trainShare(DataParallel& dp, bool mismatch = false) {
  const Batch batch = fixedBatch();
  const int r = dp.rank(), n = dp.worldSize();
  torch::manual_seed(1 + 100 * static_cast<std::uint64_t>(r));
  TinyNet net(mismatch);
  if (auto ok = dp.broadcastParameters(*net); !ok) return tl::unexpected(ok.error());
  torch::optim::Adam adam(net->parameters(), torch::optim::AdamOptions(0.01));
  double loss = 0;
  for (int step = 0; step < kSteps; ++step) {
    adam.zero_grad();
    auto l = torch::mse_loss(net->forward(part(batch.x, r, n), part(batch.mask, r, n)), part(batch.y, r, n));
    l.backward();
    if (auto ok = dp.averageGradients(*net); !ok) return tl::unexpected(ok.error());
    adam.step();
    auto mean = dp.allreduceMean(l.item<double>());
    if (!mean) return tl::unexpected(mean.error());
    loss = *mean;
  }
  std::vector<torch::Tensor> out;
  for (const auto& p : net->parameters()) out.push_back(p.detach().clone());
  out.push_back(torch::tensor({loss}, torch::kFloat64));

  torch::nn::BatchNorm1d bn(6);
  bn->train();
  bn->forward(part(batch.bnInput, r, n));
  if (auto ok = dp.broadcastBuffers(*bn); !ok) return tl::unexpected(ok.error());
  for (const auto& b : bn->buffers()) out.push_back(b.detach().clone());
  if (auto ok = dp.barrier(); !ok) return tl::unexpected(ok.error());
  return out;
}

// A worker process: joins the group from the environment, trains, writes its tensors.
int runWorker(const std::string& outPath) {
  torch::set_num_threads(1);
  const bool mismatch = std::getenv("SPACT_DIST_WORKER_MODE") != nullptr &&
                        std::string(std::getenv("SPACT_DIST_WORKER_MODE")) == "mismatch";
  auto env = distributedEnvFromEnvironment();
  if (!env) {
    std::fprintf(stderr, "worker: %s\n", env.error().message.c_str());
    return 1;
  }
  auto dp = DataParallel::connect(*env, "gloo", std::chrono::seconds(60));
  if (!dp) {
    std::fprintf(stderr, "worker: %s\n", dp.error().message.c_str());
    return 1;
  }
  (*dp)->setBucketBytes(200);  // several buckets, some of one tensor, some of many
  auto result = trainShare(**dp, mismatch && env->rank == 1);
  if (mismatch) {
    // Every rank must see the same error (and none may hang).
    if (result) return 2;
    std::printf("expected error: %s\n", result.error().message.c_str());
    return result.error().message.find("networks differ") != std::string::npos ? 0 : 3;
  }
  if (!result) {
    std::fprintf(stderr, "worker rank %d: %s\n", env->rank, result.error().message.c_str());
    return 1;
  }
  torch::save(*result, outPath);
  return 0;
}

int freeLoopbackPort() {
  const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in addr{};
  addr.sin_family = AF_INET;
  addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  addr.sin_port = 0;
  socklen_t len = sizeof addr;
  int port = 0;
  if (fd >= 0 && ::bind(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr) == 0 &&
      ::getsockname(fd, reinterpret_cast<sockaddr*>(&addr), &len) == 0) {
    port = ntohs(addr.sin_port);
  }
  if (fd >= 0) ::close(fd);
  return port;
}

struct WorkerRun {
  QList<int> exitCodes;
  QStringList outputs;
  qint64 ms = 0;
};

WorkerRun runWorkers(const QString& dir, const QString& mode = {}) {
  const int port = freeLoopbackPort();
  WorkerRun run;
  QElapsedTimer timer;
  timer.start();
  std::vector<std::unique_ptr<QProcess>> processes;
  for (int rank = 0; rank < 2; ++rank) {
    auto env = QProcessEnvironment::systemEnvironment();
    env.insert("RANK", QString::number(rank));
    env.insert("WORLD_SIZE", "2");
    env.insert("LOCAL_RANK", QString::number(rank));
    env.insert("MASTER_ADDR", "127.0.0.1");
    env.insert("MASTER_PORT", QString::number(port));
    env.insert("SPACT_DIST_WORKER", dir + QString("/rank%1.pt").arg(rank));
    env.insert("SPACT_DIST_WORKER_MODE", mode);
    auto process = std::make_unique<QProcess>();
    process->setProcessEnvironment(env);
    process->setProcessChannelMode(QProcess::MergedChannels);
    process->start(QCoreApplication::applicationFilePath(), {});
    processes.push_back(std::move(process));
  }
  for (auto& p : processes) {
    if (!p->waitForFinished(120000)) {
      p->kill();
      p->waitForFinished();
    }
    run.exitCodes << (p->exitStatus() == QProcess::NormalExit ? p->exitCode() : -1);
    run.outputs << QString::fromUtf8(p->readAll());
  }
  run.ms = timer.elapsed();
  return run;
}

std::vector<torch::Tensor> load(const QString& path) {
  std::vector<torch::Tensor> tensors;
  torch::load(tensors, path.toStdString());
  return tensors;
}

}  // namespace

class TestDistributed : public QObject {
  Q_OBJECT

 private Q_SLOTS:
  void environment_data() {
    QTest::addColumn<QStringList>("vars");
    QTest::addColumn<QString>("error");  // empty: parses
    QTest::addColumn<QList<int>>("rankSizeLocalPort");
    QTest::addColumn<QString>("addr");
    const QList<int> single{0, 1, 0, 29500};
    QTest::newRow("nothing set: one process") << QStringList{} << "" << single << "127.0.0.1";
    QTest::newRow("torchrun") << QStringList{"RANK=1", "WORLD_SIZE=4", "LOCAL_RANK=1", "MASTER_ADDR=node0",
                                             "MASTER_PORT=1234"}
                              << "" << QList<int>{1, 4, 1, 1234} << "node0";
    QTest::newRow("no LOCAL_RANK: the rank")
        << QStringList{"RANK=2", "WORLD_SIZE=3"} << "" << QList<int>{2, 3, 2, 29500} << "127.0.0.1";
    QTest::newRow("SLURM on one node") << QStringList{"SLURM_PROCID=3", "SLURM_NTASKS=4", "SLURM_LOCALID=3",
                                                      "SLURM_NNODES=1"}
                                       << "" << QList<int>{3, 4, 3, 29500} << "127.0.0.1";
    QTest::newRow("SLURM on two nodes") << QStringList{"SLURM_PROCID=5", "SLURM_NTASKS=8",    "SLURM_LOCALID=1",
                                                       "SLURM_NNODES=2", "MASTER_ADDR=gpu01", "MASTER_PORT=29400"}
                                        << "" << QList<int>{5, 8, 1, 29400} << "gpu01";
    QTest::newRow("SLURM, one task") << QStringList{"SLURM_PROCID=0", "SLURM_NTASKS=1"} << "" << single << "127.0.0.1";
    QTest::newRow("torchrun inside SLURM wins")
        << QStringList{"RANK=0", "WORLD_SIZE=2", "SLURM_PROCID=5", "SLURM_NTASKS=8"} << "" << QList<int>{0, 2, 0, 29500}
        << "127.0.0.1";
    QTest::newRow("empty values are unset") << QStringList{"RANK=", "WORLD_SIZE="} << "" << single << "127.0.0.1";
    const QList<int> none;
    QTest::newRow("WORLD_SIZE not a number")
        << QStringList{"RANK=0", "WORLD_SIZE=two"} << "WORLD_SIZE is \"two\": it must be a whole number" << none << "";
    QTest::newRow("WORLD_SIZE 0") << QStringList{"RANK=0", "WORLD_SIZE=0"} << "WORLD_SIZE is \"0\"" << none << "";
    QTest::newRow("RANK = WORLD_SIZE") << QStringList{"RANK=2", "WORLD_SIZE=2"}
                                       << "RANK is 2 but WORLD_SIZE is 2: ranks go from 0 to 1." << none << "";
    QTest::newRow("negative RANK") << QStringList{"RANK=-1", "WORLD_SIZE=2"} << "RANK is \"-1\"" << none << "";
    QTest::newRow("RANK with junk") << QStringList{"RANK=1x", "WORLD_SIZE=2"} << "RANK is \"1x\"" << none << "";
    QTest::newRow("RANK alone") << QStringList{"RANK=0"} << "WORLD_SIZE is not set but RANK or WORLD_SIZE is" << none
                                << "";
    QTest::newRow("bad LOCAL_RANK") << QStringList{"RANK=0", "WORLD_SIZE=2", "LOCAL_RANK=a"} << "LOCAL_RANK is \"a\""
                                    << none << "";
    QTest::newRow("port out of range") << QStringList{"RANK=0", "WORLD_SIZE=2", "MASTER_PORT=70000"}
                                       << "MASTER_PORT is \"70000\": it must be a port number from 1 to 65535." << none
                                       << "";
    QTest::newRow("SLURM_PROCID = SLURM_NTASKS")
        << QStringList{"SLURM_PROCID=4", "SLURM_NTASKS=4"} << "SLURM_PROCID is 4 but SLURM_NTASKS is 4" << none << "";
    QTest::newRow("SLURM nodes without MASTER_ADDR")
        << QStringList{"SLURM_PROCID=0", "SLURM_NTASKS=4", "SLURM_NNODES=2"}
        << "SLURM runs 4 tasks on 2 nodes but MASTER_ADDR is not set" << none << "";
  }
  void environment() {
    QFETCH(QStringList, vars);
    QFETCH(QString, error);
    QFETCH(QList<int>, rankSizeLocalPort);
    QFETCH(QString, addr);
    std::map<std::string, std::string> table;
    for (const auto& v : vars) table[v.section('=', 0, 0).toStdString()] = v.section('=', 1).toStdString();
    const auto env = distributedEnvFrom([&](const std::string& name) -> std::optional<std::string> {
      auto it = table.find(name);
      return it == table.end() ? std::nullopt : std::optional<std::string>(it->second);
    });
    if (!error.isEmpty()) {
      QVERIFY(!env);
      QCOMPARE(env.error().code, ErrorCode::InvalidInput);
      QVERIFY2(env.error().message.find(error.toStdString()) != std::string::npos, env.error().message.c_str());
      return;
    }
    QVERIFY2(env.has_value(), env ? "" : env.error().message.c_str());
    QCOMPARE(env->rank, rankSizeLocalPort[0]);
    QCOMPARE(env->worldSize, rankSizeLocalPort[1]);
    QCOMPARE(env->localRank, rankSizeLocalPort[2]);
    QCOMPARE(env->masterPort, rankSizeLocalPort[3]);
    QCOMPARE(QString::fromStdString(env->masterAddr), addr);
  }

  void readsTheProcessEnvironment() {
    qputenv("RANK", "1");
    qputenv("WORLD_SIZE", "3");
    qputenv("MASTER_PORT", "29123");
    const auto env = distributedEnvFromEnvironment();
    qunsetenv("RANK");
    qunsetenv("WORLD_SIZE");
    qunsetenv("MASTER_PORT");
    QVERIFY(env.has_value());
    QCOMPARE(env->rank, 1);
    QCOMPARE(env->worldSize, 3);
    QCOMPARE(env->masterPort, 29123);
    QCOMPARE(env->launcher, std::string("torchrun"));
  }

  void oneProcessIsLocal() {
    auto dp = DataParallel::connect(DistributedEnv{}, "auto", std::chrono::seconds(1));
    QVERIFY(dp.has_value());
    QCOMPARE((*dp)->backend(), std::string("local"));
    QVERIFY((*dp)->isMain());
    QCOMPARE(*(*dp)->allreduceMean(3.5), 3.5);
    QVERIFY((*dp)->barrier().has_value());
  }

  void badBackends() {
    DistributedEnv env;
    env.worldSize = 2;
    auto unknown = DataParallel::connect(env, "mpi", std::chrono::seconds(1));
    QVERIFY(!unknown);
    QCOMPARE(QString::fromStdString(unknown.error().message),
             QString("Unknown distributed back end \"mpi\": use gloo, nccl or auto."));
    const auto backends = availableBackends();
    if (std::find(backends.begin(), backends.end(), "nccl") == backends.end()) {
      auto nccl = DataParallel::connect(env, "nccl", std::chrono::seconds(1));
      QVERIFY(!nccl);
      QCOMPARE(nccl.error().code, ErrorCode::Unsupported);
      QVERIFY2(nccl.error().message.starts_with("This build has no NCCL"), nccl.error().message.c_str());
    }
  }

  // Nobody listens: a rank other than 0 gives up after the timeout with a sentence naming where
  // it looked; rank 0 alone gives up waiting for the others.
  void connectTimeouts_data() {
    QTest::addColumn<int>("rank");
    QTest::addColumn<QString>("expected");
    QTest::newRow("rank 1, no rank 0") << 1 << "Could not reach rank 0 at 127.0.0.1:%1 within 2 s";
    QTest::newRow("rank 0, no rank 1") << 0 << "Only 1 of 2 processes reached rank 0 at 127.0.0.1:%1 within 2 s";
  }
  void connectTimeouts() {
    QFETCH(int, rank);
    QFETCH(QString, expected);
    if (availableBackends().empty()) QSKIP("This build has no Gloo (libgloo-dev).");
    DistributedEnv env;
    env.rank = rank;
    env.worldSize = 2;
    env.masterPort = freeLoopbackPort();
    QElapsedTimer timer;
    timer.start();
    auto dp = DataParallel::connect(env, "gloo", std::chrono::seconds(2));
    const qint64 ms = timer.elapsed();
    QVERIFY(!dp);
    qInfo("after %lld ms: %s", static_cast<long long>(ms), dp.error().message.c_str());
    QCOMPARE(dp.error().code, ErrorCode::Io);
    QVERIFY2(dp.error().message.starts_with(expected.arg(env.masterPort).toStdString()), dp.error().message.c_str());
    QVERIFY(ms < 10000);
  }

  void twoProcessesMatchOneProcess() {
    if (availableBackends().empty()) QSKIP("This build has no Gloo (libgloo-dev).");
    QTemporaryDir dir;
    const WorkerRun run = runWorkers(dir.path());
    qInfo("two Gloo workers on loopback: %lld ms (start, connect, %d steps, exit)", static_cast<long long>(run.ms),
          kSteps);
    for (int r = 0; r < 2; ++r) {
      QVERIFY2(run.exitCodes[r] == 0, qPrintable(QString("rank %1: %2").arg(r).arg(run.outputs[r])));
    }

    // The same training in one process, on the whole batch.
    torch::set_num_threads(1);
    auto local = DataParallel::connect(DistributedEnv{}, "gloo", std::chrono::seconds(1));
    QVERIFY(local.has_value());
    auto reference = trainShare(**local);
    QVERIFY(reference.has_value());
    const auto rank0 = load(dir.filePath("rank0.pt"));
    const auto rank1 = load(dir.filePath("rank1.pt"));
    QCOMPARE(rank0.size(), reference->size());
    QCOMPARE(rank1.size(), reference->size());
    const std::size_t bnBuffers = 3, params = reference->size() - 1 - bnBuffers;

    double worst = 0;
    for (std::size_t i = 0; i <= params; ++i) {  // the parameters and the mean loss
      for (const auto* worker : {&rank0, &rank1}) {
        const auto& got = (*worker)[i];
        const auto& want = (*reference)[i];
        worst = std::max(worst, (got - want).abs().max().item<double>());
        QVERIFY2(torch::allclose(got, want, 1e-4, 1e-5), qPrintable(QString("tensor %1 differs").arg(i)));
      }
    }
    qInfo("largest difference from one process: %.3g", worst);
    // Training moved the weights.
    torch::manual_seed(1);
    TinyNet initial;
    const auto initialParams = initial->parameters();
    QVERIFY(!torch::allclose(rank0[0], initialParams[0]));

    // BatchNorm: after broadcastBuffers both ranks hold rank 0's statistics (its half's).
    torch::nn::BatchNorm1d bn(6);
    bn->train();
    bn->forward(part(fixedBatch().bnInput, 0, 2));
    const auto expected = bn->buffers();
    for (std::size_t b = 0; b < bnBuffers; ++b) {
      QVERIFY(torch::equal(rank0[params + 1 + b], rank1[params + 1 + b]));
      QVERIFY(torch::allclose(rank1[params + 1 + b], expected[b]));
    }
  }

  void differentNetworksFailOnEveryRank() {
    if (availableBackends().empty()) QSKIP("This build has no Gloo (libgloo-dev).");
    QTemporaryDir dir;
    const WorkerRun run = runWorkers(dir.path(), "mismatch");
    for (int r = 0; r < 2; ++r) {
      QVERIFY2(run.exitCodes[r] == 0, qPrintable(QString("rank %1: %2").arg(r).arg(run.outputs[r])));
      QVERIFY(run.outputs[r].contains("The networks differ between the 2 processes"));
    }
  }
};

int main(int argc, char** argv) {
  if (const char* out = std::getenv("SPACT_DIST_WORKER")) return runWorker(out);
  QCoreApplication app(argc, argv);
  TestDistributed test;
  return QTest::qExec(&test, argc, argv);
}

#include "tst_distributed.moc"

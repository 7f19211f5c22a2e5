// spact: the command-line twin of SPAct Studio, for servers and scripts.
#include <iostream>

#include "about.h"
#include "commands.h"
#include "nn/runtime.h"
#include "util/log.h"

namespace spact::cli {

void printError(const std::string& message) { std::cerr << "spact: " << message << '\n'; }

}  // namespace spact::cli

int main(int argc, char** argv) {
  using namespace spact;
  CLI::App app{"SPAct Studio command line: privacy-preserving video anonymization (SPAct, CVPR 2022)", "spact"};
  app.require_subcommand(0, 1);
  app.fallthrough();  // global flags may follow the subcommand: `spact info x.mp4 --json`
  bool version = false;
  cli::Globals globals;
  app.add_flag("--version", version, "Print the versions of SPAct Studio, LibTorch, FFmpeg, OpenCV and whether CUDA is usable");
  app.add_flag("--json", globals.json, "Machine-readable output where it applies");
  app.add_flag("-v,--verbose", globals.verbose, "Log debug messages to stderr");
  app.add_option("--threads", globals.threads,
                 "Intra-op threads for the networks (default: one per core this process may run on; `synth` has its own)")
      ->check(CLI::Range(1, 1024));

  const std::vector<cli::Command> commands = {
      cli::addInfoCommand(app, globals),
#ifdef SPACT_HAVE_MEDIA
      cli::addAnonymizeCommand(app, globals),
      cli::addBenchAnonymizeCommand(app, globals),
      cli::addSynthCommand(app, globals),
      cli::addScoreCommand(app, globals),
#endif
      cli::addModelImportCommand(app, globals),
      cli::addModelExportCommand(app, globals),
      cli::addModelForwardCommand(app, globals),
      cli::addTrainCommand(app, globals),
      cli::addEvaluateCommand(app, globals),
      cli::addBenchTrainCommand(app, globals),
  };

  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForAllHelp& e) {
    return app.exit(e);
  } catch (const CLI::ParseError& e) {
    app.exit(e);
    return 2;
  }
  log::setLevel(globals.verbose ? spdlog::level::debug : spdlog::level::warn);
  nn::configureThreads(globals.threads);
  nn::keepFreedMemory();

  if (version) {
    const About a = about();
    if (globals.json) std::cout << toJson(a).dump(2) << '\n';
    else std::cout << toText(a);
    return 0;
  }
  for (const auto& command : commands)
    if (command.subcommand->parsed()) return command.run();
  std::cerr << app.help();
  return 2;
}

// `spact model import SRC -o DST.spact` and `spact model export SRC -o DST`: weights between
// PyTorch (torch.save, safetensors, TorchScript) and SPAct Studio's `.spact` checkpoints.
#include <iostream>

#include "commands.h"
#include "nn/io/model_files.h"

namespace spact::cli {
namespace {

int report(const Result<config::Json>& result, const Globals& globals, const std::string& verb) {
  if (!result) {
    printError(result.error().message);
    return exitCodeFor(result.error());
  }
  if (globals.json) {
    std::cout << result->dump(2) << '\n';
  } else {
    std::cout << verb << ' ' << (*result)["path"].get<std::string>() << ':';
    for (const auto& net : (*result)["networks"]) std::cout << ' ' << net["role"].get<std::string>();
    std::cout << '\n';
  }
  return 0;
}

}  // namespace

CLI::App* modelGroup(CLI::App& app) {
  for (auto* sub : app.get_subcommands([](CLI::App* s) { return s->get_name() == "model"; })) return sub;
  auto* model = app.add_subcommand("model", "Import, export and run model weights");
  model->require_subcommand(1);
  return model;
}

Command addModelImportCommand(CLI::App& app, const Globals& globals) {
  auto* cmd = modelGroup(app)->add_subcommand(
      "import", "Read a torch.save checkpoint, safetensors file or TorchScript model into a .spact checkpoint");
  auto source = std::make_shared<std::string>();
  auto destination = std::make_shared<std::string>();
  cmd->add_option("SRC", *source, "The file to import")->required();
  cmd->add_option("-o,--output", *destination, "The .spact checkpoint to write")->required();
  return {cmd, [&globals, source, destination] {
            return report(nn::io::importModelFile(*source, *destination), globals, "Wrote");
          }};
}

Command addModelExportCommand(CLI::App& app, const Globals& globals) {
  auto* cmd = modelGroup(app)->add_subcommand(
      "export", "Write a model's weights as safetensors or as a .pth in the official SPAct layout");
  auto source = std::make_shared<std::string>();
  auto destination = std::make_shared<std::string>();
  auto network = std::make_shared<std::string>();
  cmd->add_option("SRC", *source, "The model file to export (.spact, or any importable file)")->required();
  cmd->add_option("-o,--output", *destination, "The file to write: .safetensors, .pth (.pt, .ckpt) or .spact")
      ->required();
  cmd->add_option("--net", *network, "Export only this network")
      ->check(CLI::IsMember({"anonymizer", "action", "privacy", "attributes"}));
  return {cmd, [&globals, source, destination, network] {
            return report(nn::io::exportModelFile(*source, *destination, *network), globals, "Wrote");
          }};
}

}  // namespace spact::cli
